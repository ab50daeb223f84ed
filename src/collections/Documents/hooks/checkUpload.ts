import { ValidationError } from 'payload'
import type { CollectionBeforeValidateHook } from 'payload'

import { customerId } from '@/access/roles'
import { idOf } from '@/domain/relationId'
import { CUSTOMER_DOCUMENT_TYPES, type DocumentType } from '@/domain/vehicleOptions'
import type { Document } from '@/payload-types'
import { takePlainFileFacts } from './checkUploadedFile'

/**
 * A customer's upload always belongs to that customer, is one of the identity types and waits for
 * review; its order, if any, must be theirs. Every new file is fingerprinted.
 */
export const checkUpload: CollectionBeforeValidateHook<Document> = async ({ data, req, operation }) => {
  if (!data) return data
  const errors: { path: string; message: string }[] = []
  const customer = customerId(req.user)

  // The file itself was checked and encrypted before Payload read it (checkUploadedFile): the row
  // describes the plain file, and holds its wrapped data key.
  const file = takePlainFileFacts(req)
  if (file) {
    data.sha256 = file.sha256
    data.mimeType = file.mimeType
    data.filesize = file.size
    data.encryptionKeyId = file.keyId
    data.wrappedKey = file.wrappedKey
  }

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
  if (file) data.duplicateOf = await firstUploadByAnother(req, file.sha256, data.owner)
  return data
}

/** The earliest document with the same bytes that belongs to another customer: one file, two identities. */
async function firstUploadByAnother(
  req: Parameters<CollectionBeforeValidateHook>[0]['req'],
  sha256: string,
  owner: Document['owner'] | undefined,
): Promise<string | null> {
  if (!owner) return null
  const { docs } = await req.payload.find({
    collection: 'documents',
    where: { and: [{ sha256: { equals: sha256 } }, { owner: { not_equals: idOf(owner) } }] },
    sort: 'createdAt',
    limit: 1,
    depth: 0,
    select: { createdAt: true },
    overrideAccess: true,
    req,
    context: { skipAccessLog: true },
  })
  return docs[0] ? String(docs[0].id) : null
}
