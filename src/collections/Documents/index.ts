import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { and, hiddenUnless, or } from '@/access/compose'
import { ownCustomer } from '@/access/ownCustomer'
import { isAdmin, isCustomer, isSales } from '@/access/roles'
import { getEnv } from '@/config/env'
import { DOCUMENT_TYPES } from '@/domain/vehicleOptions'
import { staffOnly, salesWritable } from '@/fields/staffOnly'
import { notifyDocumentReview } from '@/notifications/triggers/documents'
import { createBudget } from '@/security/requestBudgets'
import { decryptAfterRead, encryptBeforeChange } from './encryptedText'
import { historyEndpoint } from './historyEndpoint'
import { checkUpload } from './hooks/checkUpload'
import { checkUploadedFile } from './hooks/checkUploadedFile'
import { logDocumentView } from './hooks/logDocumentView'
import { serveDocumentFile } from './hooks/serveDocumentFile'
import { logReview } from './hooks/logReview'
import { stampReview } from './hooks/stampReview'
import { deleteFileOrRetry, makeFilePrivate, setFileAside } from './hooks/storedFileLifecycle'
import { updateCustomerKyc } from './hooks/updateCustomerKyc'

/** Private files: identity documents, COC, invoices… Never public; every download is access-checked. */
export const Documents: CollectionConfig = {
  slug: 'documents',
  admin: {
    group: 'Sales',
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'type', 'owner', 'status', 'duplicateOf', 'createdAt'],
    listSearchableFields: ['filename'],
    hidden: hiddenUnless(or(isAdmin, isSales)),
  },
  access: {
    read: or(isAdmin, isSales, ownCustomer('owner')),
    create: or(isAdmin, isSales, isCustomer),
    update: or(isAdmin, isSales),
    // A customer may withdraw a document until it has been reviewed.
    delete: or(
      isAdmin,
      isSales,
      and(ownCustomer('owner'), () => ({ status: { equals: 'pending' } })),
    ),
  },
  endpoints: [historyEndpoint],
  upload: {
    staticDir: path.resolve(getEnv().DATA_DIR, 'documents'),
    // No `mimeTypes`: what Payload stores is ciphertext (application/octet-stream). The real check,
    // from the plain bytes (PDF, JPEG, PNG, WebP; no SVG, HTML or XML ever), is checkUploadedFile,
    // which every upload path goes through before Payload sees the file.
    pasteURL: false,
    // The file stays exactly as the customer sent it (its fingerprint is evidence).
    crop: false,
    focalPoint: false,
    displayPreview: false,
    filesRequiredOnCreate: true,
    // Ours answers every download (decrypted, with safe headers): the S3 plugin's signed-URL
    // redirect, registered after it, would hand out ciphertext and never runs for documents.
    handlers: [serveDocumentFile],
  },
  hooks: {
    beforeOperation: [
      createBudget((address, req) => [
        ['upload', address],
        ...(req.user ? [['upload', `customer:${req.user.id}`] as const] : []),
      ]),
      checkUploadedFile,
    ],
    beforeValidate: [checkUpload],
    beforeChange: [stampReview],
    afterChange: [makeFilePrivate, updateCustomerKyc, logReview, notifyDocumentReview],
    afterRead: [logDocumentView],
    beforeDelete: [setFileAside],
    afterDelete: [deleteFileOrRetry],
  },
  fields: [
    {
      name: 'review',
      type: 'ui',
      admin: { components: { Field: '@/admin/documents/DocumentReview#DocumentReview' } },
    },
    {
      name: 'owner',
      type: 'relationship',
      relationTo: 'customers',
      required: true,
      index: true,
      admin: { description: 'Set automatically when a customer uploads.' },
    },
    {
      name: 'order',
      type: 'relationship',
      relationTo: 'orders',
      index: true,
    },
    {
      name: 'type',
      type: 'select',
      required: true,
      index: true,
      options: DOCUMENT_TYPES.map(({ value, en }) => ({ value, label: en })),
    },
    ...salesWritable([
      {
        name: 'status',
        type: 'select',
        required: true,
        index: true,
        defaultValue: 'pending',
        options: [
          { value: 'pending', label: 'Pending review' },
          { value: 'verified', label: 'Verified' },
          { value: 'rejected', label: 'Rejected' },
        ],
        admin: { position: 'sidebar' },
      },
      {
        name: 'rejectionReason',
        type: 'textarea',
        maxLength: 500,
        admin: { position: 'sidebar', condition: (data) => data?.status === 'rejected' },
        validate: (value: string | null | undefined, { siblingData }: { siblingData: Record<string, unknown> }) =>
          siblingData?.status === 'rejected' && !value?.trim()
            ? 'Say why the document is rejected: the customer sees it.'
            : true,
      },
    ]),
    ...staffOnly([
      { name: 'reviewedBy', type: 'relationship', relationTo: 'users', admin: { readOnly: true, position: 'sidebar' } },
      { name: 'reviewedAt', type: 'date', admin: { readOnly: true, position: 'sidebar' } },
      { name: 'internalNotes', type: 'textarea', maxLength: 2000 },
      {
        name: 'documentNumber',
        type: 'text',
        admin: { description: 'Passport or ID card number, as read on the document. Stored encrypted.' },
        hooks: { beforeChange: [encryptBeforeChange], afterRead: [decryptAfterRead] },
      },
    ]),
    {
      name: 'duplicateOf',
      type: 'relationship',
      relationTo: 'documents',
      index: true,
      label: 'Same file as',
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: 'The same file (same fingerprint) was uploaded earlier by another customer.',
      },
      access: { create: () => false, update: () => false, read: or(isAdmin, isSales) },
    },
    // The file's data key, wrapped by the key-encryption key `encryptionKeyId` (docs/security.md).
    // Hidden from every API and from the admin; rotation rewrites them through the Local API.
    ...(['encryptionKeyId', 'wrappedKey'] as const).map((name) => ({
      name,
      type: 'text' as const,
      hidden: true,
      access: { create: () => false, update: () => false },
    })),
    {
      name: 'sha256',
      type: 'text',
      index: true,
      admin: { readOnly: true, description: 'Fingerprint of the file as received.' },
      access: { create: () => false, update: () => false },
    },
  ],
}
