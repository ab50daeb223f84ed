import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { Payment } from '@/payload-types'

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: string }).id : (value as string))

/** The order recomputes what is paid and due (and may reach "deposit paid") after each payment. */
async function refresh(req: PayloadRequest, orderIds: unknown[]) {
  for (const id of new Set(orderIds.map(idOf).filter(Boolean))) {
    await req.payload.update({ collection: 'orders', id, data: {}, req, depth: 0 })
  }
}

export const refreshOrderBalance: CollectionAfterChangeHook<Payment> = async ({ doc, previousDoc, req }) => {
  await refresh(req, [doc.order, previousDoc?.order])
  return doc
}

export const refreshOrderBalanceAfterDelete: CollectionAfterDeleteHook<Payment> = async ({ doc, req }) => {
  await refresh(req, [doc.order])
}
