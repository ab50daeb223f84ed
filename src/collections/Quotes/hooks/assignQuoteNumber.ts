import type { CollectionBeforeChangeHook } from 'payload'

import { nextNumber } from '@/collections/Counters/nextNumber'
import type { Quote } from '@/payload-types'

export const assignQuoteNumber: CollectionBeforeChangeHook<Quote> = async ({ data, operation, req }) => {
  if (operation !== 'create' || data.number) return data
  return { ...data, number: await nextNumber(req, 'Q') }
}
