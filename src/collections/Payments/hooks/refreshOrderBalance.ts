import type { CollectionAfterChangeHook } from 'payload'

import type { Payment } from '@/payload-types'

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: string }).id : (value as string))

/** The order recomputes what is paid and due (and may reach "deposit paid") after each payment. */
export const refreshOrderBalance: CollectionAfterChangeHook<Payment> = async ({ doc, previousDoc, req }) => {
  const orders = new Set([idOf(doc.order), idOf(previousDoc?.order)].filter(Boolean))
  for (const id of orders) {
    await req.payload.update({ collection: 'orders', id, data: {}, req, depth: 0 })
  }
  return doc
}
