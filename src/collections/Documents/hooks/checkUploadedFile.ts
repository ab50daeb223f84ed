import { ValidationError } from 'payload'
import type { CollectionBeforeOperationHook } from 'payload'

import { checkDocumentFile, DOCUMENT_FILE_MESSAGES, documentFileName } from '@/domain/documentFiles'

/**
 * Every upload path (REST, GraphQL, the portal's server action, the seed) comes through here before
 * Payload names and stores the file: its size and type are judged from its bytes, never from what
 * the client claims (Payload leaves `size` unset for some uploads), and it gets our own file name.
 */
export const checkUploadedFile: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file) return args
  const file = checkDocumentFile(req.file.data)
  if (!file.ok) {
    throw new ValidationError(
      { collection: 'documents', errors: [{ path: 'file', message: DOCUMENT_FILE_MESSAGES[file.reason] }] },
      req.t,
    )
  }
  req.file.name = documentFileName(req.file.name, file.ext)
  req.file.mimetype = file.mime
  req.file.size = req.file.data.length
  return args
}
