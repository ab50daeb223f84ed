import { sql } from '@payloadcms/db-postgres'
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { createServer, type Server, type Socket } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import S3rver from 's3rver'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getEnv } from '@/config/env'
import { readiness, type ReadinessSettings } from '@/server/readiness'
import { freePort } from '../helpers/fakeProviders/env'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'

/** Enough of Redis's protocol for a probe: PING answers PONG, every other command OK. */
function fakeRedis(): Server {
  return createServer((socket: Socket) => {
    let buffer = ''
    socket.on('data', (chunk) => {
      buffer += chunk.toString('latin1')
      // Commands arrive as RESP arrays: *<n>\r\n then n times $<len>\r\n<bytes>\r\n.
      for (;;) {
        const match = /^\*(\d+)\r\n/.exec(buffer)
        if (!match) return
        let offset = match[0].length
        const parts: string[] = []
        for (let i = 0; i < Number(match[1]); i++) {
          const header = /^\$(\d+)\r\n/.exec(buffer.slice(offset))
          if (!header) return
          const start = offset + header[0].length
          const end = start + Number(header[1])
          if (buffer.length < end + 2) return
          parts.push(buffer.slice(start, end))
          offset = end + 2
        }
        buffer = buffer.slice(offset)
        socket.write(parts[0]?.toUpperCase() === 'PING' ? '+PONG\r\n' : '+OK\r\n')
      }
    })
  })
}

describe('GET /api/health/live and /api/health/ready', () => {
  let payload: Payload
  let settings: ReadinessSettings
  let closedPort: number

  beforeAll(async () => {
    payload = await testPayload()
    closedPort = await freePort()
    settings = {
      pingDatabase: () => payload.db.drizzle.execute(sql`select 1`),
      dataDir: mkdtempSync(path.join(os.tmpdir(), 'autoport-ready-')),
      timeoutMs: 2000,
    }
  })

  it('live answers 200 without asking anything else', async () => {
    const response = await rest('GET', '/api/health/live')
    expect(response.status).toBe(200)
    expect(response.body).toEqual({ status: 'ok', uptime: expect.any(Number) })
    expect(response.headers.get('cache-control')).toBe('no-store')
  })

  it('ready answers 200 with each dependency: database, no Redis configured, local storage writable', async () => {
    const response = await rest('GET', '/api/health/ready')
    expect(response.status).toBe(200)
    expect(response.body).toEqual({
      status: 'ready',
      checks: { database: 'ok', redis: 'not-configured', storage: 'ok' },
      storage: 'local',
    })
    expect(response.headers.get('cache-control')).toBe('no-store')
  })

  it('ready answers 503 naming Redis when REDIS_URL points at nothing', async () => {
    const env = getEnv()
    env.REDIS_URL = `redis://127.0.0.1:${closedPort}`
    try {
      const response = await rest('GET', '/api/health/ready')
      expect(response.status).toBe(503)
      expect(response.body.status).toBe('not-ready')
      expect(response.body.checks).toEqual({ database: 'ok', redis: 'unreachable', storage: 'ok' })
    } finally {
      delete env.REDIS_URL
    }
    // The plain health check only ever asked the database.
    expect((await rest('GET', '/api/health')).status).toBe(200)
  })

  it('Redis that answers PING makes it ready', async () => {
    const server = fakeRedis()
    const port = await freePort()
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
    try {
      const report = await readiness({ ...settings, redisUrl: `redis://127.0.0.1:${port}` })
      expect(report).toEqual({
        status: 'ready',
        checks: { database: 'ok', redis: 'ok', storage: 'ok' },
        storage: 'local',
      })
    } finally {
      server.close()
    }
  })

  it('a Redis that never answers is down within the timeout', async () => {
    // Accepts the connection and says nothing.
    const server = createServer(() => {})
    const port = await freePort()
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
    try {
      const started = Date.now()
      const report = await readiness({ ...settings, redisUrl: `redis://127.0.0.1:${port}`, timeoutMs: 500 })
      expect(report.checks.redis).toBe('unreachable')
      expect(Date.now() - started).toBeLessThan(2000)
    } finally {
      server.close()
    }
  })

  it('local storage that cannot be written is not ready, and the probe leaves no file behind', async () => {
    const file = path.join(settings.dataDir, 'not-a-folder')
    writeFileSync(file, 'x')
    const report = await readiness({ ...settings, dataDir: file })
    expect(report).toEqual({
      status: 'not-ready',
      checks: { database: 'ok', redis: 'not-configured', storage: 'unreachable' },
      storage: 'local',
    })
    await readiness(settings)
    expect(readdirSync(settings.dataDir)).toEqual(['not-a-folder'])
  })

  describe('with S3 storage', () => {
    let s3: S3rver
    let port: number
    const s3Settings = (bucket: string): ReadinessSettings['s3'] => ({
      bucket,
      client: {
        region: 'us-east-1',
        endpoint: `http://127.0.0.1:${port}`,
        forcePathStyle: true,
        credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      },
    })

    beforeAll(async () => {
      port = await freePort()
      s3 = new S3rver({
        port,
        address: '127.0.0.1',
        silent: true,
        directory: mkdtempSync(path.join(os.tmpdir(), 'autoport-ready-s3-')),
        configureBuckets: [{ name: 'autoport-ready', configs: [] }],
      })
      await s3.run()
    })
    afterAll(() => s3?.close())

    it('is ready when the bucket answers HEAD', async () => {
      const report = await readiness({ ...settings, s3: s3Settings('autoport-ready') })
      expect(report).toEqual({
        status: 'ready',
        checks: { database: 'ok', redis: 'not-configured', storage: 'ok' },
        storage: 's3',
      })
    })

    it('is not ready when the bucket is missing', async () => {
      const report = await readiness({ ...settings, s3: s3Settings('no-such-bucket') })
      expect(report.status).toBe('not-ready')
      expect(report.checks.storage).toBe('unreachable')
    })

    it('is not ready when the S3 server is down', async () => {
      await s3.close()
      const report = await readiness({ ...settings, s3: s3Settings('autoport-ready') })
      expect(report.checks.storage).toBe('unreachable')
      await s3.run()
    })
  })
})
