import { once } from 'node:events'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { load } from '../../scripts/lib/benchLoad'
import { coldSearchPath } from '../../scripts/lib/benchReport'

/**
 * The bench's load runs against a small server: every request is seen, the cold run's paths all
 * differ, non-2xx answers and GraphQL-style 200 errors count as errors.
 */
describe('bench load runs', () => {
  const seen: { method: string; url: string; encoding: string; body: string }[] = []
  let server: http.Server
  let base: string

  beforeAll(async () => {
    server = http.createServer(async (request, response) => {
      let body = ''
      for await (const chunk of request) body += chunk
      seen.push({
        method: request.method!,
        url: request.url!,
        encoding: String(request.headers['accept-encoding']),
        body,
      })
      if (request.url === '/broken') return response.writeHead(503).end('down')
      if (request.url === '/graphql') {
        // Every other answer a 200 carrying errors, as GraphQL does.
        const failed = seen.filter((entry) => entry.url === '/graphql').length % 2 === 0
        response.writeHead(200, { 'content-type': 'application/json' })
        return response.end(JSON.stringify(failed ? { errors: [{ message: 'no' }] } : { data: { ok: true } }))
      }
      response.writeHead(200).end('ok')
    })
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('times every answer of a plain run', async () => {
    seen.length = 0
    const result = await load(base, { size: 1000, scenario: 'search warm', connections: 2 }, { path: '/plain' }, 1)
    expect(result.requests).toBeGreaterThan(10)
    // autocannon may leave a request or two in flight when the time is up.
    expect(seen.length - result.requests).toBeLessThanOrEqual(2)
    expect(result.errors).toBe(0)
    expect(result.rps).toBeGreaterThan(0)
    expect(result.p50).toBeLessThanOrEqual(result.p95)
    expect(seen.every((entry) => entry.url === '/plain' && entry.encoding === 'gzip, br')).toBe(true)
  })

  it('sends a distinct path per request in the cold run', async () => {
    seen.length = 0
    const result = await load(
      base,
      { size: 1000, scenario: 'search cold', connections: 1 },
      { path: '/vehicles?priceMax=80000', pathOf: (n) => coldSearchPath('/vehicles?priceMax=80000', n) },
      1,
    )
    // A request of the run before may still have been in flight.
    const urls = seen.map((entry) => entry.url).filter((url) => url.startsWith('/vehicles'))
    expect(new Set(urls).size).toBe(urls.length)
    expect(urls[0]).toBe('/vehicles?priceMax=79999')
    expect(urls[1]).toBe('/vehicles?priceMax=79998')
    expect(result.requests).toBeGreaterThan(10)
  })

  it('counts non-2xx answers as errors', async () => {
    const result = await load(base, { size: 1000, scenario: 'REST list', connections: 1 }, { path: '/broken' }, 1)
    expect(result.requests).toBeGreaterThan(0)
    expect(result.errors).toBe(result.requests)
  })

  it('posts the GraphQL body and counts 200s that carry errors', async () => {
    seen.length = 0
    const result = await load(
      base,
      { size: 1000, scenario: 'GraphQL list', connections: 1 },
      { path: '/graphql', method: 'POST', body: '{"query":"{ x }"}', failedBody: (text) => text.includes('"errors"') },
      1,
    )
    expect(seen.find((entry) => entry.url === '/graphql')).toMatchObject({
      method: 'POST',
      body: '{"query":"{ x }"}',
      encoding: 'identity',
    })
    // Half the answers failed (one in flight at the end may not have been read).
    expect(Math.abs(result.errors - result.requests / 2)).toBeLessThanOrEqual(1)
    expect(result.errors).toBeGreaterThan(0)
  })
})
