import { HeadBucketCommand, S3Client, type S3ClientConfig } from '@aws-sdk/client-s3'
import { randomUUID } from 'node:crypto'
import { mkdir, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { createClient } from 'redis'

export type DependencyState = 'ok' | 'unreachable' | 'not-configured'
export type Readiness = {
  status: 'ready' | 'not-ready'
  checks: { database: DependencyState; redis: DependencyState; storage: DependencyState }
  storage: 's3' | 'local'
}

export type ReadinessSettings = {
  /** Runs `select 1` on the application's pool. */
  pingDatabase: () => Promise<unknown>
  redisUrl?: string
  s3?: { bucket: string; client: S3ClientConfig }
  dataDir: string
  timeoutMs?: number
}

/** A load balancer waits a few seconds at most: a dependency that does not answer in time is down. */
function within<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}

async function pingRedis(url: string, timeoutMs: number): Promise<void> {
  // A connection of its own: the probe must fail when Redis is down, not wait for a reconnect.
  const client = createClient({ url, socket: { connectTimeout: timeoutMs, reconnectStrategy: false } })
  client.on('error', () => {})
  try {
    await client.connect()
    const answer = await client.ping()
    if (answer !== 'PONG') throw new Error(`PING answered ${answer}`)
  } finally {
    if (client.isOpen) client.destroy()
  }
}

let s3Client: { config: S3ClientConfig; client: S3Client } | undefined
async function headBucket(s3: NonNullable<ReadinessSettings['s3']>): Promise<void> {
  if (s3Client?.config !== s3.client) s3Client = { config: s3.client, client: new S3Client(s3.client) }
  await s3Client.client.send(new HeadBucketCommand({ Bucket: s3.bucket }))
}

/** Uploads, the outbox and exports are written there: a read-only or full disk means not ready. */
async function writeProbe(dataDir: string): Promise<void> {
  await mkdir(dataDir, { recursive: true })
  const file = path.join(dataDir, `.ready-${randomUUID()}`)
  await writeFile(file, 'ok')
  await unlink(file)
}

/**
 * GET /api/health/ready: may this instance take traffic? Every dependency a request can need is
 * probed at once, each within the timeout; the answer lists them so the failing one is named.
 */
export async function readiness(settings: ReadinessSettings): Promise<Readiness> {
  const ms = settings.timeoutMs ?? 3000
  const state = (work: Promise<unknown>): Promise<DependencyState> =>
    within(work, ms).then(
      () => 'ok',
      () => 'unreachable',
    )
  const [database, redis, storage] = await Promise.all([
    state(settings.pingDatabase()),
    settings.redisUrl ? state(pingRedis(settings.redisUrl, ms)) : Promise.resolve<DependencyState>('not-configured'),
    state(settings.s3 ? headBucket(settings.s3) : writeProbe(settings.dataDir)),
  ])
  const ready = database === 'ok' && redis !== 'unreachable' && storage === 'ok'
  return {
    status: ready ? 'ready' : 'not-ready',
    checks: { database, redis, storage },
    storage: settings.s3 ? 's3' : 'local',
  }
}
