import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { chmod, mkdir, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'

import { documentKeyring } from '@/config/documentKeys'
import { getEnv } from '@/config/env'
import type { Document } from '@/payload-types'
import { s3ClientConfig } from '@/plugins/s3Config'
import { decryptFile, isEncryptedFile } from '@/security/envelope'

/**
 * Where document files live — `<DATA_DIR>/documents` or the S3 bucket — and the one way to get a
 * document's plain bytes back. Objects are stored encrypted (checkUploadedFile); their wrapped data
 * keys are on the document's row (hidden fields).
 */

type StoredDocument = Pick<Document, 'filename'> & Partial<Pick<Document, 'encryptionKeyId' | 'wrappedKey'>>

/** Files whose row is deleted wait here until the object is gone (deleteStoredFile). */
export const TRASH_DIR = '.deleted'

let client: S3Client | undefined
function bucket(): { client: S3Client; name: string } | undefined {
  const env = getEnv()
  if (!env.S3_BUCKET) return undefined
  client ??= new S3Client(s3ClientConfig(env))
  return { client, name: env.S3_BUCKET }
}

/** The local folder of document files (Payload's `staticDir`, always set for this collection). */
export function documentsDir(payload: Payload): string {
  return payload.collections.documents.config.upload.staticDir ?? path.resolve(getEnv().DATA_DIR, 'documents')
}

function localPath(payload: Payload, filename: string): string {
  // Our names never hold a path; basename() keeps a forged one inside the folder anyway.
  return path.join(documentsDir(payload), path.basename(filename))
}

/** The stored object (ciphertext) of a file name. */
export async function readStoredObject(payload: Payload, filename: string): Promise<Buffer> {
  const s3 = bucket()
  if (!s3) {
    // A deletion whose transaction failed after the file was set aside leaves it there.
    return readFile(localPath(payload, filename)).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return readFile(trashPath(payload, filename))
      throw error
    })
  }
  const response = await s3.client.send(new GetObjectCommand({ Bucket: s3.name, Key: path.basename(filename) }))
  return Buffer.from(await response.Body!.transformToByteArray())
}

/** Replaces a stored object (rotation of a file stored before encryption). */
export async function writeStoredObject(payload: Payload, filename: string, object: Buffer): Promise<void> {
  const s3 = bucket()
  if (!s3) return writeFile(localPath(payload, filename), object, { mode: 0o600 })
  await s3.client.send(
    new PutObjectCommand({
      Bucket: s3.name,
      Key: path.basename(filename),
      Body: object,
      ContentType: 'application/octet-stream',
    }),
  )
}

/** Removes an object; one already gone counts as removed (the retry job may run twice). */
export async function deleteStoredObject(payload: Payload, filename: string): Promise<void> {
  const s3 = bucket()
  if (s3) {
    await s3.client.send(new DeleteObjectCommand({ Bucket: s3.name, Key: path.basename(filename) }))
    return
  }
  for (const file of [localPath(payload, filename), trashPath(payload, filename)]) {
    try {
      await unlink(file)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
  }
}

export function trashPath(payload: Payload, filename: string): string {
  const dir = documentsDir(payload)
  return path.join(dir, TRASH_DIR, path.basename(filename))
}

/** Moves a local file out of Payload's way before its row is deleted (deleteStoredFile takes it from there). */
export async function setAsideLocalFile(payload: Payload, filename: string): Promise<void> {
  if (bucket()) return
  const target = trashPath(payload, filename)
  await mkdir(path.dirname(target), { recursive: true, mode: 0o700 })
  try {
    await rename(localPath(payload, filename), target)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
}

/** Files readable by the server's user only (the folder by `ensurePrivateFolder`). */
export async function makeLocalFilePrivate(payload: Payload, filename: string): Promise<void> {
  if (!bucket()) await chmod(localPath(payload, filename), 0o600)
}

export function isMissingObject(error: unknown): boolean {
  return (
    error instanceof NoSuchKey ||
    (error as NodeJS.ErrnoException)?.code === 'ENOENT' ||
    (error as { name?: string })?.name === 'NoSuchKey'
  )
}

/**
 * The bytes of a document's file exactly as the customer sent them, wherever and however they are
 * stored. Everything that needs a document's content (the data export, the review) reads it here.
 * The key fields are looked up when the caller's copy of the row lacks them (they are hidden).
 */
export async function readDocumentFile(payload: Payload, document: StoredDocument): Promise<Buffer> {
  if (!document.filename) throw new Error('This document has no file.')
  let keys = document.encryptionKeyId && document.wrappedKey ? document : undefined
  if (!keys) {
    const { docs } = await payload.find({
      collection: 'documents',
      where: { filename: { equals: document.filename } },
      select: { encryptionKeyId: true, wrappedKey: true },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
      context: { skipAccessLog: true },
    })
    keys = docs[0]
  }
  const object = await readStoredObject(payload, document.filename)
  if (!keys?.encryptionKeyId || !keys.wrappedKey) {
    // Stored before encryption existed (`npm run keys:rotate` encrypts those): never serve ciphertext as plain.
    if (isEncryptedFile(object)) throw new Error('This document has lost its data key.')
    return object
  }
  return decryptFile(object, { keyId: keys.encryptionKeyId, wrappedKey: keys.wrappedKey }, documentKeyring())
}

/** At startup: the local folder 0700 and every file in it 0600, whoever or whatever wrote them. */
export async function ensurePrivateDocumentFolder(payload: Payload): Promise<void> {
  if (bucket()) return
  const dir = documentsDir(payload)
  await mkdir(dir, { recursive: true, mode: 0o700 })
  await chmod(dir, 0o700)
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    const full = path.join(entry.parentPath, entry.name)
    await chmod(full, entry.isDirectory() ? 0o700 : 0o600)
  }
}
