import { DOCUMENT_MIME_TYPES } from '@/domain/documentFiles'

export { DOCUMENT_MAX_BYTES } from '@/domain/documentFiles'
export const DOCUMENT_ACCEPT = DOCUMENT_MIME_TYPES.join(',')

const SIGNATURES: { mime: string; ext: string; test: (bytes: Uint8Array) => boolean }[] = [
  { mime: 'application/pdf', ext: 'pdf', test: (b) => ascii(b, 0, 5) === '%PDF-' },
  {
    mime: 'image/png',
    ext: 'png',
    test: (b) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((byte, i) => b[i] === byte),
  },
  { mime: 'image/jpeg', ext: 'jpg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { mime: 'image/webp', ext: 'webp', test: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP' },
]

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end))
}

/** The file's real type from its first bytes, whatever its name says; null when it is not one we take. */
export function sniffDocumentType(bytes: Uint8Array): { mime: string; ext: string } | null {
  const match = SIGNATURES.find((signature) => signature.test(bytes))
  return match ? { mime: match.mime, ext: match.ext } : null
}

/** A tidy file name with the extension of its real type ("scan final.PDF" stays readable, "x.html" does not survive). */
export function documentFileName(original: string, ext: string): string {
  const base = original
    .replace(/\.[^.]*$/, '')
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 80)
  return `${base || 'document'}.${ext}`
}
