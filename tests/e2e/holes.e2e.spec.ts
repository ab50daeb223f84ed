import { expect, test, type APIRequestContext } from '@playwright/test'

import { PDF_MINIMAL, PNG_1X1 } from '../helpers/files'
import { DEMO_PASSWORD } from './helpers'

/**
 * The holes found when the running app was probed as an attacker would, re-tried over HTTP against
 * the built server: each must stay shut, and the success case next to it must still work.
 * (Rate limits and sign-in throttling: security.e2e.spec.ts; the CSP: privacy.e2e.spec.ts.)
 */

const CUSTOMER = 'client2@autoport.test'
// The runner is the trusted proxy on loopback (playwright.config.ts): each test speaks for its own address.
const from = () => ({ 'x-forwarded-for': `198.51.100.${Math.floor(Math.random() * 250) + 1}` })

async function signIn(request: APIRequestContext, password = DEMO_PASSWORD) {
  const response = await request.post('/api/customers/login', {
    data: { email: CUSTOMER, password },
    headers: from(),
  })
  return { status: response.status(), body: (await response.json()) as { token?: string; user?: { id: string } } }
}

async function customerApi(request: APIRequestContext) {
  const login = await signIn(request)
  expect(login.status).toBe(200)
  const headers = { authorization: `JWT ${login.body.token}`, ...from() }
  return { id: login.body.user!.id, headers }
}

const upload = (buffer: Buffer, name: string, mimeType: string) => ({
  file: { name, mimeType, buffer },
  _payload: JSON.stringify({ type: 'identity' }),
})

test('a customer cannot rewrite their address, verified flag or password over REST', async ({ request }) => {
  const { id, headers } = await customerApi(request)
  const attempts: [Record<string, unknown>, string][] = [
    [{ email: 'attacker@example.test' }, 'email'],
    [{ _verified: false }, '_verified'],
    [{ password: 'taken-over-2026' }, 'password'],
  ]
  for (const [data, field] of attempts) {
    const response = await request.patch(`/api/customers/${id}`, { data, headers })
    expect(response.status(), field).toBe(400)
    const body = (await response.json()) as { errors: { data?: { errors?: { path: string }[] } }[] }
    expect(body.errors[0]!.data?.errors?.map((error) => error.path)).toContain(field)
  }
  const me = await request.get('/api/customers/me', { headers })
  const { user } = (await me.json()) as { user: { email: string; _verified: boolean; firstName: string } }
  expect(user).toMatchObject({ email: CUSTOMER, _verified: true })
  // The password did not change: the old one still signs in, the attacker's does not.
  expect((await signIn(request)).status).toBe(200)
  expect((await signIn(request, 'taken-over-2026')).status).toBe(401)
  // What a customer may change still goes through (written back as it was: other specs use this account).
  const allowed = await request.patch(`/api/customers/${id}`, { data: { firstName: user.firstName }, headers })
  expect(allowed.status()).toBe(200)
})

test('uploads over REST are judged from their bytes and stored under our name', async ({ request }) => {
  const { headers } = await customerApi(request)
  const pdfTail = Buffer.from('\n%%EOF\n')
  const refused: [string, Buffer, string, string][] = [
    [
      'a 12 MB PDF',
      Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(12 * 1024 * 1024, 0x20), pdfTail]),
      'big.pdf',
      'application/pdf',
    ],
    ['an HTML page named like an image', Buffer.from('<html><script>alert(1)</script></html>'), 'x.png', 'image/png'],
    [
      'a PDF/HTML polyglot',
      Buffer.concat([Buffer.from('%PDF-1.4\n<html><body><script>alert(1)</script></body></html>'), pdfTail]),
      'scan.pdf',
      'application/pdf',
    ],
    ['an empty file', Buffer.alloc(0), 'empty.pdf', 'application/pdf'],
  ]
  for (const [label, buffer, name, type] of refused) {
    const response = await request.post('/api/documents', { multipart: upload(buffer, name, type), headers })
    expect(response.status(), label).toBe(400)
    const body = (await response.json()) as { errors: { data?: { errors?: { path: string }[] } }[] }
    expect(body.errors[0]!.data?.errors?.[0]?.path, label).toBe('file')
  }

  // A real PDF sent as "x.html" is kept, as a PDF under a name of ours.
  const created = await request.post('/api/documents', {
    multipart: upload(PDF_MINIMAL, 'x.html', 'text/html'),
    headers,
  })
  expect(created.status()).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: string; filename: string; mimeType: string } }
  expect(doc.filename).toMatch(/^x(-\d+)?\.pdf$/)
  expect(doc.mimeType).toBe('application/pdf')

  // Its file comes back as the bytes sent, never cached, never sniffed, as an attachment.
  const file = await request.get(`/api/documents/file/${doc.filename}`, { headers })
  expect(file.status()).toBe(200)
  expect(Buffer.from(await file.body()).equals(PDF_MINIMAL)).toBe(true)
  expect(file.headers()['cache-control']).toContain('no-store')
  expect(file.headers()['x-content-type-options']).toBe('nosniff')
  expect(file.headers()['content-type']).toBe('application/pdf')
  expect(file.headers()['content-disposition']).toMatch(/^attachment/)
  // Someone else cannot have it.
  expect([401, 403, 404]).toContain(
    (await request.get(`/api/documents/file/${doc.filename}`, { headers: from() })).status(),
  )

  // Withdrawn again while pending, so the demo customer's documents stay as seeded.
  expect((await request.delete(`/api/documents/${doc.id}`, { headers })).status()).toBe(200)
  // An image is fine too.
  const image = await request.post('/api/documents', { multipart: upload(PNG_1X1, 'id.png', 'image/png'), headers })
  expect(image.status()).toBe(201)
  const { doc: png } = (await image.json()) as { doc: { id: string } }
  expect((await request.delete(`/api/documents/${png.id}`, { headers })).status()).toBe(200)
})

test('answers holding personal data are never stored by a cache', async ({ request }) => {
  const { headers } = await customerApi(request)
  for (const path of ['/api/customers/me', '/api/documents', '/api/orders', '/api/quotes']) {
    const response = await request.get(path, { headers })
    expect(response.status(), path).toBe(200)
    expect(response.headers()['cache-control'], path).toContain('no-store')
  }
})

test('preview links only lead within the site', async ({ request, baseURL }) => {
  for (const path of ['/%5Cevil.example', '//evil.example', '/%2F%2Fevil.example', 'https://evil.example/']) {
    const response = await request.get(`/next/exit-preview?path=${encodeURIComponent(path).replace(/%25/g, '%')}`, {
      maxRedirects: 0,
    })
    expect(response.status(), path).toBeGreaterThanOrEqual(300)
    expect(response.status(), path).toBeLessThan(400)
    const location = new URL(response.headers().location!, baseURL)
    expect(location.origin, path).toBe(new URL(baseURL!).origin)
  }
})
