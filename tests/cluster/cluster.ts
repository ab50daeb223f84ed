import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, openSync } from 'node:fs'
import path from 'node:path'

import pg from 'pg'
import { createClient } from 'redis'

import { FAKE_STRIPE } from '../helpers/fakeProviders/env'
import { startProxy, type ClusterProxy } from './proxy'

/**
 * Autoport scaled out on one machine, for the cluster test and bench: a throwaway database on a
 * PostgreSQL server, migrated and seeded; N `npm start` instances sharing Redis (REDIS_URL) and
 * leaving jobs to one `npm run worker` (JOBS_RUNNER=worker); a round-robin proxy in front.
 * Ports: the proxy on `basePort`, instances on basePort+1…, the test SMTP server on basePort+9.
 */
export interface ClusterOptions {
  instances: number
  basePort: number
  /** A PostgreSQL server the run may create and drop a database on. */
  pgServer: string
  redisUrl: string
  worker: boolean
  /** Where each process writes its output. */
  logDir: string
  /** Settings for one instance (1-based), e.g. its own way to Redis. */
  instanceEnv?: (index: number) => Record<string, string>
}

export interface Instance {
  port: number
  url: string
  process: ChildProcess
}

export interface Cluster {
  proxy: ClusterProxy
  instances: Instance[]
  worker?: ChildProcess
  smtpPort: number
  databaseUrl: string
  redisPrefix: string
  /** Kills the process group of a child (autoport.ts and the server it started). */
  signal(child: ChildProcess, signal: NodeJS.Signals): void
  stop(): Promise<void>
}

const tsx = path.join('node_modules', '.bin', 'tsx')

async function adminQuery(pgServer: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${pgServer}/postgres` })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited with ${child.exitCode}`)
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) })
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}

async function dropRedisKeys(redisUrl: string, prefix: string): Promise<void> {
  const client = createClient({ url: redisUrl })
  client.on('error', () => {})
  await client.connect()
  try {
    for await (const keys of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) {
      if (keys.length) await client.unlink(keys)
    }
  } finally {
    await client.quit()
  }
}

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const run = `${Date.now()}_${process.pid}`
  const database = `autoport_cluster_${run}`
  const databaseUrl = `${options.pgServer}/${database}`
  const redisPrefix = `autoport-cluster-${run}:`
  const proxyUrl = `http://127.0.0.1:${options.basePort}`
  const smtpPort = options.basePort + 9
  mkdirSync(options.logDir, { recursive: true })

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: databaseUrl,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    DOCUMENT_KEYS: `cluster:${randomBytes(32).toString('base64')}`,
    SERVER_URL: proxyUrl,
    REDIS_URL: options.redisUrl,
    REDIS_KEY_PREFIX: redisPrefix,
    JOBS_RUNNER: options.worker ? 'worker' : 'web',
    // The proxy's hop is believed, so each test can speak for a client address of its own.
    TRUSTED_PROXIES: '127.0.0.1/32',
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    STRIPE_SECRET_KEY: FAKE_STRIPE.secretKey,
    STRIPE_WEBHOOK_SECRET: FAKE_STRIPE.webhookSecret,
    // Never called: webhooks are verified from their signature alone.
    STRIPE_API_BASE: `http://127.0.0.1:${options.basePort + 8}`,
  }
  const children: ChildProcess[] = []
  const launch = (name: string, args: string[], extra: Record<string, string> = {}) => {
    const log = openSync(path.join(options.logDir, `${name}.log`), 'w')
    // Its own process group: a signal reaches autoport.ts and the server under it alike.
    const child = spawn(tsx, ['scripts/autoport.ts', ...args], {
      env: { ...env, ...extra },
      stdio: ['ignore', log, log],
      detached: true,
    })
    children.push(child)
    return child
  }
  const signal = (child: ChildProcess, sig: NodeJS.Signals) => {
    if (child.pid && child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, sig)
      } catch {
        // already gone
      }
    }
  }

  await adminQuery(options.pgServer, `CREATE DATABASE ${database}`)
  let proxy: ClusterProxy | undefined
  const stop = async () => {
    await proxy?.close()
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve()
            child.once('exit', () => resolve())
            signal(child, 'SIGTERM')
            setTimeout(() => signal(child, 'SIGKILL'), 15_000).unref()
          }),
      ),
    )
    await adminQuery(options.pgServer, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
    await dropRedisKeys(options.redisUrl, redisPrefix).catch((error: Error) =>
      console.error(`cluster: could not drop the Redis keys ${redisPrefix}*: ${error.message}`),
    )
  }

  try {
    const seed = spawn(tsx, ['scripts/autoport.ts', 'seed', '--allow-server'], { env, stdio: 'inherit' })
    const seeded = await new Promise<number | null>((resolve) => seed.on('exit', (code) => resolve(code)))
    if (seeded !== 0) throw new Error(`seeding ${database} failed`)

    const instances: Instance[] = []
    for (let i = 1; i <= options.instances; i++) {
      const port = options.basePort + i
      instances.push({
        port,
        url: `http://127.0.0.1:${port}`,
        process: launch(`instance${i}`, ['start'], { PORT: String(port), ...options.instanceEnv?.(i) }),
      })
    }
    const worker = options.worker ? launch('worker', ['worker']) : undefined
    for (const instance of instances) await waitForHttp(`${instance.url}/api/health`, instance.process, 180_000)
    proxy = await startProxy({ port: options.basePort, upstreams: instances.map((instance) => instance.port) })
    return { proxy, instances, worker, smtpPort, databaseUrl, redisPrefix, signal, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
