import type { CollectionAfterChangeHook } from 'payload'

import { recordDocumentAccess } from '@/collections/DocumentAccessLogs/recordDocumentAccess'
import { isIdentityDocument } from '@/domain/vehicleOptions'
import type { Document } from '@/payload-types'

/** A verification or rejection of an identity document is part of its audit trail. */
export const logReview: CollectionAfterChangeHook<Document> = async ({ doc, previousDoc, operation, req }) => {
  if (operation === 'update' && previousDoc?.status !== doc.status && isIdentityDocument(doc.type)) {
    await recordDocumentAccess(req, doc, 'review')
  }
  return doc
}
