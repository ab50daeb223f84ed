import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import { createHash } from 'node:crypto'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

import { pageGeneration } from '@/cache/pageGeneration'
import { routeKind } from '@/config/securityHeaders'
import { SizeBoundedCache } from './sizeBoundedCache'

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown

/** Decides which requests go through the cache: pages whose HTML is the same for every visitor. */
export type Cacheable = (request: IncomingMessage) => boolean

type Encoding = 'br' | 'gzip'
/** What Next.js sent for an address (a string for a page from its cache), its ETag and encodings. */
type Entry = {
  html: string | Buffer
  etag: string
  encoded: Partial<Record<Encoding, Buffer>>
  size: number
  /** Next.js's headers for the page, and when and under which page generation it last sent them. */
  headers: OutgoingHttpHeaders
  checkedAt: number
  generation: number
  reusable: boolean
}

/**
 * A search page is ~240 kB of HTML (up to twice that in memory) and 15 kB of brotli: 64 MB keep
 * the hundred-odd pages most asked for. The HTML is often the very string Next.js's cache holds.
 */
const MAX_BYTES = 64 * 1024 * 1024

/**
 * How long a page Next.js just sent is served again without asking it. Under load a popular search
 * is asked for hundreds of times a second; routing each through Next.js cost more than all the rest.
 * A save on this instance ends it at once (src/cache/pageGeneration.ts); one on another instance
 * shows here within this delay.
 */
const FRESH_MS = 1000

/**
 * Next.js applies a route handler's revalidateTag just after its response has gone (a waitUntil),
 * so a page asked for right after a save can still be the old one: such a page is sent, never reused.
 */
const SETTLE_MS = 250

/** Headers that belong to one response, not to the page. */
const OWN_HEADERS = new Set(['x-request-id', 'content-length', 'content-encoding', 'etag', 'date'])

/**
 * The ETags and compressed bytes of the pages Next.js serves from its cache, kept per address.
 *
 * Next.js keeps the rendered HTML of a cached page, but for every response it hashes all of it in
 * JavaScript for its ETag and compresses it again: at 240 kB those two were most of what a cached
 * search cost (next.config.ts turns Next's ETags off). Here, a cacheable request reaches Next.js
 * without Accept-Encoding or conditional headers, so Next.js routes it, runs the proxy and looks the
 * page up in its cache (revalidated tags included) and sends the plain HTML. When that HTML equals
 * the one kept for the address (usually the same string, compared at once), its ETag and compressed
 * bytes are reused; new HTML gets a native SHA-1 ETag and is compressed once per encoding. A client
 * that already holds the ETag gets 304. So nothing is served that Next.js would not serve, and
 * every header but the body's own comes from Next.js on each request.
 *
 * Only responses Next.js marks as its cache's (`x-nextjs-cache`, no Set-Cookie other than the
 * locale, no `private`/`no-store`) get an ETag and are kept; anything else on those addresses (a
 * 404, a redirect) is compressed whole and sent, not streamed.
 */
