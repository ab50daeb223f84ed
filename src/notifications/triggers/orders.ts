import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '@/domain/relationId'
import type { Order } from '@/payload-types'
import { orderSummary, recipientOf, siteLink } from '../links'
import { queueNotification } from '../queue'

/**
 * Every milestone the order reaches, once: by e-mail, and by SMS for the milestones staff chose
 * (site settings) to customers who agreed to SMS. The order's creation is told by "quote accepted".
 */
export const notifyOrderMilestone: CollectionAfterChangeHook<Order> = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || !previousDoc || previousDoc.status === doc.status) return doc
  const customerId = idOf(doc.customer)
  if (!customerId) return doc
  const customer = await recipientOf(req, customerId)
  const { locale } = customer
  const entry = doc.timeline?.at(-1)
  await queueNotification(req, {
    template: 'order_milestone',
    customer: customerId,
    order: doc.id,
    smsEvent: doc.status,
    // The timeline only grows: its length tells this move from any other to the same status.
    dedupeKey: `order:${doc.id}:${doc.status}:${doc.timeline?.length ?? 0}`,
    variables: {
      firstName: customer.firstName,
      status: doc.status,
      // Only the note written for the customer; the internal one stays with staff.
      note: entry?.status === doc.status ? (entry.customerNote ?? null) : null,
      eta: doc.shipping?.eta ?? null,
      order: orderSummary(doc, locale),
      orderUrl: siteLink(locale, `/account/orders/${doc.id}`),
    },
  })
  return doc
}
