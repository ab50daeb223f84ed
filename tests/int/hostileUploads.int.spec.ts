import { zlibSync } from 'fflate'
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createCustomerDocument } from '@/app/(frontend)/[locale]/account/_lib/createCustomerDocument'
import { documentsDir, readDocumentFile } from '@/collections/Documents/fileStore'
import type { Customer } from '@/payload-types'
import { isEncryptedFile } from '@/security/envelope'
import { PDF_MINIMAL, PNG_1X1, type World } from '../helpers/fixtures'
import { rest } from '../helpers/rest'
import { freshWorld } from '../helpers/world'

/**
 * Files an attacker would send to the documents collection, over REST (where no storefront form
 * checks anything first) and through the portal's upload step. None may be stored: no row, no file
 * on disk. Good files are stored encrypted, under a name of ours whatever name they came with.
 */
function upload(bytes: Buffer, name: string, type: string) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify({ type: 'identity' }))
  return form
}

const b = (...parts: (string | number[] | Uint8Array)[]) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))))
const pdfWith = (middle: string) => b(`%PDF-1.4\n${middle}\n%%EOF\n`)
const jpeg = (...middle: (string | number[] | Uint8Array)[]) => b([0xff, 0xd8, 0xff, 0xe0], ...middle, [0xff, 0xd9])
const MZ = b(
  'MZ',
  [0x90, 0, 3, 0, 0, 0, 4, 0],
  Buffer.alloc(52),
  [0x80, 0, 0, 0],
  'This program cannot be run in DOS mode.',
)
const ELF = b([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0], Buffer.alloc(248))
const HTML = '<!doctype html><html><body><script>fetch("/api/users/me")</script></body></html>'
/** A PNG chunk: length, type, data (CRC left zero: no check here cares, a browser would). */
const chunk = (type: string, data: string) => {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  return b(length, type, data, [0, 0, 0, 0])
}
const pngWithText = Buffer.concat([
  PNG_1X1.subarray(0, 33),
  chunk('tEXt', 'Comment\0<script>alert(1)</script>'),
  PNG_1X1.subarray(33),
])

