import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import { PHASE_PRODUCTION_SERVER } from 'next/constants'
import path from 'node:path'
import createNextIntlPlugin from 'next-intl/plugin'

import { securityHeaders } from './src/config/securityHeaders'

const production = process.env.NODE_ENV === 'production'

const nextConfig: NextConfig = {
  // The Docker image (Dockerfile) builds with NEXT_OUTPUT=standalone: a self-contained server with
  // only the files it needs. `npm run build` / `next start` keep the usual output.
  ...(process.env.NEXT_OUTPUT === 'standalone' ? { output: 'standalone' as const } : {}),
  // Loaded from node_modules, not bundled: scripts/server.ts records into the same metrics registry.
  serverExternalPackages: ['prom-client'],
  reactStrictMode: true,
  compress: true,
  // Next.js hashes each page it sends for its ETag, in JavaScript: on a 240 kB cached search that
  // was 40% of the server's CPU. Cached storefront pages get their ETag from scripts/server.ts
  // (src/server/compressedPages.ts), hashed natively and only when they change; other pages are
  // rendered per request and had none.
  generateEtags: false,
  experimental: {
    // Rendered pages and cached reads belong to the database they came from; a restart against a
    // reset or freshly seeded database must not serve them. They live in memory only.
    isrFlushToDisk: false,
    // Identity documents go up through a server action: the collection caps them at 10 MB and
    // says so; the transport must let such a file (plus the form around it) reach that check.
    serverActions: { bodySizeLimit: '11mb' },
    proxyClientMaxBodySize: '11mb',
    // The storefront's CSS is ~20 kB: in a <style> in the head, it no longer blocks the first paint
    // behind two stylesheet requests. (The admin's first load carries its own CSS inline too; its
    // client-side navigations still fetch stylesheets.)
    inlineCss: true,
  },
  images: {
    formats: ['image/avif', 'image/webp'],
    // Fewer candidate widths: every one is a URL repeated in each card's srcset (24 per search page).
    deviceSizes: [640, 828, 1080, 1280, 1920],
    imageSizes: [256, 384],
  },
  async headers() {
    // Personal pages must never be stored by a browser or a shared cache.
    const noStore = [{ key: 'Cache-Control', value: 'private, no-store, max-age=0' }]
    return [
      { source: '/:path*', headers: securityHeaders({ production }) },
      { source: '/account/:path*', headers: noStore },
      { source: '/account', headers: noStore },
      { source: '/en/account/:path*', headers: noStore },
      { source: '/en/account', headers: noStore },
    ]
  },
}

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts')
const payloadConfig = withNextIntl(withPayload(nextConfig, { devBundleServerPackages: false }))

/**
 * withPayload asks every route for the colour-scheme client hint with `Critical-CH`, which makes
 * Chrome retry each first navigation. Only the admin UI uses that hint, so it stays there.
 */
const adminOnlyHints: NextConfig['headers'] = async () => {
  const rules = (await payloadConfig.headers?.()) ?? []
  return rules.map((rule) => {
    const clientHint = rule.headers.some((header) => header.key === 'Critical-CH')
    return clientHint && rule.source === '/:path*' ? { ...rule, source: '/admin/:path*' } : rule
  })
}

/**
 * Several instances behind a load balancer share one cache in Redis (cache-handler.mjs): a page or
 * a read dropped by a staff edit on one instance is dropped for all. Only the running server uses
 * it (started from the project directory, as scripts/server.ts is): a build never writes pages into
 * a Redis that live servers read. Without REDIS_URL the cache stays in this process's memory, as
 * isrFlushToDisk above says.
 */
const sharedCache = (phase: string): NextConfig =>
  phase === PHASE_PRODUCTION_SERVER && process.env.REDIS_URL?.trim()
    ? { cacheHandler: path.resolve('cache-handler.mjs'), cacheMaxMemorySize: 0 }
    : {}

export default (phase: string): NextConfig => ({ ...payloadConfig, headers: adminOnlyHints, ...sharedCache(phase) })
