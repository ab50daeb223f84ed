import type { Endpoint } from 'payload'
import { sql } from '@payloadcms/db-postgres'

/** GET /api/health: 200 when the database answers, 503 otherwise. */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    try {
      await req.payload.db.drizzle.execute(sql`select 1`)
      return Response.json({ status: 'ok', database: 'reachable' }, { headers: { 'cache-control': 'no-store' } })
    } catch (error) {
      req.payload.logger.error({ err: error, msg: 'health check: database unreachable' })
      return Response.json(
        { status: 'unavailable', database: 'unreachable' },
        { status: 503, headers: { 'cache-control': 'no-store' } },
      )
    }
  },
}
