import { NextRequest, NextResponse } from 'next/server'
import createMiddleware from 'next-intl/middleware'

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

/** Locale routing for the storefront only: the admin, the API and files are left alone. */
export default function proxy(request: NextRequest) {
  const rewritten = cacheableUrl(request.nextUrl)
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
  matcher: ['/((?!api|admin|next|_next|_vercel|.*\\..*).*)'],
}
