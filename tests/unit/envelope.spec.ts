import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'

import {
  decryptFile,
  decryptText,
  defaultKeyring,
  encryptFile,
  encryptText,
  isEncryptedFile,
  isEncryptedText,
  KeyringError,
  parseKeyring,
  rewrap,
  rewrapText,
} from '@/security/envelope'
import { PDF_MINIMAL } from '../helpers/files'

const key = () => randomBytes(32).toString('base64')
const A = `a:${key()}`
const B = `b:${key()}`

describe('document keys', () => {
  it('reads `id:base64` keys, the first active', () => {
    const ring = parseKeyring(`${B}, ${A}`)
    expect(ring.active.id).toBe('b')
    expect([...ring.byId.keys()]).toEqual(['b', 'a'])
  })

  it.each([
    ['', 'lists no key'],
    ['nokey', 'must look like'],
    [`a:${randomBytes(16).toString('base64')}`, 'must be 32 bytes'],
    [`${A},${A}`, 'same key id twice'],
    [`bad id:${key()}`, 'must look like'],
    ['default', 'needs PAYLOAD_SECRET'],
  ])('refuses %j', (spec, message) => {
    expect(() => parseKeyring(spec)).toThrow(KeyringError)
    expect(() => parseKeyring(spec)).toThrow(message)
  })

  it('derives the same default key from the same secret, another from another', () => {
    const one = defaultKeyring('s'.repeat(40))
    expect(one.active.id).toBe('default')
    expect(one.active.key.equals(defaultKeyring('s'.repeat(40)).active.key)).toBe(true)
    expect(one.active.key.equals(defaultKeyring('t'.repeat(40)).active.key)).toBe(false)
    expect(parseKeyring(`${A},default`, 's'.repeat(40)).byId.get('default')!.key.equals(one.active.key)).toBe(true)
  })
})

describe('file envelope', () => {
  const ring = parseKeyring(A)

  it('stores no plain byte and gives the file back', () => {
    const sealed = encryptFile(PDF_MINIMAL, ring)
    expect(sealed.keyId).toBe('a')
    expect(isEncryptedFile(sealed.object)).toBe(true)
    expect(sealed.object.includes(Buffer.from('%PDF'))).toBe(false)
    expect(sealed.object.includes(PDF_MINIMAL.subarray(20, 40))).toBe(false)
    expect(decryptFile(sealed.object, sealed, ring).equals(PDF_MINIMAL)).toBe(true)
  })

  it('uses a new data key and IV each time', () => {
    const one = encryptFile(PDF_MINIMAL, ring)
    const two = encryptFile(PDF_MINIMAL, ring)
    expect(one.object.equals(two.object)).toBe(false)
    expect(one.wrappedKey).not.toBe(two.wrappedKey)
  })

  it('refuses a tampered file, a swapped key, an unknown key id', () => {
    const sealed = encryptFile(PDF_MINIMAL, ring)
    const tampered = Buffer.from(sealed.object)
    tampered[30] = tampered[30]! ^ 1
    expect(() => decryptFile(tampered, sealed, ring)).toThrow()
    const other = encryptFile(PDF_MINIMAL, ring)
    expect(() => decryptFile(sealed.object, other, ring)).toThrow()
    expect(() => decryptFile(sealed.object, { ...sealed, keyId: 'b' }, parseKeyring(`${B},${A}`))).toThrow()
    expect(() => decryptFile(sealed.object, sealed, parseKeyring(B))).toThrow('key "a" is not configured')
    expect(() => decryptFile(PDF_MINIMAL, sealed, ring)).toThrow('not an encrypted document')
  })

  it('rotation re-wraps the data key: the old key can go, the object stays the same', () => {
    const sealed = encryptFile(PDF_MINIMAL, ring)
    const both = parseKeyring(`${B},${A}`)
    const moved = rewrap(sealed, both)
    expect(moved.keyId).toBe('b')
    expect(decryptFile(sealed.object, moved, parseKeyring(B)).equals(PDF_MINIMAL)).toBe(true)
    expect(rewrap(moved, both)).toBe(moved)
  })
})

describe('text envelope', () => {
  it('hides an ID number and rotates it', () => {
    const ring = parseKeyring(A)
    const stored = encryptText('18AV12345', ring)
    expect(isEncryptedText(stored)).toBe(true)
    expect(stored).not.toContain('18AV12345')
    expect(decryptText(stored, ring)).toBe('18AV12345')
    const moved = rewrapText(stored, parseKeyring(`${B},${A}`))
    expect(moved.split('.')[1]).toBe('b')
    expect(decryptText(moved, parseKeyring(B))).toBe('18AV12345')
    expect(isEncryptedText('18AV12345')).toBe(false)
  })
})
