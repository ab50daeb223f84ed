import type { PayloadRequest, TypeWithID } from 'payload'

import { isStaffUser } from '@/access/roles'
import { recordDocumentAccess } from '@/collections/DocumentAccessLogs/recordDocumentAccess'
import { isIdentityDocument } from '@/domain/vehicleOptions'

/**
 * Runs on `GET /api/documents/file/:filename` after Payload's access check. Staff downloads of
 * identity documents are recorded; returning nothing lets Payload (or S3) serve the file.
 */
export async function logFileDownload(
  req: PayloadRequest,
  { params }: { doc?: TypeWithID; params: { filename: string } },
): Promise<void> {
  if (!isStaffUser(req.user)) return
  const { docs } = await req.payload.find({
    collection: 'documents',
    where: { filename: { equals: params.filename } },
    limit: 1,
    depth: 0,
    req,
    context: { skipAccessLog: true },
  })
  const document = docs[0]
  if (document && isIdentityDocument(document.type)) await recordDocumentAccess(req, document, 'download')
}
