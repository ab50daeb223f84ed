import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { PDF_MINIMAL, PNG_1X1, type World } from '../helpers/fixtures'
import { rest } from '../helpers/rest'
import { freshWorld } from '../helpers/world'

/**
 * Files an attacker would send to the documents collection over REST, where no storefront form
 * checks anything first. None may be stored; a good file under a bad name is stored under ours.
 */
function upload(bytes: Buffer, name: string, type: string) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify({ type: 'identity' }))
  return form
}

const pdfWith = (middle: string) => Buffer.from(`%PDF-1.4\n${middle}\n%%EOF\n`)
const HOSTILE: [string, Buffer, string, string][] = [
  ['zero bytes', Buffer.alloc(0), 'empty.pdf', 'application/pdf'],
  [
    'over 10 MB, a PDF by its ends',
    Buffer.concat([pdfWith(''), Buffer.alloc(10 * 1024 * 1024 + 1, 0x20), Buffer.from('%%EOF\n')]),
    'big.pdf',
    'application/pdf',
  ],
  [
    'an HTML page renamed .pdf',
    Buffer.from('<!doctype html><html><body>hi</body></html>'),
    'id.pdf',
    'application/pdf',
  ],
  ['a PDF/HTML polyglot', pdfWith('<html><script>alert(document.cookie)</script></html>'), 'id.pdf', 'application/pdf'],
  ['a PDF carrying a javascript: link', pdfWith('<< /URI (javascript:alert(1)) >>'), 'id.pdf', 'application/pdf'],
  [
    'an SVG with a script, named .png',
    Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    'scan.png',
    'image/png',
  ],
  ['a PNG cut short', PNG_1X1.subarray(0, 20), 'scan.png', 'image/png'],
  [
    'a PNG with an HTML tail',
    Buffer.concat([PNG_1X1, Buffer.from('<script>alert(1)</script>')]),
    'scan.png',
    'image/png',
  ],
  [
    'a Windows executable renamed .jpg',
    Buffer.concat([Buffer.from('MZ'), Buffer.alloc(512, 0x90)]),
    'photo.jpg',
    'image/jpeg',
  ],
  [
    'an ELF binary renamed .pdf',
    Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.alloc(256)]),
    'id.pdf',
    'application/pdf',
  ],
  ['a shell script', Buffer.from('#!/bin/sh\nrm -rf /\n'), 'id.pdf', 'application/pdf'],
  ['a PDF without its end', Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\n'), 'id.pdf', 'application/pdf'],
  [
    'a WebP whose header lies about its length',
    Buffer.concat([Buffer.from('RIFF'), Buffer.from([0xff, 0, 0, 0]), Buffer.from('WEBPVP8 ')]),
    'x.webp',
    'image/webp',
  ],
  [
    'an XML file named .jpg',
    Buffer.from('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><script>1</script></html>'),
    'x.jpg',
    'image/jpeg',
  ],
]

describe('hostile uploads over REST', () => {
  let payload: Payload
  let world: World
  beforeAll(async () => ({ payload, world } = await freshWorld()))

  it.each(HOSTILE)('refuses %s and stores nothing', async (_what, bytes, name, type) => {
    const before = (await payload.count({ collection: 'documents' })).totalDocs
    const response = await rest('POST', '/api/documents', { token: world.a.token, body: upload(bytes, name, type) })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    expect((await payload.count({ collection: 'documents' })).totalDocs).toBe(before)
  })

  it('stores a real PDF sent under an HTML name, a traversal name or a false type, under a name of ours', async () => {
    for (const [name, type] of [
      ['passport.html', 'text/html'],
      ['../../etc/passwd', 'application/octet-stream'],
      ['scan.png', 'image/png'],
    ]) {
      const response = await rest('POST', '/api/documents', {
        token: world.a.token,
        body: upload(PDF_MINIMAL, name!, type!),
      })
      expect(response.status, name).toBe(201)
      const stored = await payload.findByID({ collection: 'documents', id: response.body.doc.id, depth: 0 })
      expect(stored.mimeType).toBe('application/pdf')
      expect(stored.filename).toMatch(/^[\w-]+\.pdf$/)
      expect(stored.filesize).toBe(PDF_MINIMAL.length)
    }
  })

  it('refuses a file over 10 MB with the reason on the file field', async () => {
    const big = Buffer.concat([pdfWith(''), Buffer.alloc(10 * 1024 * 1024, 0x20), Buffer.from('%%EOF\n')])
    const response = await rest('POST', '/api/documents', {
      token: world.a.token,
      body: upload(big, 'big.pdf', 'application/pdf'),
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors).toEqual([{ path: 'file', message: 'The file is larger than 10 MB.' }])
  })
})
