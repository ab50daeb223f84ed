import type { TaskConfig } from 'payload'

import { deleteStoredObject, trashPath } from '@/collections/Documents/fileStore'
import { unlink } from 'node:fs/promises'

/**
 * Deletes the stored object of a document whose row is already deleted (its first attempt failed).
 * If a newer document took the same name meanwhile, only the set-aside copy is removed.
 */
export const deleteStoredFileTask: TaskConfig<{ input: { filename: string }; output: object }> = {
  slug: 'deleteStoredFile',
  label: 'Delete a document file',
  retries: { attempts: 10, backoff: { type: 'exponential', delay: 60_000 } },
  inputSchema: [{ name: 'filename', type: 'text', required: true }],
  handler: async ({ input, req }) => {
    const reused = await req.payload.count({
      collection: 'documents',
      where: { filename: { equals: input.filename } },
      overrideAccess: true,
      req,
    })
    if (reused.totalDocs === 0) {
      await deleteStoredObject(req.payload, input.filename)
    } else {
      await unlink(trashPath(req.payload, input.filename)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error
      })
    }
    return { output: {} }
  },
}
