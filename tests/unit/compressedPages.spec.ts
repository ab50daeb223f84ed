import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bumpPageGeneration } from '@/cache/pageGeneration'
import { chosenEncoding, isCachedStorefrontPage, withCompressedPages } from '@/server/compressedPages'

/** What Next.js does for a cached page with `generateEtags: false`: the body, with no ETag. */
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
  response.setHeader('Set-Cookie', ['NEXT_LOCALE=fr; Path=/', ...(page.cookie ? [page.cookie] : [])])
  response.setHeader('Cache-Control', page.cacheControl ?? 's-maxage=3600')
  if (page.cached !== false) response.setHeader('x-nextjs-cache', 'HIT')
  response.setHeader('Content-Type', 'text/html; charset=utf-8')
  response.setHeader('Content-Length', Buffer.byteLength(page.html))
  response.end(page.html)
}

let server: Server
let base: string
beforeAll(async () => {
  server = createServer(withCompressedPages(fakeNext, (request) => !request.url!.startsWith('/api'), { freshMs: 0 }))
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
  it('compresses a cached page once, then serves the kept bytes while the HTML is unchanged', async () => {
    seen.length = 0
    const first = await get('/vehicles?sort=price_asc', { 'accept-encoding': 'gzip, br' })
    expect(first.status).toBe(200)
    expect(first.headers['content-encoding']).toBe('br')
    expect(first.headers.etag).toMatch(/^"[\w-]{27}"$/)
    expect(brotliDecompressSync(first.body).toString()).toBe(pages['/vehicles']!.html)
    // Next.js was asked for plain bytes.
    expect(seen[0]).toEqual({ url: '/vehicles?sort=price_asc', acceptEncoding: undefined, ifNoneMatch: undefined })

    const second = await get('/vehicles?sort=price_asc', { 'accept-encoding': 'gzip, br' })
    expect(second.status).toBe(200)
    expect(second.headers.etag).toBe(first.headers.etag)
    // The same Buffer went out again: compressing anew would not be byte-identical in general, and
    // the kept entry is what the test below replaces.
    expect(second.body.equals(first.body)).toBe(true)
    expect(second.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(Number(second.headers['content-length'])).toBe(first.body.length)
    expect(second.headers.vary).toMatch(/Accept-Encoding/)
    // Headers still come from Next.js on each request.
    expect(second.headers['set-cookie']).toEqual(['NEXT_LOCALE=fr; Path=/'])
  })

  it('replaces the kept bytes and the ETag when the page changes', async () => {
    const old = await get('/vehicles?make=BMW', { 'accept-encoding': 'gzip' })
    const before = pages['/vehicles']!.html
    pages['/vehicles']!.html = `<html>${'camion '.repeat(2000)}</html>`
    try {
      const after = await get('/vehicles?make=BMW', { 'accept-encoding': 'gzip', 'if-none-match': old.headers.etag! })
      expect(after.status).toBe(200)
      expect(after.headers.etag).not.toBe(old.headers.etag)
      expect(after.headers['content-encoding']).toBe('gzip')
      expect(gunzipSync(after.body).toString()).toBe(pages['/vehicles']!.html)
    } finally {
      pages['/vehicles']!.html = before
    }
  })

  it('answers 304 with no body to a client that holds the current page, in any encoding', async () => {
    seen.length = 0
    const etag = (await get('/vehicles?sort=price_asc', { 'accept-encoding': 'gzip' })).headers.etag!
    const conditionals: Record<string, string>[] = [
      { 'accept-encoding': 'gzip', 'if-none-match': etag },
      { 'accept-encoding': 'br', 'if-none-match': `"other", W/${etag}` },
      { 'if-none-match': etag },
    ]
    for (const headers of conditionals) {
      const conditional = await get('/vehicles?sort=price_asc', headers)
      expect(conditional.status).toBe(304)
      expect(conditional.body.length).toBe(0)
      expect(conditional.headers.etag).toBe(etag)
      expect(conditional.headers['content-length']).toBeUndefined()
    }
    // Next.js never saw the client's conditional header: it could not have answered it.
    expect(seen.every(({ ifNoneMatch }) => ifNoneMatch === undefined)).toBe(true)
    const stale = await get('/vehicles?sort=price_asc', { 'if-none-match': '"stale"' })
    expect(stale.status).toBe(200)
    expect(stale.body.toString()).toBe(pages['/vehicles']!.html)
  })

  it('never keeps or tags a personal response: private cache control or a session cookie', async () => {
    for (const path of ['/account', '/account', '/signed', '/signed']) {
      const response = await get(path, { 'accept-encoding': 'gzip' })
      expect(gunzipSync(response.body).toString()).toBe(pages[path]!.html)
      expect(response.headers.etag).toBeUndefined()
    }
  })

  it('serves each page right when the memory bound keeps none of them', async () => {
    const tiny = createServer(withCompressedPages(fakeNext, () => true, { maxBytes: 1, freshMs: 0 }))
    await new Promise<void>((resolve) => tiny.listen(0, '127.0.0.1', resolve))
    const { port } = tiny.address() as AddressInfo
    try {
      for (const path of ['/vehicles?a', '/vehicles?b', '/vehicles?a', '/vehicles?a']) {
        const response = await fetch(`http://127.0.0.1:${port}${path}`, { headers: { 'accept-encoding': 'br' } })
        expect(await response.text()).toBe(pages['/vehicles']!.html)
      }
    } finally {
      await new Promise<void>((resolve) => tiny.close(() => resolve()))
    }
  })

  it('compresses a page Next.js streams (a 404) whole', async () => {
    const response = await get('/nowhere', { 'accept-encoding': 'br;q=0, gzip' })
    expect(response.status).toBe(404)
    expect(response.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(response.body).toString()).toBe('<html>introuvable </html>')
  })

  it('leaves alone what it may not cache, and sends plain bytes to a client that takes no encoding', async () => {
    seen.length = 0
    const plain = await get('/vehicles')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString()).toBe(pages['/vehicles']!.html)
    await get('/api/vehicles', { 'accept-encoding': 'gzip' })
    expect(seen[1]!.acceptEncoding).toBe('gzip')
  })
})

