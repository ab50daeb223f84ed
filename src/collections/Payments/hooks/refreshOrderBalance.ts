import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { idOf } from '@/domain/relationId'
import type { Payment } from '@/payload-types'

/** The order recomputes what is paid and due (and may reach "deposit paid") after each payment. */
async function refresh(req: PayloadRequest, orders: (Payment['order'] | undefined)[]) {
  for (const id of new Set(orders.map((order) => idOf(order)).filter((id) => id !== undefined))) {
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
