import { Unzlib } from 'fflate'

/**
 * What an identity document may be, judged from its bytes alone (never from its name or the type
 * the browser claims). The collection's hook applies it to every upload path (REST, GraphQL, the
 * portal's server action), so the rules cannot differ between them.
 */
export const DOCUMENT_MAX_BYTES = 10 * 1024 * 1024
export const DOCUMENT_MIME_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'] as const

type Kind = { mime: (typeof DOCUMENT_MIME_TYPES)[number]; ext: string }

const ascii = (bytes: Uint8Array, start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end))
const tail = (bytes: Uint8Array, length: number) => ascii(bytes, Math.max(0, bytes.length - length), bytes.length)

/** Each type's signature, and the mark a complete file of that type ends with. */
const KINDS: (Kind & { starts: (b: Uint8Array) => boolean; complete: (b: Uint8Array) => boolean })[] = [
  {
    mime: 'application/pdf',
    ext: 'pdf',
    starts: (b) => ascii(b, 0, 5) === '%PDF-',
    complete: (b) => tail(b, 1024).includes('%%EOF'),
  },
  {
    mime: 'image/png',
    ext: 'png',
    starts: (b) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((byte, i) => b[i] === byte),
    complete: (b) => tail(b, 16).includes('IEND'),
  },
  {
    mime: 'image/jpeg',
    ext: 'jpg',
    starts: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
    complete: (b) => tail(b, 1024).includes('\xff\xd9'),
  },
  {
    mime: 'image/webp',
    ext: 'webp',
    starts: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP',
    // The RIFF header states the file's length: a truncated or padded file is not the image it claims.
    complete: (b) => b.length >= 12 && (b[4]! | (b[5]! << 8) | (b[6]! << 16)) + b[7]! * 2 ** 24 + 8 === b.length,
  },
]

/** Markup a browser would run if the file were ever served as HTML or SVG: a polyglot's other half. */
const MARKUP = /<(?:!doctype\s+html|html|head|body|script|iframe|svg|object|embed)[\s>/]|javascript:/i

/**
 * What makes a PDF do something when opened: scripts, launching a program, carrying other files,
 * Flash/3D content, sending form data out. A scan of a passport or a bill needs none of them, and a
 * reader acting on them is how a PDF attacks the staff member reviewing it. Names may hide letters
 * as #xx escapes (`/J#61vaScript`): they are decoded before looking.
 */
const PDF_ACTIVE = /\/(?:JavaScript|JS|Launch|EmbeddedFiles?|RichMedia|SubmitForm|ImportData|GoToE)(?![A-Za-z])/

function pdfNamesDecoded(text: string): string {
  return text.replace(/\/[^\s/<>[\]()%]+/g, (name) =>
    name.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
  )
}

/** Inflated PDF streams, for the check above: a compressed object stream can hold the actions too. */
const INFLATE_LIMIT = 4 * DOCUMENT_MAX_BYTES

function pdfStreamsInflated(text: string): string {
  const out: string[] = []
  let total = 0
  for (const match of text.matchAll(/stream\r?\n([\s\S]*?)endstream/g)) {
    const raw = Uint8Array.from(match[1]!, (char) => char.charCodeAt(0))
    try {
      const inflate = new Unzlib((chunk) => {
        total += chunk.length
        // A zip bomb is refused as active content rather than inflated without end.
        if (total > INFLATE_LIMIT) throw new RangeError('too large')
        out.push(new TextDecoder('latin1').decode(chunk))
      })
      inflate.push(raw, true)
    } catch (error) {
      if (error instanceof RangeError) return '/JavaScript'
      // Not a Flate stream (an image's DCT data…): nothing to read in it.
    }
  }
  return out.join('\n')
}

/** The file's real type from its first bytes; null when it is not one we take. */
export function sniffDocumentType(bytes: Uint8Array): Kind | null {
  const kind = KINDS.find((candidate) => candidate.starts(bytes))
  return kind ? { mime: kind.mime, ext: kind.ext } : null
}

export type DocumentFileCheck =
  | { ok: true; mime: Kind['mime']; ext: string }
  | { ok: false; reason: 'empty' | 'tooLarge' | 'type' | 'incomplete' | 'markup' | 'active' }

export function checkDocumentFile(bytes: Uint8Array): DocumentFileCheck {
  if (bytes.length === 0) return { ok: false, reason: 'empty' }
  if (bytes.length > DOCUMENT_MAX_BYTES) return { ok: false, reason: 'tooLarge' }
  const kind = KINDS.find((candidate) => candidate.starts(bytes))
  if (!kind) return { ok: false, reason: 'type' }
  if (!kind.complete(bytes)) return { ok: false, reason: 'incomplete' }
  // latin1 keeps one character per byte, so markup is found wherever it sits in the file.
  const text = new TextDecoder('latin1').decode(bytes)
  if (MARKUP.test(text)) return { ok: false, reason: 'markup' }
  if (kind.mime === 'application/pdf') {
    const inflated = pdfStreamsInflated(text)
    if (MARKUP.test(inflated)) return { ok: false, reason: 'markup' }
    if (PDF_ACTIVE.test(pdfNamesDecoded(text)) || PDF_ACTIVE.test(pdfNamesDecoded(inflated))) {
      return { ok: false, reason: 'active' }
    }
  }
  return { ok: true, mime: kind.mime, ext: kind.ext }
}

export const DOCUMENT_FILE_MESSAGES: Record<Exclude<DocumentFileCheck, { ok: true }>['reason'], string> = {
  empty: 'The file is empty.',
  tooLarge: 'The file is larger than 10 MB.',
  type: 'Send a PDF, JPEG, PNG or WebP file.',
  incomplete: 'The file is incomplete or damaged: send it again.',
  markup: 'The file contains web page code and cannot be accepted.',
  active: 'The PDF contains scripts, actions or attached files and cannot be accepted: send a plain scan.',
}

/** Our own name for a stored file: readable, with the extension of its real type ("x.html" does not survive). */
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
