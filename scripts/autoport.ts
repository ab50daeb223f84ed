/**
 * The launcher behind every npm script: resolves the database (embedded when DATABASE_URL is unset),
 * validates the configuration, applies migrations and runs the requested command.
 *
 *   tsx scripts/autoport.ts <dev|build|start|worker|demo|seed|migrate|payload …> [args]
 */
import { spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import path from 'node:path'

import { decideBuildNow } from './lib/buildLocks'
import { prepareEnvironment } from './lib/prepareEnvironment'
import { payloadProcessEnv } from './lib/payloadProcessEnv'

const [command = 'help', ...args] = process.argv.slice(2)
const bin = (name: string) => path.join('node_modules', '.bin', name)

function run(cmd: string, cmdArgs: string[], env: NodeJS.ProcessEnv, stdin: 'inherit' | 'ignore' = 'inherit') {
  return new Promise<number>((resolve) => {
    const child = spawn(cmd, cmdArgs, { stdio: [stdin, 'inherit', 'inherit'], env })
    const forward = (signal: NodeJS.Signals) => child.kill(signal)
    process.on('SIGINT', forward)
    process.on('SIGTERM', forward)
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward)
      process.off('SIGTERM', forward)
      resolve(code ?? (signal ? 1 : 0))
    })
  })
}

const payloadCli = (cliArgs: string[], env: NodeJS.ProcessEnv) =>
  // Generators and migrate:create; stdin closed because Payload asks questions when it has a terminal.
  run(bin('payload'), cliArgs, payloadProcessEnv(env), 'ignore')

/**
 * Cached storefront reads (unstable_cache) persist under .next between runs, but they belong to the
 * database they were read from, which may have been reset or seeded since: start from empty.
 */
function dropDataCache(): void {
  for (const dir of ['.next/cache/fetch-cache', '.next/dev/cache/fetch-cache'])
    rmSync(dir, { recursive: true, force: true })
}

/**
 * Builds unless the build is current (`ifStale`), and never under a running server of this folder:
 * the rebuild would replace the build it serves (scripts/lib/buildGuard.ts).
 */
async function build(ifStale: boolean, env: NodeJS.ProcessEnv, nextArgs: string[]): Promise<number> {
  const decision = decideBuildNow(ifStale)
  if (decision.action === 'refuse') {
    console.error(decision.reason)
    return 1
  }
  if (decision.action === 'reuse') {
    console.log(decision.reason)
    return 0
  }
  return run(bin('next'), ['build', ...nextArgs], env)
}

async function main(): Promise<number> {
  if (command === 'help' || command === '--help') {
    console.log('usage: tsx scripts/autoport.ts <dev|build|start|worker|demo|seed|migrate|keys:rotate|payload …>')
    return 0
  }
  const production = ['build', 'start', 'worker', 'demo'].includes(command)
  const { env, embedded, stop } = await prepareEnvironment({ production })
  try {
    const migrate = () => run(bin('tsx'), ['scripts/migrate.ts'], payloadProcessEnv(env), 'ignore')
    const seed = () => {
      if (!embedded && !args.includes('--allow-server')) {
        console.error('Refusing to seed demo data into DATABASE_URL: pass --allow-server to do it anyway.')
        return Promise.resolve(1)
      }
      return run(bin('tsx'), ['src/seed/index.ts'], payloadProcessEnv(env), 'ignore')
    }
    const start = () => {
      dropDataCache()
      // Not `next start`: our server decides the client's address before Next.js reads it.
      return run(bin('tsx'), ['scripts/server.ts'], { ...env, PORT: env.PORT ?? '3000' })
    }

    // `return await` below matters: the finally block must not stop the database before the child ends.
    switch (command) {
      case 'dev':
        dropDataCache()
        return (await migrate()) || (await run(bin('next'), ['dev', '-p', env.PORT ?? '3000', ...args], env))
      case 'build':
        // `--if-stale` (the test runner's and the bench's): keep a build that is newer than every source.
        return await build(
          args.includes('--if-stale'),
          env,
          args.filter((arg) => arg !== '--if-stale'),
        )
      case 'start':
        // Several instances starting at once must not each migrate: a deploy runs `npm run migrate`
        // once and starts them with MIGRATE_ON_START=false (docs/operations.md).
        if (env.MIGRATE_ON_START === 'false') return await start()
        return (await migrate()) || (await start())
      case 'worker': {
        // The jobs queue outside the web process (JOBS_RUNNER=worker, scripts/worker.ts), beside
        // web instances on the same database: an embedded one belongs to a single process.
        if (embedded) {
          console.error('The jobs worker needs DATABASE_URL: the embedded database serves one process.')
          return 1
        }
        const workerEnv = payloadProcessEnv({ ...env, NODE_ENV: 'production' })
        return (await migrate()) || (await run(bin('tsx'), ['scripts/worker.ts'], workerEnv, 'ignore'))
      }
      case 'migrate':
        return await migrate()
      case 'keys:rotate':
        return (
          (await migrate()) || (await run(bin('tsx'), ['scripts/rotate-keys.ts'], payloadProcessEnv(env), 'ignore'))
        )
      case 'seed':
        return (await migrate()) || (await seed())
      case 'demo': {
        if (await build(true, env, [])) return 1
        return (await migrate()) || (await seed()) || (await start())
      }
      case 'payload':
        return await payloadCli(args, env)
      default:
        console.error(`Unknown command "${command}"`)
        return 2
    }
  } finally {
    await stop()
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.message)
    process.exit(1)
  },
)
