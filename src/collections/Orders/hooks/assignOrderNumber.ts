import type { CollectionBeforeChangeHook } from 'payload'

import { nextNumber } from '@/collections/Counters/nextNumber'

export const assignOrderNumber: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || data.number) return data
  return { ...data, number: await nextNumber(req, 'O') }
}
