/**
 * The HTTP server of `npm start` / `npm run demo` (scripts/autoport.ts): Next.js behind
 * src/server/clientAddressServer.ts, which decides the client's address from the socket and the
 * proxies listed in TRUSTED_PROXIES, so the rate limits count real addresses, not claimed ones, and
 * src/server/compressedPages.ts, which keeps the compressed bytes of the pages Next.js serves from its
 * cache.
 *
 *   tsx scripts/server.ts   (NODE_ENV=production; PORT and TRUSTED_PROXIES from the environment)
 */
import next from 'next'

import { getEnv } from '../src/config/env'
import { parseTrustedProxies } from '../src/security/clientAddress'
import { createClientAddressServer } from '../src/server/clientAddressServer'
import { holdBuild } from './lib/buildLocks'
import { isCachedStorefrontPage, withCompressedPages } from '../src/server/compressedPages'

async function main(): Promise<void> {
  const { PORT: port, TRUSTED_PROXIES } = getEnv()
  const ranges = parseTrustedProxies(TRUSTED_PROXIES)
  // Before Next reads .next: from now on `build` refuses to replace the build under this server.
  holdBuild(port)
  const app = next({ dev: false, hostname: 'localhost', port })
  await app.prepare()
  const handle = app.getRequestHandler()
  // Cached storefront pages are compressed once per version, not per response (docs/architecture.md).
  const pages = withCompressedPages((request, response) => handle(request, response), isCachedStorefrontPage)
  const server = createClientAddressServer(pages, ranges)
  const upgrade = app.getUpgradeHandler()
  server.on('upgrade', (request, socket, head) => upgrade(request, socket, head))
  // Every interface, as `next start` does.
  server.listen(port, () => console.log(`▲ Autoport ready on http://localhost:${port}`))
  const stop = () => {
    server.close(() => process.exit(0))
    server.closeAllConnections()
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: Error) => {
  console.error(error)
  process.exit(1)
})
