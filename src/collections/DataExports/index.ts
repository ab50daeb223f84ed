import type { CollectionConfig } from 'payload'

import { hiddenUnless, or } from '@/access/compose'
import { nobody } from '@/access/nobody'
import { ownCustomer } from '@/access/ownCustomer'
import { isAdmin } from '@/access/roles'

/**
 * A customer's data export (GDPR art. 20): the archive itself lives under DATA_DIR/exports (mode
 * 0600), never in a public folder; this row holds its owner, the hash of the one-time download
 * token and the expiry. Only the system writes it; the download route checks both the customer's
 * session and the token.
 */
export const DataExports: CollectionConfig = {
  slug: 'data-exports',
  admin: { group: 'Audit', hidden: hiddenUnless(isAdmin), defaultColumns: ['customer', 'status', 'expiresAt'] },
  // The customer sees their own exports' status and expiry (the portal page); never the token's hash.
  access: { read: or(isAdmin, ownCustomer('customer')), create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'customer', type: 'relationship', relationTo: 'customers', required: true, index: true },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      options: [
        { value: 'queued', label: 'Being prepared' },
        { value: 'ready', label: 'Ready' },
        { value: 'downloaded', label: 'Downloaded' },
        { value: 'expired', label: 'Expired' },
      ],
    },
    { name: 'tokenHash', type: 'text', index: true, access: { read: () => false }, admin: { hidden: true } },
    { name: 'file', type: 'text', admin: { readOnly: true, description: 'Archive name under DATA_DIR/exports.' } },
    { name: 'expiresAt', type: 'date', index: true },
    { name: 'downloadedAt', type: 'date' },
  ],
}
