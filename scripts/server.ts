/**
 * The HTTP server of `npm start` / `npm run demo` (scripts/autoport.ts): Next.js behind
 * src/server/clientAddressServer.ts, which decides the client's address from the socket and the
 * proxies listed in TRUSTED_PROXIES, so the rate limits count real addresses, not claimed ones.
 *
 *   tsx scripts/server.ts   (NODE_ENV=production; PORT and TRUSTED_PROXIES from the environment)
 */
import next from 'next'

import { getEnv } from '../src/config/env'
import { parseTrustedProxies } from '../src/security/clientAddress'
import { createClientAddressServer } from '../src/server/clientAddressServer'

/** How long requests in progress get after SIGTERM. */
const DRAIN_MS = 10_000

async function main(): Promise<void> {
  const { PORT: port, TRUSTED_PROXIES } = getEnv()
  const ranges = parseTrustedProxies(TRUSTED_PROXIES)
  const app = next({ dev: false, hostname: 'localhost', port })
  await app.prepare()
  const handle = app.getRequestHandler()
  const server = createClientAddressServer((request, response) => handle(request, response), ranges)
  const upgrade = app.getUpgradeHandler()
  server.on('upgrade', (request, socket, head) => upgrade(request, socket, head))
  // Every interface, as `next start` does.
  server.listen(port, () => console.log(`▲ Autoport ready on http://localhost:${port}`))
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
