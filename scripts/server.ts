/**
 * The HTTP server of `npm start` / `npm run demo` (scripts/autoport.ts) and of the Docker image:
 * Next.js behind src/server/clientAddressServer.ts, which decides the client's address from the
 * socket and the proxies listed in TRUSTED_PROXIES, so the rate limits count real addresses, not
 * claimed ones; behind src/server/requestLog.ts: a request id, one access-log line and the latency
 * metrics per request (docs/operations.md); behind src/server/compressedPages.ts, which keeps the
 * compressed bytes of the pages Next.js serves from its cache; and behind
 * src/server/optimizedImages.ts, which keeps the pictures Next.js's image optimizer encodes.
 *
 *   tsx scripts/server.ts   (NODE_ENV=production; PORT and TRUSTED_PROXIES from the environment)
 */
import { existsSync, readFileSync } from 'node:fs'
import next from 'next'

import { getEnv } from '../src/config/env'
import { parseTrustedProxies } from '../src/security/clientAddress'
import { createClientAddressServer } from '../src/server/clientAddressServer'
import { holdBuild } from './lib/buildLocks'
import { isCachedStorefrontPage, withCompressedPages } from '../src/server/compressedPages'
import { appLogger } from '../src/server/logger'
import { withOptimizedImages } from '../src/server/optimizedImages'
import { withRequestLog } from '../src/server/requestLog'

/**
 * A standalone build (the Docker image) has no next.config.ts beside it: its settings come from
 * the build's required-server-files.json, as in the server.js Next.js writes for standalone output.
 */
function standaloneConfig() {
  const file = '.next/required-server-files.json'
  if (existsSync('next.config.ts') || !existsSync(file)) return undefined
  const { config } = JSON.parse(readFileSync(file, 'utf8'))
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config)
  return config
}

/** How long requests in progress get after SIGTERM. */
const DRAIN_MS = 10_000

async function main(): Promise<void> {
  const env = getEnv()
  const { PORT: port, TRUSTED_PROXIES } = env
  const logger = appLogger(env)
  const ranges = parseTrustedProxies(TRUSTED_PROXIES)
  // Before Next reads .next: from now on `build` refuses to replace the build under this server.
  holdBuild(port)
  const app = next({ dev: false, hostname: 'localhost', port, conf: standaloneConfig() })
  await app.prepare()
  const handle = app.getRequestHandler()
  // Cached storefront pages are compressed once per version, not per response (docs/architecture.md).
  const pages = withCompressedPages((request, response) => handle(request, response), isCachedStorefrontPage)
  // Encoded pictures are kept in memory: Next.js's own image cache is on disk, off with the pages'.
  const pictures = withOptimizedImages(pages)
  const server = createClientAddressServer(withRequestLog(pictures, logger), ranges)
  const upgrade = app.getUpgradeHandler()
  server.on('upgrade', (request, socket, head) => upgrade(request, socket, head))
  // Every interface, as `next start` does.
  server.listen(port, () => logger.info({ msg: `Autoport ready on http://localhost:${port}`, port }))
  // SIGTERM (a rolling deploy, a scale-in): stop taking connections, let the requests in progress
  // finish, then leave. Idle keep-alive connections close at once; a load balancer resends on them.
  let stopping = false
  const stop = () => {
    if (stopping) return
    stopping = true
    server.close(() => process.exit(0))
    server.closeIdleConnections()
    setTimeout(() => {
      server.closeAllConnections()
      process.exit(0)
    }, DRAIN_MS).unref()
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: Error) => {
  console.error(error)
  process.exit(1)
})
