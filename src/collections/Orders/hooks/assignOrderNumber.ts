import type { CollectionBeforeChangeHook } from 'payload'

import { nextNumber } from '@/collections/Counters/nextNumber'
import type { Order } from '@/payload-types'

export const assignOrderNumber: CollectionBeforeChangeHook<Order> = async ({ data, operation, req }) => {
  if (operation !== 'create' || data.number) return data
  return { ...data, number: await nextNumber(req, 'O') }
}