describe('a page just sent, served again without asking Next.js', () => {
  let recent: Server
  let recentBase: string
  beforeAll(async () => {
    recent = createServer(withCompressedPages(fakeNext, () => true, { freshMs: 1000 }))
    await new Promise<void>((resolve) => recent.listen(0, '127.0.0.1', resolve))
    recentBase = `http://127.0.0.1:${(recent.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => recent.close(() => resolve())))

  const fetchPage = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${recentBase}${path}`, { headers: { 'accept-encoding': 'br', ...headers } })
  const asked = (path: string) => seen.filter(({ url }) => url === path).length

  it("repeats Next.js's answer, headers included, for the fresh delay, then asks again", async () => {
    seen.length = 0
    const first = await fetchPage('/vehicles?fresh')
    const again = await Promise.all(Array.from({ length: 20 }, () => fetchPage('/vehicles?fresh')))
    expect(asked('/vehicles?fresh')).toBe(1)
    for (const response of again) {
      expect(response.status).toBe(200)
      expect(await response.text()).toBe(pages['/vehicles']!.html)
      expect(response.headers.get('etag')).toBe(first.headers.get('etag'))
      expect(response.headers.get('set-cookie')).toBe('NEXT_LOCALE=fr; Path=/')
      expect(response.headers.get('cache-control')).toBe('s-maxage=3600')
      expect(response.headers.get('content-encoding')).toBe('br')
    }
    const conditional = await fetchPage('/vehicles?fresh', { 'if-none-match': first.headers.get('etag')! })
    expect(conditional.status).toBe(304)
    await new Promise((resolve) => setTimeout(resolve, 1050))
    await fetchPage('/vehicles?fresh')
    expect(asked('/vehicles?fresh')).toBe(2)
  })

  it('asks Next.js at once after a change on this instance', async () => {
    seen.length = 0
    await fetchPage('/vehicles?changed')
    const before = pages['/vehicles']!.html
    pages['/vehicles']!.html = `<html>${'moto '.repeat(2000)}</html>`
    try {
      bumpPageGeneration()
      const after = await fetchPage('/vehicles?changed')
      expect(await after.text()).toBe(pages['/vehicles']!.html)
      expect(asked('/vehicles?changed')).toBe(2)
      // Next.js may apply the save's revalidation just after answering it: what it sends in the
      // next moments is not repeated.
      await fetchPage('/vehicles?changed')
      expect(asked('/vehicles?changed')).toBe(3)
      await new Promise((resolve) => setTimeout(resolve, 260))
      await fetchPage('/vehicles?changed')
      await fetchPage('/vehicles?changed')
      expect(asked('/vehicles?changed')).toBe(4)
    } finally {
      pages['/vehicles']!.html = before
    }
  })

  it('keeps nothing personal to repeat', async () => {
    seen.length = 0
    await fetchPage('/signed')
    await fetchPage('/signed')
    expect(asked('/signed')).toBe(2)
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
