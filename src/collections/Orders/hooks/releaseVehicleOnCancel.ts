import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '@/domain/relationId'
import type { Order } from '@/payload-types'

/** A cancelled order gives its reserved car back to the showroom. */
export const releaseVehicleOnCancel: CollectionAfterChangeHook<Order> = async ({ doc, previousDoc, req }) => {
  if (doc.status !== 'cancelled' || previousDoc?.status === 'cancelled') return doc
  const vehicleId = idOf(doc.vehicle)
  if (!vehicleId) return doc
  const vehicle = await req.payload.findByID({
    collection: 'vehicles',
    id: vehicleId,
    depth: 0,
    req,
    disableErrors: true,
    select: { status: true },
  })
  if (vehicle?.status === 'reserved') {
    await req.payload.update({
      collection: 'vehicles',
      id: vehicleId,
      data: { status: 'available' },
      depth: 0,
      req,
      context: { disableRevalidate: req.context?.disableRevalidate },
    })
  }
  return doc
}
