import type { Payload } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'

describe('GET /api/health', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await testPayload()
  })

  it('answers 200 while the database is reachable', async () => {
    const response = await rest('GET', '/api/health')
    expect(response.status).toBe(200)
    expect(response.body).toEqual({ status: 'ok', database: 'reachable' })
    expect(response.headers.get('cache-control')).toBe('no-store')
  })

  describe('when the database refuses connections', () => {
    const admin = () => {
      const url = new URL(process.env.DATABASE_URL!)
      url.pathname = '/postgres'
      return new pg.Client({ connectionString: url.toString() })
    }
    const database = () => new URL(process.env.DATABASE_URL!).pathname.slice(1)

    beforeAll(async () => {
      const client = admin()
      await client.connect()
      await client.query(`ALTER DATABASE "${database()}" ALLOW_CONNECTIONS false`)
      await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [database()])
      await client.end()
    })

    afterAll(async () => {
      const client = admin()
      await client.connect()
      await client.query(`ALTER DATABASE "${database()}" ALLOW_CONNECTIONS true`)
      await client.end()
    })

    it('answers 503 and the process survives the dropped connections', async () => {
      const response = await rest('GET', '/api/health')
      expect(response.status).toBe(503)
      expect(response.body).toEqual({ status: 'unavailable', database: 'unreachable' })
    })

    it('is not ready (503, the database named) but still alive', async () => {
      const ready = await rest('GET', '/api/health/ready')
      expect(ready.status).toBe(503)
      expect(ready.body).toEqual({
        status: 'not-ready',
        checks: { database: 'unreachable', redis: 'not-configured', storage: 'ok' },
        storage: 'local',
      })
      const live = await rest('GET', '/api/health/live')
      expect(live.status).toBe(200)
      expect(live.body.status).toBe('ok')
    })
  })

  it('recovers once the database accepts connections again', async () => {
    const response = await rest('GET', '/api/health')
    expect(response.status).toBe(200)
    expect(payload.db.pool.totalCount).toBeGreaterThan(0)
  })
})
