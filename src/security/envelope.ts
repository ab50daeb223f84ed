import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto'

/**
 * Envelope encryption of private files and fields (AES-256-GCM, node:crypto only). Each file or
 * value gets its own random data key; only that key is encrypted ("wrapped") with a key-encryption
 * key (KEK) from the environment. Rotating a KEK re-wraps 32-byte keys, never re-encrypts files.
 */

export type KeyEncryptionKey = { id: string; key: Buffer }
/** The first key encrypts; every key listed can still decrypt (until rotation has moved everything). */
export type Keyring = { active: KeyEncryptionKey; byId: ReadonlyMap<string, KeyEncryptionKey> }
export type WrappedKey = { keyId: string; wrappedKey: string }

const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/
const IV_BYTES = 12
const TAG_BYTES = 16
/** Leads every stored object: "Autoport encrypted, version 1". Also keeps type sniffers off ciphertext. */
export const ENCRYPTED_FILE_MAGIC = Buffer.from('APENC01\n', 'latin1')
const TEXT_PREFIX = 'enc1'

export class KeyringError extends Error {
  override name = 'KeyringError'
}

/**
 * `id:base64,id:base64`; each key exactly 32 bytes, ids unique. The bare word `default` stands for
 * the key derived from the Payload secret, so files a fresh install encrypted stay readable while
 * they are rotated to a real key. Throws a KeyringError saying what is wrong.
 */
export function parseKeyring(spec: string, secret?: string): Keyring {
  const keys = spec
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      if (part === 'default') {
        if (!secret) throw new KeyringError('lists `default`, which needs PAYLOAD_SECRET')
        return defaultKeyring(secret).active
      }
      const colon = part.indexOf(':')
      const id = colon > 0 ? part.slice(0, colon) : ''
      if (!KEY_ID.test(id))
        throw new KeyringError(`each key must look like <id>:<base64 of 32 bytes> (id: letters, digits, _ or -)`)
      const key = Buffer.from(part.slice(colon + 1), 'base64')
      if (key.length !== 32) throw new KeyringError(`key "${id}" must be 32 bytes in base64 (openssl rand -base64 32)`)
      return { id, key }
    })
  if (keys.length === 0) throw new KeyringError('lists no key')
  const byId = new Map(keys.map((k) => [k.id, k]))
  if (byId.size !== keys.length) throw new KeyringError('lists the same key id twice')
  return { active: keys[0]!, byId }
}

/**
 * The key a fresh machine (dev, test, demo) uses when none is configured, derived from the
 * Payload secret. Anyone with the secret has it: never the key of a production server.
 */
export function defaultKeyring(secret: string): Keyring {
  const key = Buffer.from(hkdfSync('sha256', secret, 'autoport-documents', 'document-kek-v1', 32))
  const active = { id: 'default', key }
  return { active, byId: new Map([[active.id, active]]) }
}

function seal(key: Buffer, plain: Buffer, aad: Buffer): { iv: Buffer; body: Buffer; tag: Buffer } {
  const iv = randomBytes(IV_BYTES)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  cipher.setAAD(aad)
  const body = Buffer.concat([cipher.update(plain), cipher.final()])
  return { iv, body, tag: cipher.getAuthTag() }
}

function open(key: Buffer, iv: Buffer, body: Buffer, tag: Buffer, aad: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, iv)
  decipher.setAAD(aad)
  decipher.setAuthTag(tag)
  return Buffer.concat([decipher.update(body), decipher.final()])
}

function kek(keyring: Keyring, keyId: string): KeyEncryptionKey {
  const found = keyring.byId.get(keyId)
  if (!found)
    throw new KeyringError(`key "${keyId}" is not configured (DOCUMENT_KEYS): it was removed before rotation finished`)
  return found
}

/** The key id is authenticated with the wrapped key: a wrapped key cannot be presented under another id. */
function wrap(dataKey: Buffer, key: KeyEncryptionKey): WrappedKey {
  const { iv, body, tag } = seal(key.key, dataKey, Buffer.from(key.id))
  return { keyId: key.id, wrappedKey: Buffer.concat([iv, body, tag]).toString('base64') }
}