const HOSTILE: [string, Buffer, string, string][] = [
  ['zero bytes', Buffer.alloc(0), 'empty.pdf', 'application/pdf'],
  ['one byte', b('%'), 'id.pdf', 'application/pdf'],
  [
    'over 10 MB by one byte, a PDF by its ends',
    b(pdfWith(''), Buffer.alloc(10 * 1024 * 1024 + 1 - pdfWith('').length, 0x20)),
    'big.pdf',
    'application/pdf',
  ],
  ['an HTML page renamed .pdf', b(HTML), 'id.pdf', 'application/pdf'],
  ['a PDF/HTML polyglot', pdfWith('<html><script>alert(document.cookie)</script></html>'), 'id.pdf', 'application/pdf'],
  ['a PDF carrying a javascript: link', pdfWith('<< /URI (javascript:alert(1)) >>'), 'id.pdf', 'application/pdf'],
  [
    'a PDF with a JavaScript open action',
    pdfWith('1 0 obj<</Type/Catalog/OpenAction<</S/JavaScript/JS(app.alert(1))>>>>endobj'),
    'id.pdf',
    'application/pdf',
  ],
  [
    'a PDF launching a program',
    pdfWith('1 0 obj<</OpenAction<</S/Launch/F(cmd.exe)>>>>endobj'),
    'id.pdf',
    'application/pdf',
  ],
  [
    'a PDF carrying an attached file',
    pdfWith('1 0 obj<</Type/EmbeddedFile/Length 3>>stream\nMZ\nendstream endobj'),
    'id.pdf',
    'application/pdf',
  ],
  [
    'a PDF hiding JavaScript as #xx escapes',
    pdfWith('1 0 obj<</S/J#61vaScr#69pt/J#53(x)>>endobj'),
    'id.pdf',
    'application/pdf',
  ],
  [
    'a PDF hiding JavaScript in a compressed object stream',
    b(
      '%PDF-1.5\n1 0 obj<</Type/ObjStm/Filter/FlateDecode>>stream\n',
      zlibSync(b('<</S/JavaScript/JS(x)>>')),
      '\nendstream endobj\n%%EOF\n',
    ),
    'id.pdf',
    'application/pdf',
  ],
  [
    'an SVG with a script, named .png',
    b('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    'scan.png',
    'image/png',
  ],
  ['an SVG named .svg', b('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), 'scan.svg', 'image/svg+xml'],
  ['an HTML page as itself', b(HTML), 'page.html', 'text/html'],
  [
    'an XHTML page',
    b('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><script>1</script></html>'),
    'page.xhtml',
    'application/xhtml+xml',
  ],
  [
    'an XML file named .jpg',
    b('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><script>1</script></html>'),
    'x.jpg',
    'image/jpeg',
  ],
  ['a PNG cut short', PNG_1X1.subarray(0, 20), 'scan.png', 'image/png'],
  ['a PNG with an HTML tail', b(PNG_1X1, '<script>alert(1)</script>'), 'scan.png', 'image/png'],
  ['a PNG with a script in a text chunk', pngWithText, 'scan.png', 'image/png'],
  [
    'a JPEG/HTML polyglot (script in a comment segment)',
    jpeg([0xff, 0xfe, 0, 40], '<html><script>alert(1)</script></html>'),
    'photo.jpg',
    'image/jpeg',
  ],
  ['a JPEG with an SVG onload', jpeg('<svg/onload=alert(1)>'), 'photo.jpg', 'image/jpeg'],
  ['a JPEG cut short', b([0xff, 0xd8, 0xff, 0xe0], 'JFIF', Buffer.alloc(64)), 'photo.jpg', 'image/jpeg'],
  ['a WebP whose header lies about its length', b('RIFF', [0xff, 0, 0, 0], 'WEBPVP8 '), 'x.webp', 'image/webp'],
  ['a WebP cut short', b('RIFF', [100, 0, 0, 0], 'WEBPVP8 ', Buffer.alloc(20)), 'x.webp', 'image/webp'],
  ['a Windows executable renamed .jpg', MZ, 'photo.jpg', 'image/jpeg'],
  ['a Windows executable renamed .pdf', MZ, 'id.pdf', 'application/pdf'],
  ['an ELF binary renamed .pdf', ELF, 'id.pdf', 'application/pdf'],
  ['an ELF binary renamed .png', ELF, 'scan.png', 'image/png'],
  ['a shell script named .pdf', b('#!/bin/sh\nrm -rf /\n'), 'id.pdf', 'application/pdf'],
  ['a Python script named .jpg', b('#!/usr/bin/env python3\nimport os\nos.system("id")\n'), 'photo.jpg', 'image/jpeg'],
  ['a PDF without its end', b('%PDF-1.4\n1 0 obj<<>>endobj\n'), 'id.pdf', 'application/pdf'],
  ['a GIF named .jpg', b('GIF89a', [1, 0, 1, 0, 0, 0, 0], ';'), 'photo.jpg', 'image/jpeg'],
  [
    'a ZIP (an Office file) named .pdf',
    b('PK', [3, 4], Buffer.alloc(26), '[Content_Types].xml'),
    'id.pdf',
    'application/pdf',
  ],
  ['a BMP named .png', b('BM', Buffer.alloc(60)), 'scan.png', 'image/png'],
  ['an executable under a traversal name', ELF, '../../etc/passwd.pdf', 'application/pdf'],
  ['an HTML page under a Windows traversal name', b(HTML), '..\\..\\x.pdf', 'application/pdf'],
  ['an HTML page whose name hides .html behind a NUL', b(HTML), 'id.pdf\0.html', 'application/pdf'],
  ['an HTML page whose name hides .html behind an escaped NUL', b(HTML), 'id.pdf%00.html', 'application/pdf'],
  ['a script under a 300-character name', b('#!/bin/sh\nid\n'), `${'a'.repeat(300)}.pdf`, 'application/pdf'],
  ['an executable with a double extension', MZ, 'scan.pdf.exe', 'application/x-msdownload'],
  ['an HTML page with a double extension and its true type', b(HTML), 'photo.jpg.html', 'text/html'],
]

const JPEG = jpeg('JFIF', Buffer.alloc(16))
const WEBP = b('RIFF', [12, 0, 0, 0], 'WEBPVP8 ', [0, 0, 0, 0])
const GOOD: [string, Buffer, string][] = [
  ['pdf', PDF_MINIMAL, 'application/pdf'],
  ['jpg', JPEG, 'image/jpeg'],
  ['png', PNG_1X1, 'image/png'],
  ['webp', WEBP, 'image/webp'],
]

/** Every file under the documents folder, set-aside ones included. */
async function storedFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return []
  return (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
}

describe('hostile uploads', () => {
  let payload: Payload
  let world: World
  let customer: Customer & { collection: 'customers' }
  let dir: string
  beforeAll(async () => {
    ;({ payload, world } = await freshWorld())
    customer = { ...world.a.user, collection: 'customers' }
    dir = documentsDir(payload)
  })

  it('has at least 30 distinct hostile files', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(30)
    expect(new Set(HOSTILE.map(([, bytes, name]) => `${bytes.toString('base64')}|${name}`)).size).toBe(HOSTILE.length)
  })

  it.each(HOSTILE)('refuses %s over REST and stores nothing', async (_what, bytes, name, type) => {
    const [rows, files] = [(await payload.count({ collection: 'documents' })).totalDocs, await storedFiles(dir)]
    const response = await rest('POST', '/api/documents', { token: world.a.token, body: upload(bytes, name, type) })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    expect((await payload.count({ collection: 'documents' })).totalDocs).toBe(rows)
    expect(await storedFiles(dir)).toEqual(files)
  })

  it.each(HOSTILE)('refuses %s through the portal upload and stores nothing', async (_what, bytes, name) => {
    const [rows, files] = [(await payload.count({ collection: 'documents' })).totalDocs, await storedFiles(dir)]
    // The portal's step after reading the form: null when the bytes are no type we take, else Payload's refusal.
    const outcome = await createCustomerDocument(payload, customer, 'identity', new Uint8Array(bytes), name).then(
      (doc) => ({ doc, status: doc ? 201 : 400 }),
      (error: { status?: number }) => ({ doc: null, status: error.status ?? 500 }),
    )
    expect(outcome.doc).toBeNull()
    expect(outcome.status).toBe(400)
    expect((await payload.count({ collection: 'documents' })).totalDocs).toBe(rows)
    expect(await storedFiles(dir)).toEqual(files)
  })

  it.each(GOOD)('stores a real %s, encrypted, over REST and through the portal', async (ext, bytes, type) => {
    const viaRest = await rest('POST', '/api/documents', {
      token: world.a.token,
      body: upload(bytes, `scan.${ext}`, type),
    })
    expect(viaRest.status).toBe(201)
    const viaPortal = await createCustomerDocument(payload, customer, 'identity', new Uint8Array(bytes), `scan.${ext}`)
    for (const doc of [viaRest.body.doc, viaPortal]) {
      expect(doc.filename).toMatch(new RegExp(`^[\\w-]+\\.${ext}$`))
      expect(doc.mimeType).toBe(type)
      const onDisk = await readFile(path.join(dir, doc.filename))
      expect(isEncryptedFile(onDisk)).toBe(true)
      expect(onDisk.includes(bytes.subarray(0, 8))).toBe(false)
      expect((await readDocumentFile(payload, doc)).equals(bytes)).toBe(true)
    }
  })

  it('stores a real PDF sent under a hostile name or a false type under a name of ours, inside its folder', async () => {
    const names: [string, string][] = [
      ['passport.html', 'text/html'],
      ['../../etc/passwd', 'application/octet-stream'],
      ['../../etc/passwd.pdf', 'application/pdf'],
      ['..\\..\\windows\\win.ini.pdf', 'application/pdf'],
      ['id.pdf\0.html', 'application/pdf'],
      ['id.pdf%00.html', 'application/pdf'],
      [`${'b'.repeat(300)}.pdf`, 'application/pdf'],
      ['scan.pdf.exe', 'application/x-msdownload'],
      ['scan.png', 'image/png'],
    ]
    for (const [name, type] of names) {
      // Over REST a raw NUL breaks the multipart body itself (see above): the portal gets the name as is.
      for (const via of name.includes('\0') ? (['portal'] as const) : (['rest', 'portal'] as const)) {
        const doc =
          via === 'rest'
            ? (await rest('POST', '/api/documents', { token: world.a.token, body: upload(PDF_MINIMAL, name, type) }))
                .body.doc
            : await createCustomerDocument(payload, customer, 'identity', new Uint8Array(PDF_MINIMAL), name)
        expect(doc?.filename, `${via} ${name}`).toMatch(/^[\w-]{1,90}\.pdf$/)
        expect(doc.mimeType).toBe('application/pdf')
        expect(doc.filesize).toBe(PDF_MINIMAL.length)
        expect(existsSync(path.join(dir, doc.filename))).toBe(true)
      }
    }
    expect(existsSync(path.resolve(dir, '../../etc/passwd.pdf'))).toBe(false)
    expect(existsSync(path.resolve(dir, '../../etc/passwd'))).toBe(false)
    // Files stay in the folder itself; `.deleted/` holds files of deleted documents until they are removed.
    const escaped = (await storedFiles(dir)).filter(
      (file) => !['', '.deleted'].includes(path.relative(dir, path.dirname(file))),
    )
    expect(escaped).toEqual([])
  })

  it('refuses a file over 10 MB with the reason on the file field', async () => {
    const big = b(pdfWith(''), Buffer.alloc(10 * 1024 * 1024, 0x20), '%%EOF\n')
    const response = await rest('POST', '/api/documents', {
      token: world.a.token,
      body: upload(big, 'big.pdf', 'application/pdf'),
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors).toEqual([{ path: 'file', message: 'The file is larger than 10 MB.' }])
  })
})
