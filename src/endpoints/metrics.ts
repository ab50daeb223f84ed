import type { Endpoint, PayloadRequest } from 'payload'
import { sql } from '@payloadcms/db-postgres'

import { getEnv } from '@/config/env'
import { metricsAccess } from '@/domain/metricsAccess'
import { metrics } from '@/server/metrics'

const JOB_STATES = ['queued', 'scheduled', 'running', 'failed'] as const

/** The queue table as it is now: every task of the config appears, at 0 when it has no job. */
async function recordJobs(req: PayloadRequest): Promise<void> {
  const { jobs } = metrics()
  const { rows } = (await req.payload.db.drizzle.execute(sql`
    select coalesce(queue, 'default') as queue, coalesce(task_slug::text, 'workflow') as task,
      case when has_error then 'failed' when processing then 'running'
           when wait_until > now() then 'scheduled' else 'queued' end as state,
      count(*)::int as count
    from payload_jobs
    where completed_at is null or has_error
    group by 1, 2, 3`)) as unknown as { rows: { queue: string; task: string; state: string; count: number }[] }
  jobs.reset()
  for (const task of req.payload.config.jobs.tasks ?? [])
    for (const state of JOB_STATES) jobs.set({ queue: 'default', task: task.slug, state }, 0)
  for (const row of rows) jobs.set({ queue: row.queue, task: row.task, state: row.state }, row.count)
}

/**
 * GET /api/metrics: this instance's Prometheus metrics (docs/operations.md, Metrics). With
 * METRICS_TOKEN set, only `Authorization: Bearer <token>` reads them; without it they are open
 * outside production and closed in production unless METRICS_PUBLIC=true.
 */
export const metricsEndpoint: Endpoint = {
  path: '/metrics',
  method: 'get',
  handler: async (req) => {
    const env = getEnv()
    const access = metricsAccess({
      token: env.METRICS_TOKEN,
      open: env.METRICS_PUBLIC === 'true',
      production: env.NODE_ENV === 'production',
      authorization: req.headers.get('authorization'),
    })
    if (access === 'unauthorized') {
      return Response.json(
        { error: 'Metrics need the bearer token set in METRICS_TOKEN.' },
        { status: 401, headers: { 'www-authenticate': 'Bearer realm="metrics"', 'cache-control': 'no-store' } },
      )
    }
    if (access === 'closed') {
      return Response.json(
        { error: 'Metrics are closed in production: set METRICS_TOKEN, or METRICS_PUBLIC=true on a private port.' },
        { status: 403, headers: { 'cache-control': 'no-store' } },
      )
    }
    try {
      await recordJobs(req)
    } catch (error) {
      // The process figures still help while the database is down; the jobs gauges stay as they were.
      req.payload.logger.warn({ err: error, msg: 'metrics: jobs queue unreadable' })
    }
    const { registry } = metrics()
    return new Response(await registry.metrics(), {
      headers: { 'content-type': registry.contentType, 'cache-control': 'no-store' },
    })
  },
}
