import { NextRequest } from 'next/server'
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
  return intl(rewritten ? new NextRequest(rewritten, request) : request)
}

export const config = {
  matcher: ['/((?!api|admin|next|_next|_vercel|.*\\..*).*)'],
}
