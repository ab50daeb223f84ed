import { createLocalReq, type Payload } from 'payload'

import { idOf } from '@/domain/relationId'
import { vehicleLabelIn } from '@/domain/vehicleName'
import { recipientOf, siteLink } from './links'
import { queueNotification } from './queue'

const HOUR_MS = 3_600_000

/** Reminds customers of a sent quote that expires within 48 hours, once per validity date. */
export async function notifyExpiringQuotes(payload: Payload, now = new Date()): Promise<number> {
  const { docs } = await payload.find({
    collection: 'quotes',
    where: {
      and: [
        { status: { equals: 'sent' } },
        { validUntil: { greater_than: now.toISOString() } },
        { validUntil: { less_than_equal: new Date(now.getTime() + 48 * HOUR_MS).toISOString() } },
      ],
    },
    limit: 200,
    depth: 0,
  })
  let queued = 0
  for (const quote of docs) {
    const customerId = idOf(quote.customer ?? undefined)
    if (!customerId || !quote.number || !quote.validUntil) continue
    const req = await createLocalReq({}, payload)
    const customer = await recipientOf(req, customerId)
    const { locale } = customer
    const ids = await queueNotification(req, {
      template: 'quote_expiring',
      customer: customerId,
      quote: quote.id,
      // A quote whose validity staff extend gets a new reminder for the new date.
      dedupeKey: `quote:${quote.id}:expiring:${quote.validUntil}`,
      variables: {
        firstName: customer.firstName,
        quoteNumber: quote.number,
        vehicle: vehicleLabelIn(quote, locale),
        total: quote.totals?.total ?? 0,
        validUntil: quote.validUntil,
        quoteUrl: siteLink(locale, `/account/quotes/${quote.id}`),
      },
    })
    queued += ids.length
  }
  return queued
}
