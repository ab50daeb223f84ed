import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Writable } from 'node:stream'
import { pino } from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { metrics } from '../../src/server/metrics'
import { currentRequestId } from '../../src/server/requestContext'
import { withRequestLog } from '../../src/server/requestLog'
import { loggerOptions } from '../../src/server/logger'

describe('withRequestLog (scripts/server.ts)', () => {
  const lines: Record<string, unknown>[] = []
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line))
      done()
    },
  })
  const settings = { NODE_ENV: 'production' as const, LOG_LEVEL: 'info' as const, LOG_FORMAT: 'json' as const }
  // The app's logger (what Payload gets): writes inside the handler must carry the request's id.
  const appLog = pino(loggerOptions(settings), sink)
  let server: Server
  let base: string

  beforeAll(async () => {
    server = createServer(
      withRequestLog(
        (request, response) => {
          appLog.info({ msg: 'inside the handler' })
          setTimeout(() => {
            response.statusCode = request.url?.startsWith('/api/missing') ? 404 : 200
            response.end(JSON.stringify({ seen: request.headers['x-request-id'], context: currentRequestId() }))
          }, 5)
        },
        pino(loggerOptions(settings), sink),
      ),
    )
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise((resolve) => server.close(resolve)))

  const accessLines = () => lines.filter((line) => line.msg === 'request')

  it('generates an id, answers it, hands it to the app and logs one JSON line with it', async () => {
    const response = await fetch(`${base}/vehicles/bmw-x5?token=s3cret&make=bmw`)
    const id = response.headers.get('x-request-id')!
    expect(id).toMatch(/^[0-9a-f-]{36}$/)
    expect(await response.json()).toEqual({ seen: id, context: id })
    await new Promise((resolve) => setTimeout(resolve, 20))
    const line = accessLines().find((l) => l.requestId === id)!
    expect(line).toMatchObject({
      level: 'info',
      method: 'GET',
      path: '/vehicles/bmw-x5?token=[redacted]&make=bmw',
      route: '/vehicles/:slug',
      status: 200,
    })
    expect(line.durationMs).toBeGreaterThanOrEqual(4)
    expect(new Date(line.time as string).getTime()).toBeGreaterThan(0)
    expect(lines.find((l) => l.msg === 'inside the handler' && l.requestId === id)).toBeTruthy()
    expect(JSON.stringify(lines)).not.toContain('s3cret')
  })

  it('keeps a sane id from the proxy and replaces a forged one', async () => {
    const kept = await fetch(`${base}/`, { headers: { 'x-request-id': 'proxy-id-0001' } })
    expect(kept.headers.get('x-request-id')).toBe('proxy-id-0001')
    const forged = await fetch(`${base}/`, { headers: { 'x-request-id': 'x' } })
    expect(forged.headers.get('x-request-id')).not.toBe('x')
  })

  it('leaves health probes and scrapes out of the info log, but measures them', async () => {
    const probe = await fetch(`${base}/api/health/ready`)
    const id = probe.headers.get('x-request-id')
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(accessLines().find((line) => line.requestId === id)).toBeUndefined()
    expect(await metrics().registry.metrics()).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="\/api\/health\/ready",status="200"\} 1/,
    )
  })

  it('records the latency under the route pattern, not the raw URL', async () => {
    await fetch(`${base}/api/missing-thing-${Date.now()}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
    const text = await metrics().registry.metrics()
    expect(text).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="\/vehicles\/:slug",status="200"\} [1-9]/,
    )
    expect(text).toMatch(/http_request_duration_seconds_count\{method="GET",route="other",status="404"\} [1-9]/)
    expect(text).not.toContain('missing-thing')
    expect(text).toContain('process_cpu_user_seconds_total')
  })
})
