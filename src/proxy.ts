import { NextRequest, NextResponse } from 'next/server'
import createMiddleware from 'next-intl/middleware'

import { contentSecurityPolicy, createNonce, routeKind } from './config/securityHeaders'
import { isRegionCode } from './domain/regions'
import { parseVehicleSearch, serializeVehicleSearch } from './domain/vehicleSearch'
import { routing } from './i18n/routing'

const intl = createMiddleware(routing)

/**
 * Query strings make a page dynamic, and dynamic pages are rendered for every visitor. The
 * storefront's two query-driven pages are rewritten to a path that carries the canonical query, so
 * each distinct search (or destination region) is rendered once and served from the cache:
 *   /vehicles?sort=price_asc&make=BMW  →  /vehicles/q/make%3DBMW%26sort%3Dprice_asc
 *   /vehicles/<slug>?region=HDF         →  /vehicles/<slug>/in/HDF
 * The address in the browser does not change.
 */
export function cacheableUrl(url: URL): URL | null {
  const search = url.pathname.match(/^(\/en)?\/vehicles\/?$/)
  if (search && url.search) {
    const query = serializeVehicleSearch(parseVehicleSearch(url.searchParams))
    return new URL(`${search[1] ?? ''}/vehicles${query ? `/q/${encodeURIComponent(query)}` : ''}`, url)
  }
  const vehicle = url.pathname.match(/^(\/en)?\/vehicles\/([a-z0-9-]+)\/?$/)
  const region = url.searchParams.get('region')
  if (vehicle && region && isRegionCode(region)) {
    return new URL(`${vehicle[1] ?? ''}/vehicles/${vehicle[2]}/in/${region}`, url)
  }
  return null
}

/**
 * Pages rendered per request get a fresh nonce (docs/security.md): it goes on the request, where
 * Next reads it to mark its own scripts, and on the response. Cached pages keep the policy of
 * next.config.ts: a nonce there would force them to render per request.
 */
function withNonce(request: NextRequest): string | null {
  // Next takes the nonce from this request header: a client must not choose one and have it
  // written into a cached page.
  request.headers.delete('content-security-policy')
  request.headers.delete('content-security-policy-report-only')
  const draftMode = request.cookies.has('__prerender_bypass')
  if (routeKind(request.nextUrl.pathname, { draftMode }) !== 'rendered') return null
  const policy = contentSecurityPolicy({ production: process.env.NODE_ENV === 'production', nonce: createNonce() })
  request.headers.set('content-security-policy', policy)
  return policy
}

/** Locale routing for the storefront; the admin only gets its nonce. The API and files are left alone. */
export default function proxy(request: NextRequest) {
  const policy = withNonce(request)
  if (request.nextUrl.pathname === '/admin' || request.nextUrl.pathname.startsWith('/admin/')) {
    const response = NextResponse.next({ request: { headers: request.headers } })
    if (policy) response.headers.set('content-security-policy', policy)
    return response
  }
  const response = storefront(request)
  if (policy) response.headers.set('content-security-policy', policy)
  return response
}

function storefront(request: NextRequest) {
  const rewritten = cacheableUrl(request.nextUrl)
  // next-intl forwards the request's headers (the nonce policy included) to the page.
  const response = intl(rewritten ? new NextRequest(rewritten, request) : request)
  // next-intl rewrites an address that needs its locale added (French, at the root) but lets an
  // address that already carries it (/en/…) through unchanged, and "through" means the original
  // URL: the English search and region pages lost their query. Apply our rewrite ourselves, with
  // the request headers next-intl set.
  if (rewritten && response.headers.get('x-middleware-next') && !response.headers.has('x-middleware-rewrite')) {
    const headers = new Headers(response.headers)
    headers.delete('x-middleware-next')
    return NextResponse.rewrite(rewritten, { headers })
  }
  return response
}

export const config = {
  matcher: ['/((?!api|admin|next|_next|_vercel|.*\\..*).*)', '/admin', '/admin/:path*'],
}
