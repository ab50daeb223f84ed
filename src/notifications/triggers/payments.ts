import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '@/domain/relationId'
import type { Payment } from '@/payload-types'
import { orderSummary, recipientOf, siteLink } from '../links'
import { queueNotification } from '../queue'

/**
 * Money received, refunded, or a card/PayPal payment that failed: once per payment and outcome, so a
 * provider's event replayed a hundred times tells the customer once.
 */
export const notifyPaymentOutcome: CollectionAfterChangeHook<Payment> = async ({ doc, previousDoc, req }) => {
  if (previousDoc?.status === doc.status) return doc
  const succeeded = doc.status === 'succeeded'
  const failedOnline = doc.status === 'failed' && doc.provider !== 'bank_transfer' && doc.kind !== 'refund'
  if (!succeeded && !failedOnline) return doc
  const customerId = idOf(doc.customer ?? undefined)
  const orderId = idOf(doc.order)
  if (!customerId || !orderId) return doc
  const [customer, order] = await Promise.all([
    recipientOf(req, customerId),
    req.payload.findByID({ collection: 'orders', id: orderId, depth: 0, req }),
  ])
  const { locale } = customer
  const common = {
    customer: customerId,
    order: orderId,
    dedupeKey: `payment:${doc.id}:${doc.status}`,
  }
  const orderUrl = siteLink(locale, `/account/orders/${orderId}`)
  if (doc.kind === 'refund') {
    await queueNotification(req, {
      ...common,
      template: 'payment_refunded',
      smsEvent: 'payment_refunded',
      variables: {
        firstName: customer.firstName,
        amount: doc.amount,
        method: doc.provider,
        receiptNumber: doc.receiptNumber ?? null,
        order: orderSummary(order, locale),
        orderUrl,
      },
    })
  } else if (succeeded) {
    await queueNotification(req, {
      ...common,
      template: 'payment_received',
      smsEvent: 'payment_received',
      variables: {
        firstName: customer.firstName,
        kind: doc.kind,
        amount: doc.amount,
        method: doc.provider,
        receiptNumber: doc.receiptNumber ?? null,
        order: orderSummary(order, locale),
        orderUrl,
      },
    })
  } else if (doc.provider !== 'bank_transfer') {
    await queueNotification(req, {
      ...common,
      template: 'payment_failed',
      smsEvent: 'payment_failed',
      variables: {
        firstName: customer.firstName,
        kind: doc.kind,
        amount: doc.amount,
        method: doc.provider,
        order: orderSummary(order, locale),
        orderUrl,
      },
    })
  }
  return doc
}
