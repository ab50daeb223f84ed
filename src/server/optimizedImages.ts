import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

import { pageGeneration } from '@/cache/pageGeneration'
import { SizeBoundedCache } from './sizeBoundedCache'

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown

type Entry = { headers: OutgoingHttpHeaders; body: Buffer; etag: string | null; expiresAt: number; generation: number }

/** The storefront's pictures are a few kB each once encoded: 32 MB keep thousands. */
const MAX_BYTES = 32 * 1024 * 1024

/**
 * The pictures Next.js's image optimizer encodes (/_next/image), kept in memory.
 *
 * Its own cache lives on disk beside the pages', which next.config.ts keeps in memory only (a page
 * must not outlive the database it came from), and Next.js turns both off together: every picture
 * was encoded again for every request, 200 ms of AVIF each, and a search page asks for a dozen at
 * once: the largest paint of every page waited for them. Here an encoded picture is kept per
 * address and format for as long as Next.js lets browsers keep it (its max-age), and dropped when
 * a picture or vehicle changes on this instance (src/cache/pageGeneration.ts).
 */
export function withOptimizedImages(handler: Handler, maxBytes = MAX_BYTES): Handler {
  const entries = new SizeBoundedCache<Entry>(maxBytes)

  return (request, response) => {
    if (request.method !== 'GET' || !request.url?.startsWith('/_next/image?')) return handler(request, response)
    // Next.js picks the format from Accept; the same address is another picture in another format.
    const key = `${acceptedFormat(request.headers.accept)} ${request.url}`
    const { generation } = pageGeneration()
    const kept = entries.get(key)
    if (kept && kept.generation === generation && Date.now() < kept.expiresAt) {
      for (const [name, value] of Object.entries(kept.headers)) if (value !== undefined) response.setHeader(name, value)
      if (kept.etag && request.headers['if-none-match'] === kept.etag) {
        response.statusCode = 304
        return response.end()
      }
      response.statusCode = 200
      response.setHeader('Content-Length', kept.body.length)
      return response.end(kept.body)
    }

    const chunks: Buffer[] = []
    const write = response.write.bind(response)
    const end = response.end.bind(response)
    response.write = ((chunk: unknown, ...rest: unknown[]) => {
      if (Buffer.isBuffer(chunk) || chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk))
      return (write as (...args: unknown[]) => boolean)(chunk, ...rest)
    }) as ServerResponse['write']
    response.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (Buffer.isBuffer(chunk) || chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk))
      response.write = write
      response.end = end
      const maxAge = /\bmax-age=(\d+)/.exec(String(response.getHeader('cache-control') ?? ''))?.[1]
      const type = String(response.getHeader('content-type') ?? '')
      if (response.statusCode === 200 && type.startsWith('image/') && maxAge && Number(maxAge) > 0) {
        const headers = response.getHeaders()
        delete headers['content-length']
        delete headers['x-request-id']
        delete headers.date
        const etag = response.getHeader('etag')
        const body = Buffer.concat(chunks)
        entries.set(
          key,
          {
            headers,
            body,
            etag: typeof etag === 'string' ? etag : null,
            expiresAt: Date.now() + Number(maxAge) * 1000,
            generation,
          },
          body.length,
        )
      }
      return (end as (...args: unknown[]) => ServerResponse)(chunk, ...rest)
    }) as ServerResponse['end']
    return handler(request, response)
  }
}

function acceptedFormat(accept: string | undefined): 'avif' | 'webp' | 'other' {
  if (accept?.includes('image/avif')) return 'avif'
  if (accept?.includes('image/webp')) return 'webp'
  return 'other'
}
