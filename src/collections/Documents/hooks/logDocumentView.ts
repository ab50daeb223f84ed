import type { CollectionAfterReadHook } from 'payload'

import { isStaffUser } from '@/access/roles'
import { isIdentityDocument } from '@/domain/vehicleOptions'
import { recordDocumentAccess } from '@/collections/DocumentAccessLogs/recordDocumentAccess'
import type { Document } from '@/payload-types'

/** Every time a staff member opens one identity document, the audit log gets a line. */
export const logDocumentView: CollectionAfterReadHook<Document> = async ({ doc, req, findMany }) => {
  if (findMany || req.context?.skipAccessLog || !isStaffUser(req.user) || !isIdentityDocument(doc.type)) return doc
  await recordDocumentAccess(req, doc, 'view')
  return doc
}
