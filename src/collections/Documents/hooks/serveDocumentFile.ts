import type { PayloadRequest, TypeWithID } from 'payload'

import { isStaffUser } from '@/access/roles'
import { recordDocumentAccess } from '@/collections/DocumentAccessLogs/recordDocumentAccess'
import { sniffDocumentType } from '@/domain/documentFiles'
import { isIdentityDocument } from '@/domain/vehicleOptions'
import { isMissingObject, readDocumentFile } from '../fileStore'

/**
 * Answers `GET /api/documents/file/:filename` after Payload's access check (only then is the
 * handler called), for local disk and S3 alike: the stored ciphertext is decrypted here. The type
 * is the one the plain bytes show (never the row's, which staff can edit). Staff see the file inline
 * (the review shows images and PDFs); customers always download it. Staff reads of identity
 * documents are logged.
 */
export async function serveDocumentFile(
  req: PayloadRequest,
  { params }: { doc?: TypeWithID; params: { filename: string } },
): Promise<Response> {
  const { docs } = await req.payload.find({
    collection: 'documents',
    where: { filename: { equals: params.filename } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    req,
    context: { skipAccessLog: true },
  })
  const document = docs[0]
  if (!document) return Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })

  let bytes: Buffer
  try {
    bytes = await readDocumentFile(req.payload, document)
  } catch (error) {
    if (isMissingObject(error)) return Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })
    req.payload.logger.error({ err: error, msg: `document ${document.id}: its file could not be read` })
    return Response.json({ errors: [{ message: 'Something went wrong.' }] }, { status: 500 })
  }
  if (isStaffUser(req.user) && isIdentityDocument(document.type)) await recordDocumentAccess(req, document, 'download')

  const type = sniffDocumentType(bytes)?.mime ?? 'application/octet-stream'
  const inline = isStaffUser(req.user) && type !== 'application/octet-stream'
  const name = document.filename!.replace(/[^\w.-]/g, '_')
  return new Response(new Uint8Array(bytes), {
    status: 200,
    headers: {
      'Content-Type': type,
      'Content-Length': String(bytes.length),
      'Content-Disposition': `${inline ? 'inline' : 'attachment'}; filename="${name}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
      // Opened in a tab, an image may run nothing and load nothing (the browser's PDF viewer needs
      // more: PDFs are accepted only without markup, checkUploadedFile).
      ...(type.startsWith('image/')
        ? { 'Content-Security-Policy': "default-src 'none'; img-src 'self'; sandbox" }
        : {}),
    },
  })
}
