import autocannon from 'autocannon'

import { summarize, type RunResult } from './benchReport'

export type Load = {
  path: string
  method?: 'GET' | 'POST'
  body?: string
  /** A different path per request (the cold search). */
  pathOf?: (n: number) => string
  /**
   * A 200 whose body says it failed (GraphQL answers errors with 200). autocannon hands over bodies
   * as text, so these requests ask for them uncompressed.
   */
  failedBody?: (body: string) => boolean
}

/** autocannon reports p97.5 but no p95: record every response time and compute them ourselves. */
export async function load(
  base: string,
  run: Pick<RunResult, 'size' | 'scenario' | 'connections'>,
  request: Load,
  duration: number,
): Promise<RunResult> {
  const times: number[] = []
  let failedBodies = 0
  let n = 1
  const perRequest: Partial<autocannon.Request> = {
    ...(request.pathOf ? { setupRequest: (req: autocannon.Request) => ({ ...req, path: request.pathOf!(n++) }) } : {}),
    ...(request.failedBody
      ? {
          onResponse: (status: number, body: string) => {
            if (status < 300 && request.failedBody!(body)) failedBodies++
          },
        }
      : {}),
  }
  const started = Date.now()
  const result = await autocannon({
    url: `${base}${request.path}`,
    connections: run.connections,
    duration,
    method: request.method ?? 'GET',
    body: request.body,
    headers: {
      'accept-encoding': request.failedBody ? 'identity' : 'gzip, br',
      ...(request.body ? { 'content-type': 'application/json' } : {}),
    },
    requests: Object.keys(perRequest).length > 0 ? [perRequest] : undefined,
    setupClient: (client) => {
      client.on('response', (_status: number, _bytes: number, responseTime: number) => times.push(responseTime))
    },
  })
  return summarize(run, times, {
    errors: result.errors + failedBodies,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    seconds: (Date.now() - started) / 1000,
  })
}
