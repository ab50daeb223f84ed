import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bumpPageGeneration } from '@/cache/pageGeneration'
import { withOptimizedImages } from '@/server/optimizedImages'

/** What Next.js's image optimizer answers: a picture in the format Accept allows, or a refusal. */
let encoded = 0
function fakeOptimizer(request: IncomingMessage, response: ServerResponse) {
  const url = new URL(request.url!, 'http://local')
  if (url.searchParams.get('url') === '/missing.jpg') {
    response.statusCode = 404
    response.end('"url" parameter is valid but upstream response is invalid')
    return
  }
  encoded++
  const format = request.headers.accept?.includes('image/avif') ? 'avif' : 'jpeg'
  response.setHeader('Content-Type', `image/${format}`)
  response.setHeader('Cache-Control', `public, max-age=${url.searchParams.get('ttl') ?? 14400}, must-revalidate`)
  response.setHeader('ETag', `"${format}-${url.searchParams.get('w')}-${encoded}"`)
  response.end(Buffer.from(`${format} ${url.searchParams.get('url')} ${url.searchParams.get('w')} #${encoded}`))
}

let server: Server
let base: string
beforeAll(async () => {
  server = createServer(withOptimizedImages(fakeOptimizer))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const picture = (query: string, accept = 'image/avif,image/webp,*/*', headers: Record<string, string> = {}) =>
  fetch(`${base}/_next/image?${query}`, { headers: { accept, ...headers } })

describe('encoded pictures kept in memory', () => {
  it('encodes a picture once per address and format, then sends the kept bytes and headers', async () => {
    encoded = 0
    const first = await picture('url=/car.jpg&w=828&q=75')
    const firstBody = await first.text()
    const again = await Promise.all(Array.from({ length: 20 }, () => picture('url=/car.jpg&w=828&q=75')))
    for (const response of again) {
      expect(await response.text()).toBe(firstBody)
      expect(response.headers.get('content-type')).toBe('image/avif')
      expect(response.headers.get('etag')).toBe(first.headers.get('etag'))
    }
    expect(encoded).toBe(1)
    // Another format or another width is another picture.
    expect(await (await picture('url=/car.jpg&w=828&q=75', 'image/jpeg')).text()).toMatch(/^jpeg /)
    expect(await (await picture('url=/car.jpg&w=384&q=75')).text()).toMatch(/ 384 /)
    expect(encoded).toBe(3)
  })

  it('answers 304 to a browser that holds the kept picture', async () => {
    const first = await picture('url=/etag.jpg&w=640&q=75')
    const conditional = await picture('url=/etag.jpg&w=640&q=75', undefined, {
      'if-none-match': first.headers.get('etag')!,
    })
    expect(conditional.status).toBe(304)
  })

  it('encodes again once the max-age is over, or after a change on this instance', async () => {
    encoded = 0
    await picture('url=/short.jpg&w=640&q=75&ttl=1')
    await picture('url=/short.jpg&w=640&q=75&ttl=1')
    expect(encoded).toBe(1)
    await new Promise((resolve) => setTimeout(resolve, 1050))
    await picture('url=/short.jpg&w=640&q=75&ttl=1')
    expect(encoded).toBe(2)
    await picture('url=/car.jpg&w=640&q=75')
    bumpPageGeneration()
    await picture('url=/car.jpg&w=640&q=75')
    expect(encoded).toBe(4)
  })

  it('keeps no refusal, and leaves every other address alone', async () => {
    for (let attempt = 0; attempt < 2; attempt++)
      expect((await picture('url=/missing.jpg&w=640&q=75')).status).toBe(404)
    encoded = 0
    await fetch(`${base}/api/media/file/car.jpg?w=1`)
    await fetch(`${base}/api/media/file/car.jpg?w=1`)
    expect(encoded).toBe(2)
  })
})
