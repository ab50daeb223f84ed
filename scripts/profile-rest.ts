/**
 * `node --conditions=production --import tsx scripts/profile-rest.ts [--vehicles 10000] [--runs 40]
 *   [--concurrency 1] [--explain [--full-plans]] [--statements] [--dump] [--only rest,graphql,local]`
 *
 * Where the time of Payload's public vehicle list goes, in-process (no server, no build): the REST
 * route handler and the GraphQL handler are called the way Next.js calls them, with the query the
 * bench loads (3 filters, price sort, 24 cars, depth 1), and the Local API's `find` as a visitor.
 * For each it prints the time per request (mean, p50, p95), this process's CPU time per request
 * (steadier than wall time when other processes share the machine), the SQL statements per request
 * and the response size. `--explain` runs EXPLAIN (ANALYZE, BUFFERS) on each statement of one
 * request, `--statements` lists them, `--dump` prints the first document of each answer. Add
 * `--cpu-prof --cpu-prof-dir=<dir>` to the node flags for a profile to open in Chrome's DevTools
 * (Node refuses it in NODE_OPTIONS).
 *
 * The database is `.data/profile-<N>` (or DATA_DIR): seeded with the demo data, grown to N
 * vehicles by cloning them in SQL and priced in every region, once, the way the bench prepares its
 * own. Grow from a fresh seed: growing an already grown inventory repeats slugs.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'

import { growInventory } from './lib/growInventory'
import { prepareEnvironment } from './lib/prepareEnvironment'

const args = process.argv.slice(2)
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`)
  return index >= 0 && args[index + 1] ? args[index + 1]! : fallback
}
const size = Number(option('vehicles', '10000'))
const runs = Number(option('runs', '40'))
const concurrency = Number(option('concurrency', '1'))
const only = option('only', 'rest,graphql,local').split(',')
const explain = args.includes('--explain')

export const REST_LIST =
  '/api/vehicles?where[fuel][in]=diesel,petrol&where[body][in]=suv,estate,sedan' +
  '&where[price.amount][less_than_equal]=8000000&sort=price.amount&limit=24&depth=1'

/** What a client building cards asks for over GraphQL: the same filters, sort and page size. */
export const GRAPHQL_LIST = `{
  Vehicles(
    where: { fuel: { in: [diesel, petrol] }, body: { in: [suv, estate, sedan] }, price__amount: { less_than_equal: 8000000 } }
    sort: "price.amount"
    limit: 24
  ) {
    totalDocs
    docs { id title slug make model trim year mileageKm fuel transmission body headline
      price { amount currency euroAmount }
      location { city country }
      gallery { url alt width height }
    }
  }
}`

type Statement = { text: string; values: unknown[]; ms: number }
const statements: Statement[] = []

/** Every query any pg client sends (Payload's pool included), with its time. */
function recordQueries(): void {
  const original = pg.Client.prototype.query as (...a: unknown[]) => unknown
  pg.Client.prototype.query = function (this: pg.Client, ...queryArgs: unknown[]) {
    const [first, second] = queryArgs as [string | { text: string; values?: unknown[] }, unknown]
    const text = typeof first === 'string' ? first : first?.text
    const values = (typeof first === 'object' && first?.values) || (Array.isArray(second) ? second : [])
    const started = performance.now()
    const record = () => text && statements.push({ text, values, ms: performance.now() - started })
    // The pool passes a callback (and then gets no promise back).
    const callback = queryArgs.at(-1)
    if (typeof callback === 'function') {
      queryArgs[queryArgs.length - 1] = (...results: unknown[]) => {
        record()
        return (callback as (...r: unknown[]) => unknown)(...results)
      }
      return original.apply(this, queryArgs)
    }
    const result = original.apply(this, queryArgs)
    if (text && result && typeof (result as Promise<unknown>).then === 'function') {
      ;(result as Promise<unknown>).then(record, () => {})
    }
    return result
  } as typeof pg.Client.prototype.query
}

function prepareDatabase(dataDir: string): Promise<boolean> | boolean {
  const tsx = path.join('node_modules', '.bin', 'tsx')
  const env = { ...process.env, DATA_DIR: dataDir }
  if (!existsSync(path.join(dataDir, 'postgres'))) {
    console.log(`Seeding the demo data into ${dataDir}…`)
    if (spawnSync(tsx, ['scripts/autoport.ts', 'seed'], { env, stdio: 'inherit' }).status !== 0)
      throw new Error('seed failed')
  }
  return growInventory(env, size).then((grown) => {
    if (grown) {
      const priced = spawnSync(tsx, ['scripts/autoport.ts', 'payload', 'run', 'scripts/refresh-landed-prices.ts'], {
        env,
        stdio: 'inherit',
      })
      if (priced.status !== 0) throw new Error('landed prices failed')
    }
    return grown
  })
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0

async function measure(name: string, call: () => Promise<number>) {
  for (let i = 0; i < 5; i++) await call() // warm-up: schema, caches, JIT
  statements.length = 0
  const times: number[] = []
  let bytes = 0
  const started = performance.now()
  const cpuStarted = process.cpuUsage()
  let next = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < runs) {
        next++
        const t0 = performance.now()
        bytes = await call()
        times.push(performance.now() - t0)
      }
    }),
  )
  const wall = performance.now() - started
  // CPU time of this process (Node's side only): steadier than wall time on a busy machine.
  const cpu = process.cpuUsage(cpuStarted)
  const cpuMs = (cpu.user + cpu.system) / 1000 / runs
  times.sort((a, b) => a - b)
  if (args.includes('--statements')) {
    const counts = new Map<string, number>()
    for (const { text } of statements) counts.set(text.slice(0, 90), (counts.get(text.slice(0, 90)) ?? 0) + 1)
    for (const [text, count] of counts) console.log(`  ${String(count).padStart(5)} × ${text}`)
  }
  const sqlMs = statements.reduce((sum, s) => sum + s.ms, 0)
  const mean = times.reduce((a, b) => a + b, 0) / times.length
  console.log(
    `${name.padEnd(34)} mean ${mean.toFixed(1).padStart(7)} ms  p50 ${percentile(times, 50).toFixed(1).padStart(7)}  ` +
      `p95 ${percentile(times, 95).toFixed(1).padStart(7)}  ${(runs / (wall / 1000)).toFixed(1).padStart(6)} req/s  ` +
      `node CPU ${cpuMs.toFixed(1)} ms/req  ${(statements.length / runs).toFixed(1)} SQL/req (${(sqlMs / runs).toFixed(1)} ms)  ${(bytes / 1024).toFixed(1)} kB`,
  )
}

