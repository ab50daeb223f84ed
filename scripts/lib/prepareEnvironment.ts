import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'

import { startEmbeddedDatabase } from '../../src/config/embeddedDatabase'
import { ConfigError, parseEnv } from '../../src/config/env'

export type PreparedEnvironment = {
  env: NodeJS.ProcessEnv
  embedded: boolean
  stop: () => Promise<void>
}

/** The embedded database gets a secret generated once and kept beside its data. */
function embeddedSecret(dataDir: string): string {
  const file = path.join(dataDir, 'payload-secret')
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true })
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  }
  return readFileSync(file, 'utf8').trim()
}

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

async function assertReachable(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 })
  client.on('error', () => {})
  try {
    await client.connect()
  } catch (error) {
    const err = error as NodeJS.ErrnoException
    // Payload creates a missing database itself on first connection.
    if (err.code === '3D000') return
    const { hostname, port } = new URL(databaseUrl)
    fail(`Cannot reach PostgreSQL at ${hostname}:${port || 5432} (DATABASE_URL): ${err.code ?? err.message}`)
  } finally {
    await client.end().catch(() => {})
  }
}

export async function prepareEnvironment({ production }: { production: boolean }): Promise<PreparedEnvironment> {
  if (existsSync('.env')) process.loadEnvFile('.env')
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    PAYLOAD_CONFIG_PATH: path.resolve('payload.config.ts'),
  }
  const dataDir = env.DATA_DIR ?? '.data'
  let stop = async () => {}
  const embedded = !env.DATABASE_URL

  if (embedded) {
    try {
      const database = await startEmbeddedDatabase(path.join(dataDir, 'postgres'), {
        log: process.env.DEBUG_PG ? (l) => console.error('[pg]', l) : undefined,
      })
      stop = database.stop
      env.DATABASE_URL = database.url
    } catch (error) {
      fail(`Could not start the embedded PostgreSQL under ${dataDir}/postgres: ${(error as Error)?.message ?? error}`)
    }
    env.DATABASE_EMBEDDED = '1'
    env.PAYLOAD_SECRET ||= embeddedSecret(dataDir)
  }

  try {
    parseEnv({ ...env, NODE_ENV: production ? 'production' : env.NODE_ENV })
  } catch (error) {
    await stop()
    if (error instanceof ConfigError) fail(error.message)
    throw error
  }
  await assertReachable(env.DATABASE_URL!)
  return { env, embedded, stop }
}
