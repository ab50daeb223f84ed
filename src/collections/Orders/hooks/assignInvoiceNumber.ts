import type { CollectionBeforeChangeHook } from 'payload'

import { nextNumber } from '@/collections/Counters/nextNumber'
import type { Order } from '@/payload-types'

/**
 * The final invoice is issued once an order is paid in full: it then gets the next F number and its
 * date, once and for all (a later refund or correction never renumbers it). Runs after the balance
 * is recomputed, so `amountDue` is the one this save writes.
 */
export const assignInvoiceNumber: CollectionBeforeChangeHook<Order> = async ({ data, originalDoc, req }) => {
  if (originalDoc?.invoiceNumber || data.invoiceNumber) return data
  const status = data.status ?? originalDoc?.status
  const total = data.totals?.total ?? originalDoc?.totals?.total ?? 0
  const due = data.amountDue ?? originalDoc?.amountDue ?? total
  if (status === 'cancelled' || total <= 0 || due > 0) return data
  return { ...data, invoiceNumber: await nextNumber(req, 'F'), invoicedAt: new Date().toISOString() }
}
