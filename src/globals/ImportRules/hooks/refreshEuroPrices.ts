import type { GlobalAfterChangeHook } from 'payload'

/**
 * New exchange rates move the euro price search uses for every car priced in another currency; the
 * vehicles' own hook converts, so saving them again is enough. Few cars are priced abroad.
 */
export const refreshEuroPrices: GlobalAfterChangeHook = async ({ req }) => {
  await req.payload.update({
    collection: 'vehicles',
    where: { 'price.currency': { not_equals: 'EUR' } },
    data: {},
    depth: 0,
    req,
  })
}
