import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '@/domain/relationId'
import { vehicleLabelIn } from '@/domain/vehicleName'
import type { Quote } from '@/payload-types'
import { adminLink, orderSummary, recipientOf, siteLink } from '../links'
import { queueNotification } from '../queue'

const lineAmount = (line: { amount?: number | null; override?: number | null }) => line.override ?? line.amount ?? 0

/**
 * A new request (to the customer and to the team), a quote sent, a quote accepted: each once per real
 * change of status. Saves that leave the status as it was send nothing.
 */
export const notifyQuoteChanges: CollectionAfterChangeHook<Quote> = async ({ doc, previousDoc, operation, req }) => {
  const status = doc.status
  if (!status || (operation === 'update' && previousDoc?.status === status)) return doc
  const customerId = idOf(doc.customer ?? undefined)
  if (!customerId || !doc.number) return doc
  if (status !== 'requested' && status !== 'sent' && status !== 'converted') return doc
  const customer = await recipientOf(req, customerId)
  const { locale } = customer
  const quoteUrl = siteLink(locale, `/account/quotes/${doc.id}`)
  const vehicle =
    vehicleLabelIn(doc, locale) ?? ([doc.sourcing?.make, doc.sourcing?.model].filter(Boolean).join(' ') || null)

  if (status === 'requested') {
    await queueNotification(req, {
      template: 'quote_request_received',
      customer: customerId,
      quote: doc.id,
      dedupeKey: `quote:${doc.id}:requested`,
      variables: { firstName: customer.firstName, quoteNumber: doc.number, vehicle, quoteUrl },
    })
    const settings = await req.payload.findGlobal({
      slug: 'site-settings',
      depth: 0,
      req,
      select: { notifications: true },
    })
    const staffEmail = settings.notifications?.staffEmail
    if (staffEmail) {
      await queueNotification(req, {
        template: 'staff_new_request',
        to: staffEmail,
        locale: 'en',
        quote: doc.id,
        dedupeKey: `quote:${doc.id}:requested:staff`,
        variables: {
          quoteNumber: doc.number,
          customerName: [customer.firstName, customer.lastName].filter(Boolean).join(' ') || customer.email,
          customerEmail: customer.email,
          kind: doc.kind === 'sourcing' ? 'sourcing' : 'stock',
          vehicle,
          message: doc.customerMessage ?? null,
          adminUrl: adminLink(`/collections/quotes/${doc.id}`),
        },
      })
    }
    return doc
  }

  if (status === 'sent') {
    await queueNotification(req, {
      template: 'quote_sent',
      customer: customerId,
      quote: doc.id,
      // Sent again after being reopened is a new quote to read: the moment is part of the event.
      dedupeKey: `quote:${doc.id}:sent:${doc.updatedAt}`,
      variables: {
        firstName: customer.firstName,
        quoteNumber: doc.number,
        vehicle,
        lines: (doc.lines ?? []).map((line) => ({ label: line.label, amount: lineAmount(line) })),
        total: doc.totals?.total ?? 0,
        deposit: doc.totals?.depositDue ?? 0,
        validUntil: doc.validUntil ?? '',
        quoteUrl,
      },
    })
  }
  if (status === 'converted' && doc.order) {
    const order = await req.payload.findByID({ collection: 'orders', id: idOf(doc.order)!, depth: 0, req })
    await queueNotification(req, {
      template: 'quote_accepted',
      customer: customerId,
      quote: doc.id,
      order: order.id,
      dedupeKey: `quote:${doc.id}:accepted`,
      variables: {
        firstName: customer.firstName,
        quoteNumber: doc.number,
        order: orderSummary(order, locale),
        deposit: order.totals?.depositDue ?? 0,
        orderUrl: siteLink(locale, `/account/orders/${order.id}`),
      },
    })
  }
  return doc
}
