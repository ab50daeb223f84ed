import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { requestDb } from '@/db/requestDb'
import { toE164 } from '@/domain/phone'
import { idOf } from '@/domain/relationId'
import type { MessageLocale, TemplateName, TemplateVars } from './templates/types'

export type SmsEvent = string

export interface NotificationRequest<T extends TemplateName> {
  template: T
  variables: TemplateVars[T]
  /**
   * The real event this message is about, e.g. `order:<id>:shipped`: the same key is never sent
   * twice, however often the save or the provider's event that causes it is replayed.
   */
  dedupeKey: string
  /** The customer it goes to (their e-mail, language, phone and SMS consent are read here)… */
  customer?: string | { id: string } | null
  /** …or a fixed address (staff mailbox), in `locale`. */
  to?: string
  locale?: MessageLocale
  /** Also by SMS, when the customer agreed and staff chose this event in the site settings. */
  smsEvent?: SmsEvent
  order?: string | { id: string } | null
  quote?: string | { id: string } | null
}

/**
 * Records the message(s) for an event and queues their sending, inside the caller's transaction:
 * if the save that caused them rolls back, nothing is sent; a provider that is down never fails that
 * save (the job retries). A lock on the event's key makes concurrent saves of the same event queue
 * one message, not two.
 */
export async function queueNotification<T extends TemplateName>(
  req: PayloadRequest,
  request: NotificationRequest<T>,
): Promise<string[]> {
  const customerId = idOf(request.customer ?? undefined)
  const customer = customerId
    ? await req.payload.findByID({
        collection: 'customers',
        id: customerId,
        depth: 0,
        req,
        disableErrors: true,
        select: { email: true, phone: true, language: true, consents: true },
      })
    : null
  const locale: MessageLocale = request.locale ?? (customer?.language === 'en' ? 'en' : 'fr')
  const deliveries: { channel: 'email' | 'sms'; to: string }[] = []
  const email = request.to ?? customer?.email
  if (email) deliveries.push({ channel: 'email', to: email })
  if (request.smsEvent && customer?.consents?.sms?.granted && customer.phone) {
    const settings = await req.payload.findGlobal({
      slug: 'site-settings',
      depth: 0,
      req,
      select: { notifications: true },
    })
    const phone = toE164(customer.phone)
    if (phone && (settings.notifications?.smsEvents ?? []).includes(request.smsEvent as never)) {
      deliveries.push({ channel: 'sms', to: phone })
    }
  }

  const queued: string[] = []
  for (const delivery of deliveries) {
    const dedupeKey = `${request.dedupeKey}:${delivery.channel}`
    await (await requestDb(req)).execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${dedupeKey}, 0))`)
    const { totalDocs } = await req.payload.count({
      collection: 'notifications',
      where: { dedupeKey: { equals: dedupeKey } },
      req,
    })
    if (totalDocs > 0) continue
    const notification = await req.payload.create({
      collection: 'notifications',
      data: {
        channel: delivery.channel,
        template: request.template,
        locale,
        to: delivery.to,
        status: 'queued',
        attempts: 0,
        dedupeKey,
        customer: customerId ?? null,
        order: idOf(request.order ?? undefined) ?? null,
        quote: idOf(request.quote ?? undefined) ?? null,
        variables: request.variables as unknown as Record<string, unknown>,
      },
      req,
      depth: 0,
      overrideAccess: true,
    })
    await req.payload.jobs.queue({ task: 'sendNotification', input: { notificationId: notification.id }, req })
    queued.push(notification.id)
  }
  return queued
}
