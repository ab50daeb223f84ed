import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import path from 'node:path'

import type { Env } from '@/config/env'
import { outboxTransport } from './outboxTransport'

/** SMTP when SMTP_URL is set, otherwise `.eml` files under `<DATA_DIR>/outbox`. */
export function emailAdapter(env: Env) {
  const transport = env.SMTP_URL
    ? nodemailer.createTransport(env.SMTP_URL)
    : nodemailer.createTransport(
        outboxTransport(path.resolve(env.DATA_DIR, 'outbox'), (line) => console.info(`[outbox] ${line}`)),
      )
  return nodemailerAdapter({
    defaultFromAddress: env.MAIL_FROM_ADDRESS,
    defaultFromName: env.MAIL_FROM_NAME,
    // Verifying would make a network call at every boot; failures surface when a mail is sent.
    skipVerify: true,
    transport,
  })
}
