import type { Endpoint } from 'payload'
import { sql } from '@payloadcms/db-postgres'
import path from 'node:path'

import { getEnv } from '@/config/env'
import { s3ClientConfig } from '@/plugins/s3Config'
import { readiness } from '@/server/readiness'

const noStore = { 'cache-control': 'no-store' }

/**
 * GET /api/health: 200 when the database answers, 503 otherwise. Kept as it was for the tools that
 * already poll it; load balancers use /ready, process supervisors /live (docs/operations.md).
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    try {
      await req.payload.db.drizzle.execute(sql`select 1`)
      return Response.json({ status: 'ok', database: 'reachable' }, { headers: noStore })
    } catch (error) {
      req.payload.logger.error({ err: error, msg: 'health check: database unreachable' })
      return Response.json({ status: 'unavailable', database: 'unreachable' }, { status: 503, headers: noStore })
    }
  },
}

/** GET /api/health/live: the process answers. No dependency is asked: restarting it would not fix them. */
export const livenessEndpoint: Endpoint = {
  path: '/health/live',
  method: 'get',
  handler: () => Response.json({ status: 'ok', uptime: Math.round(process.uptime()) }, { headers: noStore }),
}

/** GET /api/health/ready: 200 when the database, Redis (if configured) and file storage answer, else 503. */
export const readinessEndpoint: Endpoint = {
  path: '/health/ready',
  method: 'get',
  handler: async (req) => {
    const env = getEnv()
    const report = await readiness({
      pingDatabase: () => req.payload.db.drizzle.execute(sql`select 1`),
      redisUrl: env.REDIS_URL,
      s3: env.S3_BUCKET ? { bucket: env.S3_BUCKET, client: s3ClientConfig(env) } : undefined,
      dataDir: path.resolve(env.DATA_DIR),
    })
    if (report.status !== 'ready') req.payload.logger.warn({ msg: 'not ready', checks: report.checks })
    return Response.json(report, { status: report.status === 'ready' ? 200 : 503, headers: noStore })
  },
}

export const healthEndpoints: Endpoint[] = [healthEndpoint, livenessEndpoint, readinessEndpoint]
