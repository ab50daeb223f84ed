import { createHash } from 'node:crypto'
import { ValidationError } from 'payload'
import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { documentKeyring } from '@/config/documentKeys'
import { checkDocumentFile, DOCUMENT_FILE_MESSAGES, documentFileName } from '@/domain/documentFiles'
import { encryptFile } from '@/security/envelope'

/** What the plain file was, for checkUpload to write on the row once Payload has read the ciphertext. */
export type PlainFileFacts = { sha256: string; mimeType: string; size: number; keyId: string; wrappedKey: string }
// Keyed by request: Payload replaces `req.file` by a copy while it reads the file.
const facts = new WeakMap<PayloadRequest, PlainFileFacts>()

/** Taken once, by the save of the file this request uploaded. */
export function takePlainFileFacts(req: PayloadRequest): PlainFileFacts | undefined {
  const found = req.file ? facts.get(req) : undefined
  facts.delete(req)
  return found
}

/**
 * Every upload path (REST, GraphQL, the portal's server action, the seed) comes through here before
 * Payload names and stores the file: its size and type are judged from its bytes, never from what
 * the client claims (Payload leaves `size` unset for some uploads), and it gets our own file name.
 * Then it is encrypted, so the plain bytes never reach the disk or the bucket: Payload stores the
 * ciphertext as an opaque `application/octet-stream` (no image processing can run on it).
 */
export const checkUploadedFile: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file) return args
  const plain = req.file.data
  const file = checkDocumentFile(plain)
  if (!file.ok) {
    throw new ValidationError(
      { collection: 'documents', errors: [{ path: 'file', message: DOCUMENT_FILE_MESSAGES[file.reason] }] },
      req.t,
    )
  }
  const { object, keyId, wrappedKey } = encryptFile(plain, documentKeyring())
  facts.set(req, {
    // The fingerprint is of what the customer sent: the same file twice has the same one (anti-fraud).
    sha256: createHash('sha256').update(plain).digest('hex'),
    mimeType: file.mime,
    size: plain.length,
    keyId,
    wrappedKey,
  })
  req.file.name = documentFileName(req.file.name, file.ext)
  req.file.data = object
  req.file.mimetype = 'application/octet-stream'
  req.file.size = object.length
  delete req.file.tempFilePath
  return args
}
