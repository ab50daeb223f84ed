import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client'

/**
 * This instance's Prometheus metrics (docs/operations.md, Metrics). Each web instance counts its
 * own requests: the scraper reads every instance and sums. scripts/server.ts (through tsx) and the
 * /api/metrics endpoint (bundled by Next.js) load separate copies of this module, so the registry
 * lives on globalThis and both record into, and read from, the same one.
 */
export type Metrics = {
  registry: Registry
  httpDuration: Histogram<'method' | 'route' | 'status'>
  paymentWebhooks: Counter<'provider' | 'outcome'>
  jobs: Gauge<'queue' | 'task' | 'state'>
}

function createMetrics(): Metrics {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry })
  return {
    registry,
    httpDuration: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP requests served by this instance, by route pattern, method and status',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    paymentWebhooks: new Counter({
      name: 'autoport_payment_webhooks_total',
      help: 'Payment provider webhooks received by this instance, by outcome',
      labelNames: ['provider', 'outcome'],
      registers: [registry],
    }),
    jobs: new Gauge({
      name: 'autoport_jobs',
      help: 'Jobs in the queue table (the same figure on every instance): queued, running, failed',
      labelNames: ['queue', 'task', 'state'],
      registers: [registry],
    }),
  }
}

const key = Symbol.for('autoport.metrics')
const holder = globalThis as typeof globalThis & { [key]?: Metrics }

export function metrics(): Metrics {
  return (holder[key] ??= createMetrics())
}

const HTTP_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])

/** Method as a label: the standard ones, anything else `other` (a client chooses the method). */
export function methodLabel(method: string | undefined): string {
  const upper = (method ?? '').toUpperCase()
  return HTTP_METHODS.has(upper) ? upper : 'other'
}
