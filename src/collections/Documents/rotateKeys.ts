import type { Payload } from 'payload'

import { documentKeyring } from '@/config/documentKeys'
import { encryptFile, isEncryptedFile, isEncryptedText, rewrap, rewrapText } from '@/security/envelope'
import { readStoredObject, writeStoredObject } from './fileStore'

export type RotationReport = { documents: number; rewrapped: number; encrypted: number; numbers: number }

const context = { skipAccessLog: true, encryptedFields: true }

/**
 * Puts every document under the active key-encryption key: data keys wrapped by an older key are
 * re-wrapped (the files themselves are not rewritten), document numbers likewise, and a file stored
 * before encryption existed is encrypted in place. Safe to run again; each document is its own save.
 */
export async function rotateDocumentKeys(
  payload: Payload,
  log: (line: string) => void = () => {},
): Promise<RotationReport> {
  const keyring = documentKeyring()
  const report: RotationReport = { documents: 0, rewrapped: 0, encrypted: 0, numbers: 0 }
  for (let page = 1; ; page += 1) {
    const { docs, hasNextPage } = await payload.find({
      collection: 'documents',
      select: { filename: true, encryptionKeyId: true, wrappedKey: true, documentNumber: true },
      sort: 'createdAt',
      limit: 100,
      page,
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
      context,
    })
    for (const doc of docs) {
      report.documents += 1
      const data: Record<string, string> = {}
      if (doc.encryptionKeyId && doc.wrappedKey) {
        if (doc.encryptionKeyId !== keyring.active.id) {
          Object.assign(data, toRow(rewrap({ keyId: doc.encryptionKeyId, wrappedKey: doc.wrappedKey }, keyring)))
          report.rewrapped += 1
        }
      } else if (doc.filename) {
        const object = await readStoredObject(payload, doc.filename)
        if (isEncryptedFile(object)) {
          log(`document ${doc.id}: encrypted file without its key, left as it is`)
        } else {
          const sealed = encryptFile(object, keyring)
          await writeStoredObject(payload, doc.filename, sealed.object)
          Object.assign(data, toRow(sealed))
          report.encrypted += 1
        }
      }
      if (isEncryptedText(doc.documentNumber) && doc.documentNumber.split('.')[1] !== keyring.active.id) {
        data.documentNumber = rewrapText(doc.documentNumber, keyring)
        report.numbers += 1
      }
      if (Object.keys(data).length === 0) continue
      await payload.update({ collection: 'documents', id: doc.id, data, overrideAccess: true, depth: 0, context })
    }
    if (!hasNextPage) break
  }
  log(
    `${report.documents} documents: ${report.rewrapped} data keys re-wrapped, ${report.encrypted} files encrypted, ` +
      `${report.numbers} document numbers re-wrapped, all under key "${keyring.active.id}"`,
  )
  return report
}

function toRow({ keyId, wrappedKey }: { keyId: string; wrappedKey: string }) {
  return { encryptionKeyId: keyId, wrappedKey }
}
