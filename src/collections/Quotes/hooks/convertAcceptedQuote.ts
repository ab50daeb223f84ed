import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '@/domain/relationId'
import type { Quote } from '@/payload-types'

/**
 * An accepted quote becomes an order awaiting its deposit, with the accepted figures locked in;
 * a stock vehicle is reserved for the customer.
 */
export const convertAcceptedQuote: CollectionAfterChangeHook<Quote> = async ({
  doc: returned,
  previousDoc,
  req,
  operation,
}) => {
  if (operation !== 'update' || previousDoc?.status === 'accepted') return returned
  if (returned.status !== undefined && returned.status !== 'accepted') return returned
  // A caller's `select` can trim `doc`; the order is built from the whole stored quote.
  const doc =
    returned.status && returned.customer && returned.totals
      ? returned
      : await req.payload.findByID({ collection: 'quotes', id: returned.id, depth: 0, req })
  if (doc.status !== 'accepted' || doc.order) return returned
  const vehicle = idOf(doc.vehicle)
  const order = await req.payload.create({
    collection: 'orders',
    data: {
      quote: doc.id,
      status: 'awaiting_deposit',
      customer: idOf(doc.customer),
      vehicle: vehicle ?? undefined,
      totals: {
        total: doc.totals?.total ?? 0,
        depositDue: doc.totals?.depositDue ?? 0,
        currency: doc.totals?.currency ?? 'EUR',
      },
    },
    req,
    depth: 0,
  })
  if (vehicle) {
    await req.payload.update({
      collection: 'vehicles',
      id: vehicle,
      data: { status: 'reserved' },
      req,
      depth: 0,
      context: { disableRevalidate: req.context?.disableRevalidate },
    })
  }
  return req.payload.update({
    collection: 'quotes',
    id: doc.id,
    data: { status: 'converted', order: order.id },
    req,
    depth: 0,
    context: { systemTransition: true },
  })
}