function unwrap({ keyId, wrappedKey }: WrappedKey, keyring: Keyring): Buffer {
  const raw = Buffer.from(wrappedKey, 'base64')
  if (raw.length !== IV_BYTES + 32 + TAG_BYTES) throw new KeyringError('the wrapped key is damaged')
  return open(
    kek(keyring, keyId).key,
    raw.subarray(0, IV_BYTES),
    raw.subarray(IV_BYTES, IV_BYTES + 32),
    raw.subarray(IV_BYTES + 32),
    Buffer.from(keyId),
  )
}

/** The same data key wrapped by the active KEK (rotation). Unchanged when it already is. */
export function rewrap(wrapped: WrappedKey, keyring: Keyring): WrappedKey {
  if (wrapped.keyId === keyring.active.id) return wrapped
  return wrap(unwrap(wrapped, keyring), keyring.active)
}

/** The stored object: magic | iv | ciphertext | tag; its data key, wrapped, goes to the document's row. */
export function encryptFile(plain: Buffer, keyring: Keyring): WrappedKey & { object: Buffer } {
  const dataKey = randomBytes(32)
  const { iv, body, tag } = seal(dataKey, plain, ENCRYPTED_FILE_MAGIC)
  return { object: Buffer.concat([ENCRYPTED_FILE_MAGIC, iv, body, tag]), ...wrap(dataKey, keyring.active) }
}

export function isEncryptedFile(object: Uint8Array): boolean {
  return Buffer.from(object.subarray(0, ENCRYPTED_FILE_MAGIC.length)).equals(ENCRYPTED_FILE_MAGIC)
}

/** The original bytes; throws when the object, its key or its tag do not match (tampering, wrong key). */
export function decryptFile(object: Buffer, wrapped: WrappedKey, keyring: Keyring): Buffer {
  const head = ENCRYPTED_FILE_MAGIC.length
  if (!isEncryptedFile(object) || object.length < head + IV_BYTES + TAG_BYTES) {
    throw new KeyringError('the stored file is not an encrypted document')
  }
  return open(
    unwrap(wrapped, keyring),
    object.subarray(head, head + IV_BYTES),
    object.subarray(head + IV_BYTES, object.length - TAG_BYTES),
    object.subarray(object.length - TAG_BYTES),
    ENCRYPTED_FILE_MAGIC,
  )
}

/** A short secret (an ID number) as one database string: enc1.<key id>.<wrapped key>.<iv|ciphertext|tag>. */
export function encryptText(plain: string, keyring: Keyring): string {
  const dataKey = randomBytes(32)
  const { iv, body, tag } = seal(dataKey, Buffer.from(plain, 'utf8'), Buffer.from(TEXT_PREFIX))
  const { keyId, wrappedKey } = wrap(dataKey, keyring.active)
  return [TEXT_PREFIX, keyId, wrappedKey, Buffer.concat([iv, body, tag]).toString('base64')].join('.')
}

export function isEncryptedText(value: unknown): value is string {
  return typeof value === 'string' && /^enc1\.[A-Za-z0-9_-]{1,32}\.[A-Za-z0-9+/=]+\.[A-Za-z0-9+/=]+$/.test(value)
}

export function decryptText(value: string, keyring: Keyring): string {
  if (!isEncryptedText(value)) throw new KeyringError('not an encrypted value')
  const [, keyId, wrappedKey, sealed] = value.split('.') as [string, string, string, string]
  const raw = Buffer.from(sealed, 'base64')
  const plain = open(
    unwrap({ keyId, wrappedKey }, keyring),
    raw.subarray(0, IV_BYTES),
    raw.subarray(IV_BYTES, raw.length - TAG_BYTES),
    raw.subarray(raw.length - TAG_BYTES),
    Buffer.from(TEXT_PREFIX),
  )
  return plain.toString('utf8')
}

/** The value with its data key re-wrapped by the active KEK; the ciphertext itself does not change. */
export function rewrapText(value: string, keyring: Keyring): string {
  const [prefix, keyId, wrappedKey, sealed] = value.split('.') as [string, string, string, string]
  const moved = rewrap({ keyId, wrappedKey }, keyring)
  return [prefix, moved.keyId, moved.wrappedKey, sealed].join('.')
}
