import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Logger } from 'pino'

import { loggedPath } from '@/domain/loggedPath'
import { acceptedRequestId } from '@/domain/requestId'
import { routePattern } from '@/domain/routePattern'
import { methodLabel, metrics } from './metrics'
import { runWithRequestContext } from './requestContext'

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown

/**
 * Gives every request an id (the proxy's X-Request-Id when it is a sane token, else a new UUID),
 * answers it in X-Request-Id, serves the request inside its context (so Payload's log lines carry
 * it) and, once the response is sent or the client gone, writes one access-log line and records
 * the duration under the request's route pattern.
 */
export function withRequestLog(handler: Handler, logger: Logger): Handler {
  const { httpDuration } = metrics()
  return (request, response) => {
    const started = process.hrtime.bigint()
    const requestId = acceptedRequestId(request.headers['x-request-id']) ?? randomUUID()
    request.headers['x-request-id'] = requestId
    response.setHeader('X-Request-Id', requestId)
    let done = false
    const finish = () => {
      if (done) return
      done = true
      const seconds = Number(process.hrtime.bigint() - started) / 1e9
      // A client that hung up before the answer was complete: logged as 499, as nginx does.
      const status = response.writableFinished ? response.statusCode : 499
      const method = methodLabel(request.method)
      const path = loggedPath(request.url)
      const route = routePattern(path)
      httpDuration.observe({ method, route, status: String(status) }, seconds)
      // Probes and scrapes arrive every few seconds from each balancer: visible at LOG_LEVEL=debug.
      const routine = status < 500 && (route.startsWith('/api/health') || route === '/api/metrics')
      logger[routine ? 'debug' : 'info']({
        msg: 'request',
        requestId,
        method: request.method,
        path,
        route,
        status,
        durationMs: Math.round(seconds * 10_000) / 10,
        bytes: Number(response.getHeader('content-length')) || undefined,
        client: request.headers['x-forwarded-for'],
      })
    }
    response.on('finish', finish)
    response.on('close', finish)
    return runWithRequestContext({ requestId }, () => handler(request, response))
  }
}
