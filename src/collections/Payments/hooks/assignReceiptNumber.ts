import type { CollectionBeforeChangeHook } from 'payload'

import { nextNumber } from '@/collections/Counters/nextNumber'
import type { Payment } from '@/payload-types'

/**
 * Money received (or given back: the credit note of a refund) gets the next R number the moment its
 * status becomes succeeded, whichever way it got there: typed in as received, or confirmed later by a
 * webhook. The number only ever comes from the counter, drawn inside the save's transaction (a failed
 * save gives it back), and never changes once given: a number typed into the API is ignored, or the
 * sequence would have gaps and twins.
 */
export const assignReceiptNumber: CollectionBeforeChangeHook<Payment> = async ({ data, originalDoc, req }) => {
  const kept = originalDoc?.receiptNumber ?? null
  const status = data.status ?? originalDoc?.status
  const receiptNumber = kept ?? (status === 'succeeded' ? await nextNumber(req, 'R') : null)
  return { ...data, receiptNumber }
}
