import type { Payload } from 'payload'

import type { Customer, Document } from '@/payload-types'
import { documentFileName, sniffDocumentType } from './fileType'

/**
 * The portal's upload, once the form is read: the customer's file goes to Payload as that customer
 * (access and every check of the collection apply), under a name of ours and the type its bytes
 * show. Returns null when the bytes are not a type we take; Payload's refusals are thrown.
 */
export async function createCustomerDocument(
  payload: Payload,
  customer: Customer & { collection: 'customers' },
  type: Document['type'],
  data: Uint8Array,
  clientName: string,
): Promise<Document | null> {
  const real = sniffDocumentType(data)
  if (!real) return null
  return payload.create({
    collection: 'documents',
    // Status, review and fingerprint are the collection's to set: only the type and owner come from here.
    data: { type, owner: customer.id } as Document,
    file: {
      data: Buffer.from(data),
      mimetype: real.mime,
      name: documentFileName(clientName, real.ext),
      size: data.byteLength,
    },
    overrideAccess: false,
    user: customer,
    depth: 0,
  })
}
