import { zlibSync } from 'fflate'
import { describe, expect, it } from 'vitest'

import { checkDocumentFile, DOCUMENT_MAX_BYTES, documentFileName } from '@/domain/documentFiles'
import { PDF_MINIMAL, PNG_1X1 } from '../helpers/files'

const bytes = (...parts: (string | number[] | Buffer)[]) =>
  new Uint8Array(
    Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part)))),
  )

describe('an identity document judged from its bytes', () => {
  it('takes complete PDF, PNG, JPEG and WebP files', () => {
    expect(checkDocumentFile(new Uint8Array(PDF_MINIMAL))).toEqual({ ok: true, mime: 'application/pdf', ext: 'pdf' })
    expect(checkDocumentFile(new Uint8Array(PNG_1X1))).toEqual({ ok: true, mime: 'image/png', ext: 'png' })
    expect(checkDocumentFile(bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF data', [0xff, 0xd9]))).toMatchObject({ ext: 'jpg' })
    const webp = bytes('RIFF', [12, 0, 0, 0], 'WEBPVP8 ', [0, 0, 0, 0])
    expect(checkDocumentFile(webp)).toMatchObject({ ok: true, ext: 'webp' })
  })

  it.each([
    ['empty', new Uint8Array(0)],
    ['tooLarge', new Uint8Array(DOCUMENT_MAX_BYTES + 1)],
    ['type', bytes('GIF89a', [0, 0])],
    ['incomplete', bytes('%PDF-1.7\n1 0 obj')],
    ['incomplete', bytes([0xff, 0xd8, 0xff, 0xe0], 'no end')],
    ['incomplete', bytes('RIFF', [99, 0, 0, 0], 'WEBPVP8 ')],
    ['markup', bytes('%PDF-1.4\n<SCRIPT>x</SCRIPT>\n%%EOF')],
    ['markup', bytes('%PDF-1.4\n<!DOCTYPE html>\n%%EOF')],
    ['markup', bytes('%PDF-1.4\n/URI (JavaScript:alert(1))\n%%EOF')],
    ['active', bytes('%PDF-1.4\n1 0 obj<</S/JavaScript/JS(app.alert(1))>>endobj\n%%EOF')],
    ['active', bytes('%PDF-1.4\n1 0 obj<</OpenAction<</S/Launch/F(cmd.exe)>>>>endobj\n%%EOF')],
    ['active', bytes('%PDF-1.4\n1 0 obj<</Names<</EmbeddedFiles 2 0 R>>>>endobj\n%%EOF')],
    ['active', bytes('%PDF-1.4\n1 0 obj<</S/J#61vaScript/J#53 (x)>>endobj\n%%EOF')],
    [
      'active',
      bytes(
        '%PDF-1.5\n1 0 obj<</Type/ObjStm/Filter/FlateDecode>>stream\n',
        Buffer.from(zlibSync(Buffer.from('<</S/JavaScript/JS(x)>>'))),
        '\nendstream\n%%EOF',
      ),
    ],
    [
      'markup',
      bytes(
        '%PDF-1.5\n1 0 obj<</Filter/FlateDecode>>stream\n',
        Buffer.from(zlibSync(Buffer.from('<html><script>x</script>'))),
        '\nendstream\n%%EOF',
      ),
    ],
  ])('refuses a file as %s', (reason, file) => {
    expect(checkDocumentFile(file)).toEqual({ ok: false, reason })
  })

  it('takes a PDF whose compressed streams hold only page content', () => {
    const page = bytes(
      '%PDF-1.5\n1 0 obj<</Filter/FlateDecode>>stream\n',
      Buffer.from(zlibSync(Buffer.from('BT /F1 12 Tf (Nom) Tj ET'))),
      '\nendstream\n%%EOF',
    )
    expect(checkDocumentFile(page)).toMatchObject({ ok: true, ext: 'pdf' })
  })

  it('names the stored file itself, with the extension of its real type', () => {
    expect(documentFileName('x.html', 'pdf')).toBe('x.pdf')
    expect(documentFileName('../../etc/passwd', 'pdf')).toBe('document.pdf')
    expect(documentFileName('Scan final.PDF', 'pdf')).toBe('Scan-final.pdf')
    expect(documentFileName('<>.png', 'png')).toBe('document.png')
  })
})
