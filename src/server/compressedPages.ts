import type { IncomingMessage, ServerResponse } from 'node:http'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

import { routeKind } from '@/config/securityHeaders'

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown

/** Decides which requests go through the cache: pages whose HTML is the same for every visitor. */
export type Cacheable = (request: IncomingMessage) => boolean

type Encoding = 'br' | 'gzip'
type Entry = { etag: string; contentType: string; body: Buffer }

/** 178 kB of search page in 13 kB of brotli: a thousand pages are a few megabytes. */
const MAX_ENTRIES = 1000

/**
 * The compressed bytes of the pages Next.js serves from its cache, kept per address and encoding.
 *
 * Next.js keeps the rendered HTML of a cached page, but compresses it again for every response: at
 * 180 kB that is most of the work a cached search costs. Here, a cacheable request reaches Next.js
 * without Accept-Encoding (so it sends plain bytes, compressed once here) and, when this address was
 * seen, with If-None-Match set to the ETag of the HTML kept: Next.js still routes it, runs the proxy
 * and looks the page up in its cache (revalidated tags included), and answers 304 when the HTML is
 * unchanged, without sending it; the kept bytes then go out as a 200. A changed page has a new
 * ETag: Next.js sends it whole and it replaces the kept one. So nothing is served that Next.js
 * would not serve, and every header but the body's own comes from Next.js on each request.
 *
 * Only responses Next.js marks as its cache's (`x-nextjs-cache`, an ETag, no Set-Cookie other than
 * the locale, no `private`/`no-store`) are kept; anything else on those addresses (a 404, a redirect)
 * is compressed whole and sent, not streamed.
 */
export function withCompressedPages(handler: Handler, cacheable: Cacheable, maxEntries = MAX_ENTRIES): Handler {
  const entries = new Map<string, Entry>()

  const remember = (key: string, entry: Entry) => {
    entries.delete(key)
    entries.set(key, entry)
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value!)
  }

  return (request, response) => {
    const encoding = chosenEncoding(request.headers['accept-encoding'])
    if (
      !encoding ||
      request.method !== 'GET' ||
      request.headers['if-none-match'] ||
      request.headers['if-modified-since'] ||
      !cacheable(request)
    )
      return handler(request, response)

    const key = `${encoding} ${request.url}`
    const kept = entries.get(key)
    delete request.headers['accept-encoding']
    if (kept) request.headers['if-none-match'] = kept.etag

    const chunks: Buffer[] = []
    const write = response.write.bind(response)
    const end = response.end.bind(response)
    const writeHead = response.writeHead.bind(response)
    const flushHeaders = response.flushHeaders.bind(response)
    // Nothing leaves before the end: the headers still change with the body's encoding.
    response.flushHeaders = () => {}
    // Headers Next.js passes to writeHead go through setHeader first, so getHeader sees them all.
    response.writeHead = ((status: number, ...rest: unknown[]) => {
      response.statusCode = status
      const headers = rest.find((arg) => arg && typeof arg === 'object') as Record<string, string> | undefined
      for (const [name, value] of Object.entries(headers ?? {})) response.setHeader(name, value)
      return response
    }) as ServerResponse['writeHead']
    response.write = ((chunk: unknown, ...rest: unknown[]) => {
      if (chunk !== undefined && chunk !== null) chunks.push(toBuffer(chunk, rest[0]))
      const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined
      callback?.()
      return true
    }) as ServerResponse['write']
    response.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') chunks.push(toBuffer(chunk, rest[0]))
      const callback = [chunk, ...rest].find((arg) => typeof arg === 'function') as (() => void) | undefined
      const body = finish(Buffer.concat(chunks))
      response.writeHead = writeHead
      response.write = write
      response.end = end
      response.flushHeaders = flushHeaders
      if (body !== null) {
        response.setHeader('Content-Length', body.length)
        return end(body, callback)
      }
      return end(callback)
    }) as ServerResponse['end']

    /** The bytes to send, headers set; null: no body (a redirect, a 304 the client asked for…). */
    function finish(plain: Buffer): Buffer | null {
      const etag = response.getHeader('etag')
      if (kept && response.statusCode === 304 && etag === kept.etag) {
        response.statusCode = 200
        response.setHeader('Content-Type', kept.contentType)
        remember(key, kept)
        return encoded(kept.body)
      }
      if (response.statusCode === 304 || response.statusCode === 204 || plain.length === 0) return null
      const body = compress(plain, encoding!)
      const contentType = response.getHeader('content-type')
      if (
        response.statusCode === 200 &&
        typeof etag === 'string' &&
        typeof contentType === 'string' &&
        shared(response)
      )
        remember(key, { etag, contentType, body })
      else entries.delete(key)
      return encoded(body)
    }

    function encoded(body: Buffer): Buffer {
      response.setHeader('Content-Encoding', encoding!)
      const vary = String(response.getHeader('vary') ?? '')
      if (!/\baccept-encoding\b/i.test(vary))
        response.setHeader('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
      return body
    }

    return handler(request, response)
  }
}

/** Brotli when the client takes it (smaller, and compressed only once per page), else gzip. */
export function chosenEncoding(header: string | string[] | undefined): Encoding | null {
  const accepted = new Map<string, number>()
  for (const part of [header ?? ''].flat().join(',').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';')
    if (!name) continue
    const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean)
    accepted.set(name, q === undefined ? 1 : Number(q))
  }
  const allows = (name: Encoding) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0
  return allows('br') ? 'br' : allows('gzip') ? 'gzip' : null
}

/** Whether a response is the same for everyone: Next.js's cache, no session cookie, not private. */
function shared(response: ServerResponse): boolean {
  if (!response.getHeader('x-nextjs-cache')) return false
  const control = String(response.getHeader('cache-control') ?? '')
  if (/\b(private|no-store)\b/i.test(control)) return false
  // next-intl remembers the locale in a cookie on every storefront response; any other is personal.
  const cookies = [response.getHeader('set-cookie') ?? []].flat().map(String)
  return cookies.every((cookie) => cookie.startsWith('NEXT_LOCALE='))
}

function compress(plain: Buffer, encoding: Encoding): Buffer {
  return encoding === 'br'
    ? brotliCompressSync(plain, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 5,
          [constants.BROTLI_PARAM_SIZE_HINT]: plain.length,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        },
      })
    : gzipSync(plain)
}

function toBuffer(chunk: unknown, encoding: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
  return Buffer.from(String(chunk), typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
}

/**
 * The storefront pages served from Next.js's cache (src/config/securityHeaders.ts `routeKind`):
 * not the APIs, the admin, files, client navigations (RSC payloads) or a draft-mode preview.
 */
export function isCachedStorefrontPage(request: IncomingMessage): boolean {
  if (request.headers.rsc || request.headers['next-router-prefetch']) return false
  if (/(?:^|;\s*)__prerender_bypass=/.test(request.headers.cookie ?? '')) return false
  const pathname = (request.url ?? '/').split('?')[0]!
  if (/^\/(api|admin|_next|next)(\/|$)/.test(pathname) || /\.[^/]*$/.test(pathname)) return false
  return routeKind(pathname) === 'cached'
}
