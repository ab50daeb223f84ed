/**
 * `npm run bench:cluster`: the storefront search through the load balancer with one instance, then
 * with two (tests/cluster/cluster.ts: a throwaway seeded database on CLUSTER_PG_SERVER, the shared
 * Redis cache on CLUSTER_REDIS_URL, the jobs worker). Needs a current build (`npm run build`).
 * On one machine two instances share its cores: the figures say what a second instance costs and
 * brings here, not what two machines would.
 *
 *   tsx scripts/bench-cluster.ts [--duration 15] [--connections 10]
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import autocannon from 'autocannon'

import { startCluster } from '../tests/cluster/cluster'
import { startProxy } from '../tests/cluster/proxy'

const { values } = parseArgs({
  options: { duration: { type: 'string', default: '15' }, connections: { type: 'string', default: '10' } },
})
const duration = Number(values.duration)
const connections = Number(values.connections)
const basePort = Number(process.env.CLUSTER_BASE_PORT ?? 4400)
// Several filters and a sort: the search a visitor makes, not the bare list.
const SEARCH = '/vehicles?fuel=petrol&fuel=hybrid&body=suv&body=sedan&sort=price_asc'

const percentile = (sorted: number[], p: number) =>
  Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0)

async function measure(name: string, baseUrl: string) {
  // Warm the caches and the JIT the same way for both set-ups.
  await autocannon({ url: baseUrl + SEARCH, connections, duration: 3 })
  const times: number[] = []
  const result = await autocannon({
    url: baseUrl + SEARCH,
    connections,
    duration,
    setupClient: (client) =>
      client.on('response', (_status: number, _bytes: number, responseTime: number) => times.push(responseTime)),
  })
  times.sort((a, b) => a - b)
  return {
    name,
    requests: result.requests.total,
    rps: Math.round(result.requests.average * 10) / 10,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    p99: percentile(times, 0.99),
    non2xx: result.non2xx,
    errors: result.errors,
  }
}

const cluster = await startCluster({
  instances: 2,
  basePort,
  pgServer: process.env.CLUSTER_PG_SERVER ?? 'postgres://postgres@127.0.0.1:5432',
  redisUrl: process.env.CLUSTER_REDIS_URL ?? 'redis://127.0.0.1:6379',
  worker: true,
  logDir: path.resolve('.data/bench-cluster-logs'),
})
try {
  const single = await startProxy({ port: basePort + 6, upstreams: [cluster.instances[0]!.port] })
  const rows = []
  try {
    rows.push(await measure('1 instance ', single.url))
  } finally {
    await single.close()
  }
  rows.push(await measure('2 instances', cluster.proxy.url))
  console.log(`\nGET ${SEARCH} through the proxy, ${connections} connections, ${duration} s each`)
  for (const row of rows) {
    console.log(
      `${row.name}: ${row.rps} req/s (${row.requests} requests), p50 ${row.p50} ms, p95 ${row.p95} ms, ` +
        `p99 ${row.p99} ms, non-2xx ${row.non2xx}, errors ${row.errors}`,
    )
  }
  console.log(
    `answered per instance port (2-instance run and warm-ups): ${JSON.stringify(Object.fromEntries(cluster.proxy.answeredBy))}`,
  )
} finally {
  await cluster.stop()
}
process.exit(0)
