import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/nobody'

/** One row per numbering sequence ("Q-2026"), incremented atomically by nextNumber(). */
export const Counters: CollectionConfig = {
  slug: 'counters',
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true },
    { name: 'value', type: 'number', required: true, defaultValue: 0 },
  ],
}