async function explainOne(url: string, call: () => Promise<number>) {
  statements.length = 0
  await call()
  const seen = [...statements]
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  console.log(`\n${seen.length} statements of one request:`)
  for (const statement of seen) {
    if (!/^\s*(select|with)/i.test(statement.text)) continue
    // Buffers (pages read) say more than times when other processes share the CPU.
    const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`, statement.values as unknown[])
    const lines = plan.rows.map((row) => row['QUERY PLAN'] as string)
    const full = args.includes('--full-plans')
    console.log(
      `\n-- ${full ? statement.text : statement.text.slice(0, 300)}${!full && statement.text.length > 300 ? '…' : ''}`,
    )
    console.log(full ? lines.join('\n') : [...lines.slice(0, 12), lines.at(-1)].join('\n'))
  }
  await client.end()
}

async function main() {
  const dataDir = path.resolve(process.env.DATA_DIR ?? `.data/profile-${size}`)
  process.env.DATA_DIR = dataDir
  await prepareDatabase(dataDir)
  const { env, stop } = await prepareEnvironment({ production: false })
  Object.assign(process.env, env, { NODE_ENV: 'production' })
  recordQueries()
  try {
    const { default: config } = await import('../payload.config')
    const { getPayload } = await import('payload')
    const { guardedGraphql, guardedRest } = await import('../src/api/guardedRoutes')
    const payload = await getPayload({ config })
    const { GET } = guardedRest(config)
    const graphql = guardedGraphql(config)
    const base = process.env.SERVER_URL ?? 'http://localhost:3000'
    // The route handlers start the jobs queue's cron (it would send the seed's e-mails in the middle
    // of the measures): one call to start it, then stop it.
    await GET(new Request(new URL('/api/vehicles?limit=1', base)), { params: Promise.resolve({ slug: ['vehicles'] }) })
    const crons = (payload as unknown as { crons: { stop: () => Promise<void> | void }[] }).crons
    await Promise.all(crons.splice(0).map((cron) => cron.stop()))
    console.log(
      `${await payload.count({ collection: 'vehicles' }).then((r) => r.totalDocs)} vehicles, ${runs} runs, concurrency ${concurrency}\n`,
    )

    const restCall = async () => {
      const request = new Request(new URL(REST_LIST, base), { headers: { 'accept-encoding': 'identity' } })
      const slug = ['vehicles']
      const response = await GET(request, { params: Promise.resolve({ slug }) })
      const body = await response.text()
      if (response.status !== 200) throw new Error(`REST ${response.status}: ${body.slice(0, 300)}`)
      return Buffer.byteLength(body)
    }
    const graphqlText = async () => {
      const response = await graphql(
        new Request(new URL('/api/graphql', base), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: args.includes('--graphql-select')
              ? GRAPHQL_LIST.replace('limit: 24', 'limit: 24\n    select: true')
              : GRAPHQL_LIST,
          }),
        }),
      )
      const body = await response.text()
      if (response.status !== 200 || body.includes('"errors"'))
        throw new Error(`GraphQL ${response.status}: ${body.slice(0, 300)}`)
      return body
    }
    const graphqlCall = async () => Buffer.byteLength(await graphqlText())
    const localCall = async () => {
      const result = await payload.find({
        collection: 'vehicles',
        where: {
          fuel: { in: ['diesel', 'petrol'] },
          body: { in: ['suv', 'estate', 'sedan'] },
          'price.amount': { less_than_equal: 8000000 },
        },
        sort: 'price.amount',
        limit: 24,
        depth: 1,
        overrideAccess: false,
        user: null,
      })
      return Buffer.byteLength(JSON.stringify(result))
    }

    if (args.includes('--dump')) {
      const response = await GET(new Request(new URL(REST_LIST, base)), {
        params: Promise.resolve({ slug: ['vehicles'] }),
      })
      const body = (await response.json()) as { docs: unknown[] }
      console.log(JSON.stringify({ ...body, docs: body.docs.slice(0, 1) }, null, 1))
      const gq = await graphqlText()
      console.log(gq.slice(0, 1500))
    }
    if (only.includes('rest')) await measure('REST list (handler)', restCall)
    if (only.includes('graphql')) await measure('GraphQL list (handler)', graphqlCall)
    if (only.includes('local')) await measure('Local API find (visitor)', localCall)
    if (explain) await explainOne(process.env.DATABASE_URL!, only.includes('rest') ? restCall : graphqlCall)
    await payload.destroy()
  } finally {
    await stop()
  }
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(error)
    process.exit(1)
  },
)
