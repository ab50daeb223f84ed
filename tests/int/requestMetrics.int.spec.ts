import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Writable } from 'node:stream'
import type { Payload } from 'payload'
import { pino } from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loggerOptions } from '@/server/logger'
import { withRequestLog } from '@/server/requestLog'
import { testPayload } from '../helpers/payload'
import { rawRest } from '../helpers/rest'

/**
 * The request wrapper of scripts/server.ts in front of the real API route handlers, over HTTP: what
 * it records must be what GET /api/metrics (a Payload endpoint, in Next.js's module copy in
 * production) serves, and Payload's own log lines must carry the request's id.
 */
describe('request wrapper in front of the API', () => {
  let server: Server
  let base: string
  let payload: Payload
  let quietLogger: Payload['logger']
  const lines: Record<string, unknown>[] = []

  async function toApi(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const answer = await rawRest(
      new Request(new URL(request.url!, 'http://localhost'), {
        method: request.method,
        headers: request.headers as Record<string, string>,
        body: chunks.length > 0 ? Buffer.concat(chunks) : undefined,
      }),
    )
    response.writeHead(answer.status, Object.fromEntries(answer.headers))
    response.end(Buffer.from(await answer.arrayBuffer()))
  }

  beforeAll(async () => {
    payload = await testPayload()
    quietLogger = payload.logger
    const sink = new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line))
        done()
      },
    })
    const settings = { NODE_ENV: 'production', LOG_LEVEL: 'info', LOG_FORMAT: 'json' } as const
    // Payload's logger as production builds it (payload.config.ts), writing where the test reads.
    payload.logger = pino({ ...loggerOptions(settings), name: 'payload' }, sink)
    server = createServer(withRequestLog(toApi, pino(loggerOptions(settings), sink)))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    payload.logger = quietLogger
    await new Promise((resolve) => server.close(resolve))
  })

  it('serves the latency of each route pattern on /api/metrics', async () => {
    for (let i = 0; i < 3; i++) expect((await fetch(`${base}/api/vehicles?limit=1`)).status).toBe(200)
    expect((await fetch(`${base}/api/vehicles/00000000-0000-4000-8000-000000000000`)).status).toBe(404)
    const scrape = await fetch(`${base}/api/metrics`)
    expect(scrape.status).toBe(200)
    const text = await scrape.text()
    const count = (route: string, status: number) =>
      Number(
        new RegExp(
          `^http_request_duration_seconds_count\\{method="GET",route="${route.replace(/[/:]/g, '\\$&')}",status="${status}"\\} (\\d+)`,
          'm',
        ).exec(text)?.[1],
      )
    expect(count('/api/vehicles', 200)).toBeGreaterThanOrEqual(3)
    expect(count('/api/vehicles/:id', 404)).toBeGreaterThanOrEqual(1)
    expect(text).toMatch(
      /^http_request_duration_seconds_bucket\{le="0\.5",method="GET",route="\/api\/vehicles",status="200"\} [1-9]/m,
    )
    expect(text).not.toContain('00000000-0000-4000-8000-000000000000')
  })

  it('writes Payload log lines and the access line with the same request id', async () => {
    // A refused webhook makes Payload log a warning while the request is served.
    const response = await fetch(`${base}/api/webhooks/stripe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'proxy-req-4242' },
      body: '{}',
    })
    expect(response.headers.get('x-request-id')).toBe('proxy-req-4242')
    await new Promise((resolve) => setTimeout(resolve, 50))
    const mine = lines.filter((line) => line.requestId === 'proxy-req-4242')
    expect(mine.find((line) => line.name === 'payload' && String(line.msg).includes('webhook refused'))).toBeTruthy()
    expect(mine.find((line) => line.msg === 'request')).toMatchObject({ route: '/api/webhooks/stripe', status: 400 })
  })
})
