import type { CollectionBeforeChangeHook } from 'payload'

import { parisDayOf } from '@/domain/calendarDate'
import { euroPriceOn } from '@/domain/exchangeRates'
import { loadImportRules } from '@/globals/ImportRules/loadImportRules'
import type { Vehicle } from '@/payload-types'

/**
 * Keeps `price.euroAmount`, what search filters and sorts on, in euros: a yen price converted at this
 * month's customs rate. A euro price needs no rule, so it costs no read.
 */
export const fillEuroPrice: CollectionBeforeChangeHook<Vehicle> = async ({ data, originalDoc, req }) => {
  const price = { ...originalDoc?.price, ...data.price }
  if (price.amount == null) return data
  const currency = price.currency ?? 'EUR'
  const rates = currency === 'EUR' ? [] : (await loadImportRules(req)).exchangeRates
  return { ...data, price: { ...price, euroAmount: euroPriceOn(price, rates, parisDayOf(new Date())) } }
}
