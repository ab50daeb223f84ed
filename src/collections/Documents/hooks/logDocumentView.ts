import type { CollectionAfterReadHook } from 'payload'

import { isStaffUser } from '@/access/roles'
import { isIdentityDocument } from '@/domain/vehicleOptions'
import { recordDocumentAccess } from '@/collections/DocumentAccessLogs/recordDocumentAccess'

/** Every time a staff member opens one identity document, the audit log gets a line. */
export const logDocumentView: CollectionAfterReadHook = async ({ doc, req, findMany }) => {
  if (findMany || req.context?.skipAccessLog || !isStaffUser(req.user) || !isIdentityDocument(doc.type)) return doc
  await recordDocumentAccess(req, doc, 'view')
  return doc
}