export function withCompressedPages(
  handler: Handler,
  cacheable: Cacheable,
  { maxBytes = MAX_BYTES, freshMs = FRESH_MS }: { maxBytes?: number; freshMs?: number } = {},
): Handler {
  const entries = new SizeBoundedCache<Entry>(maxBytes)

  return (request, response) => {
    if (request.method !== 'GET' || !cacheable(request)) return handler(request, response)

    const encoding = chosenEncoding(request.headers['accept-encoding'])
    const url = request.url ?? '/'
    const clientTags = request.headers['if-none-match']
    delete request.headers['accept-encoding']
    delete request.headers['if-none-match']
    delete request.headers['if-modified-since']

    // Read before Next.js is asked: a save while it answers leaves the page it sends already stale.
    const { generation, changedAt } = pageGeneration()
    const recent = entries.get(url)
    if (recent?.reusable && recent.generation === generation && Date.now() - recent.checkedAt < freshMs) {
      for (const [name, value] of Object.entries(recent.headers))
        if (value !== undefined) response.setHeader(name, value)
      response.statusCode = 200
      const body = send(recent)
      if (body === null) return response.end()
      response.setHeader('Content-Length', body.length)
      return response.end(body)
    }

    const chunks: (string | Buffer)[] = []
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
      if (chunk !== undefined && chunk !== null) chunks.push(toChunk(chunk, rest[0]))
      const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined
      callback?.()
      return true
    }) as ServerResponse['write']
    response.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') chunks.push(toChunk(chunk, rest[0]))
      const callback = [chunk, ...rest].find((arg) => typeof arg === 'function') as (() => void) | undefined
      // One string is how Next.js sends a page from its cache: kept as it is, compared without copying.
      const html = chunks.length === 1 && typeof chunks[0] === 'string' ? chunks[0] : concat(chunks)
      const body = finish(html)
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

    /** The bytes to send, headers set; null: no body (a redirect, a 304…). */
    function finish(html: string | Buffer): Buffer | null {
      if (response.statusCode === 304 || response.statusCode === 204 || html.length === 0) return null
      if (response.statusCode !== 200 || !shared(response)) {
        entries.delete(url)
        const plain = Buffer.from(html)
        return encoding ? encoded(compress(plain, encoding)) : plain
      }
      const kept = entries.get(url)
      const entry: Entry =
        kept && sameBody(kept.html, html)
          ? kept
          : {
              html,
              etag: etagOf(html),
              encoded: {},
              size: memorySize(html),
              headers: {},
              checkedAt: 0,
              generation,
              reusable: false,
            }
      entry.headers = pageHeaders(response)
      entry.checkedAt = Date.now()
      entry.generation = generation
      entry.reusable = entry.checkedAt - changedAt > SETTLE_MS
      entries.set(url, entry, entry.size)
      return send(entry)
    }

    /** The kept page for this client: 304 when it holds the ETag, else the bytes in its encoding. */
    function send(entry: Entry): Buffer | null {
      response.setHeader('ETag', entry.etag)
      if (matches(clientTags, entry.etag)) {
        response.statusCode = 304
        response.removeHeader('Content-Length')
        response.removeHeader('Content-Type')
        return null
      }
      if (!encoding) return Buffer.from(entry.html)
      let body = entry.encoded[encoding]
      if (!body) {
        body = entry.encoded[encoding] = compress(Buffer.from(entry.html), encoding)
        entry.size += body.length
        entries.set(url, entry, entry.size)
      }
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

function pageHeaders(response: ServerResponse): OutgoingHttpHeaders {
  const headers = response.getHeaders()
  for (const name of OWN_HEADERS) delete headers[name]
  return headers
}

function sameBody(kept: string | Buffer, html: string | Buffer): boolean {
  if (typeof kept === 'string' || typeof html === 'string') return kept === html
  return kept.equals(html)
}

function etagOf(html: string | Buffer): string {
  return `"${createHash('sha1').update(html).digest('base64url')}"`
}

/** A JavaScript string takes up to two bytes a character. */
function memorySize(html: string | Buffer): number {
  return typeof html === 'string' ? html.length * 2 : html.length
}

function concat(chunks: (string | Buffer)[]): Buffer {
  return Buffer.concat(chunks.map((chunk) => (typeof chunk === 'string' ? Buffer.from(chunk) : chunk)))
}

/** If-None-Match holds a list of ETags (weak ones compare equal for a GET) or `*`. */
function matches(header: string | string[] | undefined, etag: string): boolean {
  if (!header) return false
  return [header]
    .flat()
    .join(',')
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag)
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

function toChunk(chunk: unknown, encoding: unknown): string | Buffer {
  if (typeof chunk === 'string' && (typeof encoding !== 'string' || /^utf-?8$/i.test(encoding))) return chunk
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
