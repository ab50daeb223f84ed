import type { CollectionConfig } from 'payload'

import { hiddenUnless, or } from '@/access/compose'
import { nobody } from '@/access/nobody'
import { isAdmin, isSales } from '@/access/roles'
import { readOnlyJson } from '@/fields/readOnlyJson'

/**
 * One entry per erased customer: who asked, who ran it, when, and how many records of each kind were
 * removed or anonymised. It names the account by id only, never by the personal data it removed.
 * Written by the erasure job; nobody edits or deletes it.
 */
export const ErasureAudits: CollectionConfig = {
  slug: 'erasure-audits',
  labels: { singular: 'Erasure', plural: 'Erasure audit' },
  admin: {
    group: 'Audit',
    defaultColumns: ['customer', 'requestedBy', 'requestedAt', 'completedAt', 'retainUntil'],
    hidden: hiddenUnless(or(isAdmin, isSales)),
  },
  access: { read: or(isAdmin, isSales), create: nobody, update: nobody, delete: nobody },
  defaultSort: '-completedAt',
  fields: [
    { name: 'customer', type: 'text', required: true, unique: true, admin: { description: 'Customer id.' } },
    {
      name: 'requestedBy',
      type: 'select',
      required: true,
      options: [
        { value: 'customer', label: 'The customer (portal)' },
        { value: 'staff', label: 'Staff' },
      ],
    },
    { name: 'staff', type: 'relationship', relationTo: 'users', admin: { description: 'Who asked, when staff did.' } },
    { name: 'requestedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'completedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'notified', type: 'checkbox', admin: { description: 'The confirmation mail was sent.' } },
    { name: 'legalBasis', type: 'text' },
    { name: 'retainUntil', type: 'date', admin: { description: 'Anonymised orders and payments are kept until.' } },
    readOnlyJson('counts', { admin: { description: 'Records removed or anonymised, per collection.' } }),
  ],
}
