import type { CollectionConfig } from 'payload'

import { hiddenUnless } from '@/access/compose'
import { nobody } from '@/access/nobody'
import { isAdmin } from '@/access/roles'

/** Append-only audit trail of staff access to identity documents (docs/architecture.md). */
export const DocumentAccessLogs: CollectionConfig = {
  slug: 'document-access-logs',
  labels: { singular: 'Document access', plural: 'Document access log' },
  admin: {
    group: 'Audit',
    defaultColumns: ['at', 'user', 'action', 'documentType', 'customer'],
    hidden: hiddenUnless(isAdmin),
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  timestamps: false,
  defaultSort: '-at',
  fields: [
    { name: 'at', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'user', type: 'relationship', relationTo: 'users', required: true, index: true },
    {
      name: 'action',
      type: 'select',
      required: true,
      options: [
        { value: 'view', label: 'Viewed' },
        { value: 'download', label: 'Downloaded' },
        { value: 'review', label: 'Reviewed' },
      ],
    },
    // Plain ids, not relations: the trail must survive the document's deletion (GDPR erasure).
    { name: 'document', type: 'text', required: true, index: true },
    { name: 'documentType', type: 'text' },
    { name: 'customer', type: 'text', index: true },
  ],
}
