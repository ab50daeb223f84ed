import type { Payload, TaskConfig } from 'payload'

import { quotePdfForSystem } from '@/collections/Quotes/quoteData'
import { getEnv } from '@/config/env'
import { idOf } from '@/domain/relationId'
import { sendFromQueue } from '@/integrations/messaging/email'
import { smsSenderFrom, SmsRejectedError } from '@/integrations/messaging/sms'
import type { Notification } from '@/payload-types'
import { loadBrand } from './brand'
import { renderEmail, renderSms } from './templates'
import type { MessageLocale, TemplateName, TemplateVars } from './templates/types'

/** After this many tries a message is marked failed for staff to see and resend. */
export const MAX_ATTEMPTS = 6

let sms: ReturnType<typeof smsSenderFrom> | undefined

/** Sends one recorded notification by its channel; the provider's id is kept on the record. */
export async function deliverNotification(payload: Payload, notification: Notification): Promise<string> {
  const brand = await loadBrand(payload)
  const template = notification.template as TemplateName
  const locale = (notification.locale ?? 'fr') as MessageLocale
  const variables = notification.variables as TemplateVars[typeof template]
  if (notification.channel === 'sms') {
    sms ??= smsSenderFrom(getEnv(), (line) => payload.logger.info(line))
    const sent = await sms.send(notification.to, renderSms(template, locale, variables, brand))
    return sent.id
  }
  const email = renderEmail(template, locale, variables, brand)
  const quoteId = idOf(notification.quote ?? undefined)
  // The quote itself travels with the mail that sends it.
  const pdf = template === 'quote_sent' && quoteId ? await quotePdfForSystem(payload, quoteId, locale) : null
  const info = (await sendFromQueue(payload, {
    to: notification.to,
    subject: email.subject,
    html: email.html,
    text: email.text,
    ...(pdf
      ? { attachments: [{ filename: pdf.filename, content: Buffer.from(pdf.content), contentType: 'application/pdf' }] }
      : {}),
  })) as { messageId?: string } | undefined
  return info?.messageId ?? 'sent'
}

/**
 * Works one notification off the queue. A provider that fails is tried again with backoff (the
 * save that caused the message stood long ago); after the last try, or when the provider refuses
 * the message itself (a wrong number), it is marked failed and staff can resend it.
 */
export const sendNotificationTask: TaskConfig<{ input: { notificationId: string }; output: { providerId?: string } }> =
  {
    slug: 'sendNotification',
    label: 'Send a notification (e-mail or SMS)',
    retries: { attempts: MAX_ATTEMPTS - 1, backoff: { type: 'exponential', delay: 30_000 } },
    inputSchema: [{ name: 'notificationId', type: 'text', required: true }],
    outputSchema: [{ name: 'providerId', type: 'text' }],
    handler: async ({ input, req }) => {
      const { payload } = req
      const notification = await payload.findByID({
        collection: 'notifications',
        id: input.notificationId,
        depth: 0,
        disableErrors: true,
      })
      if (!notification || notification.status === 'sent') return { output: {} }
      const attempts = (notification.attempts ?? 0) + 1
      try {
        const providerId = await deliverNotification(payload, notification)
        await payload.update({
          collection: 'notifications',
          id: notification.id,
          data: { status: 'sent', attempts, providerId, sentAt: new Date().toISOString(), lastError: null },
          depth: 0,
        })
        return { output: { providerId } }
      } catch (error) {
        const message = error instanceof Error ? error.message.slice(0, 500) : 'unknown error'
        const final = attempts >= MAX_ATTEMPTS || error instanceof SmsRejectedError
        await payload.update({
          collection: 'notifications',
          id: notification.id,
          data: { attempts, lastError: message, ...(final ? { status: 'failed' } : {}) },
          depth: 0,
        })
        if (final) return { output: {} }
        throw error
      }
    },
  }
