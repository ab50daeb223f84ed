import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { chosenEncoding, isCachedStorefrontPage, withCompressedPages } from '@/server/compressedPages'

/** What Next.js does for a cached page (send-payload.js): ETag, 304 when it matches, else the body. */
const pages: Record<string, { html: string; cookie?: string; cacheControl?: string; cached?: boolean }> = {
  '/vehicles': { html: `<html>${'voiture '.repeat(2000)}</html>` },
  '/account': { html: '<html>mon compte</html>', cacheControl: 'private, no-store', cached: false },
  '/signed': { html: `<html>${'bonjour '.repeat(500)}</html>`, cookie: 'payload-token=abc' },
}
const seen: { url: string; acceptEncoding?: string; ifNoneMatch?: string }[] = []

function fakeNext(request: IncomingMessage, response: ServerResponse) {
  seen.push({
    url: request.url!,
    acceptEncoding: request.headers['accept-encoding'] as string | undefined,
    ifNoneMatch: request.headers['if-none-match'],
  })
  const page = pages[request.url!.split('?')[0]!]
  if (!page) {
    response.statusCode = 404
    response.setHeader('Content-Type', 'text/html')
    // Streamed, as Next.js sends a page it renders.
    response.write('<html>introuvable ')
    setTimeout(() => response.end('</html>'), 5)
    return
  }
  const etag = `"${Buffer.from(page.html).toString('base64url').slice(-12)}${page.html.length}"`
  response.setHeader('Set-Cookie', ['NEXT_LOCALE=fr; Path=/', ...(page.cookie ? [page.cookie] : [])])
  response.setHeader('Cache-Control', page.cacheControl ?? 's-maxage=3600')
  if (page.cached !== false) response.setHeader('x-nextjs-cache', 'HIT')
  response.setHeader('ETag', etag)
  if (request.headers['if-none-match'] === etag) {
    response.statusCode = 304
    response.end()
    return
  }
  response.setHeader('Content-Type', 'text/html; charset=utf-8')
  response.setHeader('Content-Length', Buffer.byteLength(page.html))
  response.end(page.html)
}

let server: Server
let base: string
beforeAll(async () => {
  server = createServer(withCompressedPages(fakeNext, (request) => !request.url!.startsWith('/api')))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

async function get(path: string, headers: Record<string, string> = {}) {
  // node's fetch would decompress: read the raw bytes.
  const { request } = await import('node:http')
  return new Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }>((resolve, reject) => {
    request(`${base}${path}`, { headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () =>
        resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }),
      )
    })
      .on('error', reject)
      .end()
  })
}

describe('compressed cached pages', () => {
  it('compresses a cached page once, then serves the kept bytes while Next.js answers 304', async () => {
    seen.length = 0
    const first = await get('/vehicles?sort=price_asc', { 'accept-encoding': 'gzip, br' })
    expect(first.status).toBe(200)
    expect(first.headers['content-encoding']).toBe('br')
    expect(brotliDecompressSync(first.body).toString()).toBe(pages['/vehicles']!.html)
    // Next.js was asked for plain bytes, with no ETag to match yet.
    expect(seen[0]).toEqual({ url: '/vehicles?sort=price_asc', acceptEncoding: undefined, ifNoneMatch: undefined })

    const second = await get('/vehicles?sort=price_asc', { 'accept-encoding': 'gzip, br' })
    expect(seen[1]!.ifNoneMatch).toBe(first.headers.etag)
    expect(second.status).toBe(200)
    expect(second.body.equals(first.body)).toBe(true)
    expect(second.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(Number(second.headers['content-length'])).toBe(first.body.length)
    expect(second.headers.vary).toMatch(/Accept-Encoding/)
    // Headers still come from Next.js on each request.
    expect(second.headers['set-cookie']).toEqual(['NEXT_LOCALE=fr; Path=/'])
  })

  it('replaces the kept bytes when the page changes (a new ETag)', async () => {
    await get('/vehicles?make=BMW', { 'accept-encoding': 'gzip' })
    const before = pages['/vehicles']!.html
    pages['/vehicles']!.html = `<html>${'camion '.repeat(2000)}</html>`
    try {
      const after = await get('/vehicles?make=BMW', { 'accept-encoding': 'gzip' })
      expect(after.headers['content-encoding']).toBe('gzip')
      expect(gunzipSync(after.body).toString()).toBe(pages['/vehicles']!.html)
    } finally {
      pages['/vehicles']!.html = before
    }
  })

  it('never keeps a personal response: private cache control or a session cookie', async () => {
    seen.length = 0
    for (const path of ['/account', '/account', '/signed', '/signed']) {
      const response = await get(path, { 'accept-encoding': 'gzip' })
      expect(gunzipSync(response.body).toString()).toBe(pages[path]!.html)
    }
    expect(seen.map(({ ifNoneMatch }) => ifNoneMatch)).toEqual([undefined, undefined, undefined, undefined])
  })

  it('compresses a page Next.js streams (a 404) whole', async () => {
    const response = await get('/nowhere', { 'accept-encoding': 'br;q=0, gzip' })
    expect(response.status).toBe(404)
    expect(response.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(response.body).toString()).toBe('<html>introuvable </html>')
  })

  it("leaves alone what it may not cache, and a client's own conditional request", async () => {
    seen.length = 0
    const plain = await get('/vehicles')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString()).toBe(pages['/vehicles']!.html)
    await get('/api/vehicles', { 'accept-encoding': 'gzip' })
    expect(seen[1]!.acceptEncoding).toBe('gzip')
    const etag = (await get('/vehicles?sort=price_asc', { 'accept-encoding': 'gzip' })).headers.etag!
    const conditional = await get('/vehicles?sort=price_asc', { 'accept-encoding': 'gzip', 'if-none-match': etag })
    expect(conditional.status).toBe(304)
    expect(conditional.body.length).toBe(0)
  })
})

describe('choosing an encoding and a cacheable request', () => {
  it('prefers brotli, honours q=0, and answers null when neither is accepted', () => {
    expect(chosenEncoding('gzip, deflate, br')).toBe('br')
    expect(chosenEncoding('br;q=0, gzip')).toBe('gzip')
    expect(chosenEncoding('identity')).toBeNull()
    expect(chosenEncoding(undefined)).toBeNull()
    expect(chosenEncoding('*')).toBe('br')
  })

  const request = (url: string, headers: Record<string, string> = {}) => ({ url, headers }) as IncomingMessage
  it('takes storefront pages only: not the portal, APIs, files, RSC navigations or draft mode', () => {
    expect(isCachedStorefrontPage(request('/vehicles?fuel=diesel'))).toBe(true)
    expect(isCachedStorefrontPage(request('/en/vehicles/bmw-x5'))).toBe(true)
    expect(isCachedStorefrontPage(request('/account'))).toBe(false)
    expect(isCachedStorefrontPage(request('/en/quote'))).toBe(false)
    expect(isCachedStorefrontPage(request('/api/vehicles'))).toBe(false)
    expect(isCachedStorefrontPage(request('/admin'))).toBe(false)
    expect(isCachedStorefrontPage(request('/_next/static/chunks/a.js'))).toBe(false)
    expect(isCachedStorefrontPage(request('/robots.txt'))).toBe(false)
    expect(isCachedStorefrontPage(request('/vehicles', { rsc: '1' }))).toBe(false)
    expect(isCachedStorefrontPage(request('/about', { cookie: 'a=1; __prerender_bypass=x' }))).toBe(false)
  })
})
