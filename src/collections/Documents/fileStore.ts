import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'

import type { Document } from '@/payload-types'

/**
 * The bytes of a document's file exactly as the customer sent them, wherever and however they are
 * stored. Everything that needs a document's content (the data export, the review) reads it here.
 */
export async function readDocumentFile(payload: Payload, document: Pick<Document, 'filename'>): Promise<Buffer> {
  if (!document.filename) throw new Error('This document has no file.')
  const staticDir = payload.collections.documents.config.upload.staticDir
  if (!staticDir) throw new Error('Documents have no storage folder.')
  return readFile(path.join(staticDir, path.basename(document.filename)))
}
