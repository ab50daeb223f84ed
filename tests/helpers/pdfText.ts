import { inflateSync } from 'node:zlib'

import { PDFArray, PDFDocument, PDFName, PDFRawStream, type PDFRef } from 'pdf-lib'

/** WinAnsi bytes 0x80–0x9F, where it departs from Latin-1. */
const WIN_ANSI_HIGH: Record<number, string> = {
  0x80: '€',
  0x82: '‚',
  0x83: 'ƒ',
  0x84: '„',
  0x85: '…',
  0x86: '†',
  0x87: '‡',
  0x88: 'ˆ',
  0x89: '‰',
  0x8a: 'Š',
  0x8b: '‹',
  0x8c: 'Œ',
  0x8e: 'Ž',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x95: '•',
  0x96: '–',
  0x97: '—',
  0x98: '˜',
  0x99: '™',
  0x9a: 'š',
  0x9b: '›',
  0x9c: 'œ',
  0x9e: 'ž',
  0x9f: 'Ÿ',
}

const decodeWinAnsi = (bytes: number[]) =>
  bytes.map((byte) => WIN_ANSI_HIGH[byte] ?? String.fromCharCode(byte)).join('')

function hexBytes(hex: string): number[] {
  const digits = hex.replace(/\s+/g, '')
  const padded = digits.length % 2 ? `${digits}0` : digits
  const bytes: number[] = []
  for (let i = 0; i < padded.length; i += 2) bytes.push(parseInt(padded.slice(i, i + 2), 16))
  return bytes
}

const ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 }

function literalBytes(body: string): number[] {
  const bytes: number[] = []
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!
    if (char !== '\\') {
      bytes.push(char.charCodeAt(0))
      continue
    }
    const next = body[++i]!
    if (/[0-7]/.test(next)) {
      const octal = /^[0-7]{1,3}/.exec(body.slice(i))![0]
      bytes.push(parseInt(octal, 8))
      i += octal.length - 1
    } else if (next in ESCAPES) bytes.push(ESCAPES[next]!)
    else if (next !== '\n') bytes.push(next.charCodeAt(0))
  }
  return bytes
}

/** The strings a content stream shows (Tj, TJ), one entry per text operator. */
function shownStrings(content: string): string[] {
  const shown: string[] = []
  const operator =
    /(<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))\s*Tj|\[((?:\s*(?:<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\)|-?[\d.]+))*)\s*\]\s*TJ/g
  for (const match of content.matchAll(operator)) {
    const parts = match[1] ? [match[1]] : (match[2]!.match(/<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\)/g) ?? [])
    shown.push(
      parts
        .map((part) =>
          decodeWinAnsi(part.startsWith('<') ? hexBytes(part.slice(1, -1)) : literalBytes(part.slice(1, -1))),
        )
        .join(''),
    )
  }
  return shown
}

function streamText(stream: PDFRawStream): string {
  const filter = stream.dict.get(PDFName.of('Filter'))
  const bytes = filter?.toString() === '/FlateDecode' ? inflateSync(stream.contents) : Buffer.from(stream.contents)
  return Buffer.from(bytes).toString('latin1')
}

/**
 * The text of each page of a PDF written with pdf-lib and the standard fonts, one string per page
 * with one line per text operator: enough to assert what a document says, not a general PDF reader.
 */
export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes)
  return doc.getPages().map((page) => {
    const contents = page.node.get(PDFName.of('Contents'))
    const refs = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : []
    return refs
      .map((ref) => doc.context.lookup(ref as PDFRef))
      .filter((stream): stream is PDFRawStream => stream instanceof PDFRawStream)
      .flatMap((stream) => shownStrings(streamText(stream)))
      .join('\n')
  })
}

/** All the text of a PDF, pages joined. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  return (await pdfPages(bytes)).join('\n')
}
