import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import path from 'node:path'
import type { EmailAdapter, Payload, SendEmailOptions } from 'payload'

import type { Env } from '@/config/env'
import { outboxTransport } from './outboxTransport'

/** Marks a message sent by one of our jobs: a failure must reach the job, which retries it. */
export const FROM_QUEUE = 'autoportFromQueue'

type QueuedSendOptions = SendEmailOptions & { [FROM_QUEUE]?: true }

/** Sends now, from a job: a failure is thrown for the job to retry, never queued a second time. */
export function sendFromQueue(payload: Payload, options: SendEmailOptions): Promise<unknown> {
  return payload.sendEmail({ ...options, [FROM_QUEUE]: true } as QueuedSendOptions)
}

/**
 * SMTP when SMTP_URL is set, otherwise `.eml` files under `<DATA_DIR>/outbox`.
 *
 * Payload sends its own account mails (address verification, password reset) inline, inside the
 * request: with the mail server down, a registration would fail. Those sends fall back to our jobs
 * queue instead, so the account is saved and the mail follows when the server is back.
 */
export function emailAdapter(env: Env): Promise<EmailAdapter> {
  const transport = env.SMTP_URL
    ? nodemailer.createTransport(env.SMTP_URL)
    : nodemailer.createTransport(
        outboxTransport(path.resolve(env.DATA_DIR, 'outbox'), (line) => console.info(`[outbox] ${line}`)),
      )
  const base = nodemailerAdapter({
    defaultFromAddress: env.MAIL_FROM_ADDRESS,
    defaultFromName: env.MAIL_FROM_NAME,
    // Verifying would make a network call at every boot; failures surface when a mail is sent.
    skipVerify: true,
    transport,
  })
  return base.then((adapter): EmailAdapter => (args) => {
    const inner = adapter(args)
    return {
      ...inner,
      sendEmail: async (message: QueuedSendOptions) => {
        const { [FROM_QUEUE]: fromQueue, ...options } = message
        try {
          return await inner.sendEmail(options)
        } catch (error) {
          if (fromQueue || typeof options.to !== 'string' || typeof options.html !== 'string') throw error
          args.payload.logger.warn({ msg: `mail to ${options.to} queued for retry: ${(error as Error).message}` })
          await args.payload.jobs.queue({
            task: 'sendEmail',
            input: {
              to: options.to,
              subject: String(options.subject ?? ''),
              html: options.html,
              text: typeof options.text === 'string' ? options.text : null,
            },
          })
          return { queued: true }
        }
      },
    }
  })
}
