import type { CollectionAfterChangeHook, GlobalAfterChangeHook } from 'payload'

import { refreshVehiclePrices } from './refresh'
import { queueLandedPriceRefresh } from './task'

/**
 * A saved vehicle is re-priced in every region within its own save (13 computations, one upsert).
 * A deleted one loses its prices with it (foreign key ON DELETE CASCADE). Bulk writers (the seed)
 * pass `context.deferLandedPrices` and price everything once at the end (`refreshAllLandedPrices`).
 */
export const refreshVehicleLandedPrices: CollectionAfterChangeHook = async ({ doc, req, context }) => {
  if (context.deferLandedPrices) return doc
  await refreshVehiclePrices(req, doc.id)
  return doc
}

/** The rules changed: every car's price may have, re-priced in the background. */
export const queueAllLandedPrices =
  (reason: string): GlobalAfterChangeHook =>
  async ({ doc, req, context }) => {
    if (!context.deferLandedPrices) await queueLandedPriceRefresh(req, reason)
    return doc
  }

/** Of the site settings only our published estimates and fee enter the price; a new footer does not. */
export const queueLandedPricesOnEstimates: GlobalAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  if (context.deferLandedPrices) return doc
  if (JSON.stringify(doc?.quoteDefaults ?? null) !== JSON.stringify(previousDoc?.quoteDefaults ?? null))
    await queueLandedPriceRefresh(req, 'site-settings')
  return doc
}
