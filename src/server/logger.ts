import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino'
import { build as prettyStream } from 'pino-pretty'

import type { Env } from '@/config/env'
import { currentRequestId } from './requestContext'

type LogSettings = Pick<Env, 'NODE_ENV' | 'LOG_LEVEL' | 'LOG_FORMAT'>

/**
 * Logs (docs/operations.md, Logs): one JSON object a line in production, for a log collector;
 * coloured lines in development. Every line written while a request is served carries its
 * `requestId` (the access log's, and the one the client got in X-Request-Id).
 */
export function logFormat(env: LogSettings): 'json' | 'pretty' {
  return env.LOG_FORMAT ?? (env.NODE_ENV === 'production' ? 'json' : 'pretty')
}

export function loggerOptions(env: LogSettings): LoggerOptions {
  return {
    // Int tests provoke refusals on purpose; their expected errors would drown the report.
    level: env.NODE_ENV === 'test' ? 'fatal' : env.LOG_LEVEL,
    mixin: () => {
      const requestId = currentRequestId()
      return requestId ? { requestId } : {}
    },
    ...(logFormat(env) === 'json'
      ? { timestamp: pino.stdTimeFunctions.isoTime, formatters: { level: (label) => ({ level: label }) } }
      : {}),
  }
}

/** Payload's `logger` setting: our options, and the pretty stream Payload would use by default. */
export function payloadLogger(env: LogSettings): { options: LoggerOptions; destination?: DestinationStream } {
  const options = loggerOptions(env)
  if (logFormat(env) === 'json') return { options }
  return {
    options,
    destination: prettyStream({ colorize: true, ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss' }),
  }
}

/** The logger of code outside Payload (the HTTP server's access log). */
export function appLogger(env: LogSettings, name = 'http'): Logger {
  const { options, destination } = payloadLogger(env)
  return pino({ ...options, name }, destination)
}
