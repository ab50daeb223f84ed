import { createHash } from 'node:crypto'
import { ValidationError } from 'payload'
import type { CollectionBeforeValidateHook } from 'payload'

import { customerId } from '@/access/roles'
import { CUSTOMER_DOCUMENT_TYPES, type DocumentType } from '@/domain/vehicleOptions'
import type { Document } from '@/payload-types'

/**
 * A customer's upload always belongs to that customer, is one of the identity types and waits for
 * review; its order, if any, must be theirs. Every new file is fingerprinted.
 */
export const checkUpload: CollectionBeforeValidateHook<Document> = async ({ data, req, operation }) => {
  if (!data) return data
  const errors: { path: string; message: string }[] = []
  const customer = customerId(req.user)

  // The file itself was checked before Payload read it (checkUploadedFile).
  if (req.file) data.sha256 = createHash('sha256').update(req.file.data).digest('hex')

  if (customer && operation === 'create') {
    if (data.owner && String(data.owner) !== customer) {
      errors.push({ path: 'owner', message: 'You can only upload your own documents.' })
    }
    data.owner = customer
    if (!CUSTOMER_DOCUMENT_TYPES.includes(data.type as DocumentType)) {
      errors.push({ path: 'type', message: 'Choose identity document, driving licence or proof of address.' })
    }
    if (data.order) {
      const owned = await req.payload.count({
        collection: 'orders',
        where: { and: [{ id: { equals: data.order } }, { customer: { equals: customer } }] },
        req,
      })
      if (owned.totalDocs === 0) errors.push({ path: 'order', message: 'This order is not yours.' })
    }
  }

  if (errors.length) throw new ValidationError({ collection: 'documents', errors }, req.t)
  return data
}
