import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeDeleteHook } from 'payload'

import type { Document } from '@/payload-types'
import { deleteStoredObject, makeLocalFilePrivate, setAsideLocalFile } from '../fileStore'

/** A new file on local disk is readable by the server's user only. */
export const makeFilePrivate: CollectionAfterChangeHook<Document> = async ({ doc, req }) => {
  if (req.file && doc.filename) await makeLocalFilePrivate(req.payload, doc.filename)
  return doc
}

/**
 * Payload deletes a local file before the row and gives up the whole deletion when that fails. The
 * file is moved aside first (a rename in the same folder), so Payload finds nothing to delete and
 * the removal of the file itself happens after the row, in `deleteStoredFile`.
 */
export const setFileAside: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const doc = await req.payload.findByID({
    collection: 'documents',
    id,
    depth: 0,
    select: { filename: true },
    overrideAccess: true,
    disableErrors: true,
    req,
    context: { skipAccessLog: true },
  })
  if (doc?.filename) await setAsideLocalFile(req.payload, doc.filename)
}

/**
 * The row is gone; its object goes now, or — disk error, bucket unreachable — from a job that
 * retries, queued in the deletion's transaction. A customer's erasure never fails on storage.
 */
export const deleteFileOrRetry: CollectionAfterDeleteHook<Document> = async ({ doc, req }) => {
  if (!doc.filename) return doc
  try {
    await deleteStoredObject(req.payload, doc.filename)
  } catch (error) {
    req.payload.logger.warn({ err: error, msg: `document ${doc.id}: file deletion failed, retried from a job` })
    await req.payload.jobs.queue({ task: 'deleteStoredFile', input: { filename: doc.filename }, req })
  }
  return doc
}
