/**
 * Security headers (docs/security.md, Content Security Policy).
 *
 * Two script policies, chosen per route by `routeKind`:
 * - `rendered` pages (customer portal, quote forms, unsubscribe, live preview, the admin) are rendered
 *   for each request, so each response can carry a fresh nonce: Next puts it on its own scripts and
 *   `'strict-dynamic'` lets those load the rest. No inline script without the nonce runs there.
 * - `cached` pages (home, search, vehicle and content pages) are served from the cache, the same HTML
 *   for every visitor. A nonce would have to be in that shared HTML, which defeats it, and their inline
 *   flight-data scripts differ per page and per deploy, so no fixed list of hashes covers them (Next's
 *   `experimental.sri` only adds `integrity` to the external chunks). They keep `'self' 'unsafe-inline'`;
 *   they hold no session and no personal data, and the rest of the policy still applies.
 */
export type RouteKind = 'rendered' | 'cached'

const localePrefix = /^\/en(?=\/|$)/

/** Storefront paths rendered per request, after the locale prefix: the portal, the quote pages, unsubscribe. */
const renderedPrefixes = ['/account', '/quote', '/searches/unsubscribe']

/**
 * Which policy a path gets. Draft mode (the live preview) renders every page per request, so a
 * request carrying Next's draft-mode cookie is `rendered` too.
 */
export function routeKind(pathname: string, { draftMode = false }: { draftMode?: boolean } = {}): RouteKind {
  if (draftMode) return 'rendered'
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return 'rendered'
  const path = pathname.replace(localePrefix, '') || '/'
  return renderedPrefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}/`)) ? 'rendered' : 'cached'
}

/** A fresh nonce: 128 random bits, base64. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return btoa(String.fromCharCode(...bytes))
}

const mapsHosts = 'https://maps.googleapis.com'

/** The Content-Security-Policy value: with a nonce for a `rendered` page, without for a `cached` one. */
export function contentSecurityPolicy({ production, nonce }: { production: boolean; nonce?: string }): string {
  // Dev mode needs eval for fast refresh.
  const evalSource = production ? '' : " 'unsafe-eval'"
  const scripts = nonce
    ? // 'self' and the host are ignored by browsers that know 'strict-dynamic'; older ones fall back to them.
      `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${evalSource} ${mapsHosts}`
    : // Cached HTML: Next streams its payload through inline scripts that no nonce or hash can cover.
      `script-src 'self' 'unsafe-inline'${evalSource} ${mapsHosts}`
  return [
    "default-src 'self'",
    scripts,
    // React and the admin set style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https://maps.gstatic.com https://maps.googleapis.com",
    "font-src 'self' data:",
    `connect-src 'self' ${mapsHosts}`,
    "frame-src 'self'",
    "frame-ancestors 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')
}

/**
 * Headers sent with every response (next.config.ts). The CSP here is the `cached` one; the proxy
 * replaces it with a nonce policy on `rendered` pages. Its key is lower-case like the proxy's, so the
 * two land on the same entry and the proxy's wins.
 */
export function securityHeaders({ production }: { production: boolean }) {
  return [
    { key: 'content-security-policy', value: contentSecurityPolicy({ production }) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(self)' },
    { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
    ...(production ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
  ]
}
