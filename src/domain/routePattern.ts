/**
 * The route a request path belongs to, as a metrics label (docs/operations.md, Metrics). A label
 * value is a time series kept by the scraper forever, so the set must be fixed: ids, slugs and
 * tokens become placeholders and anything unknown falls into `other`. Both locales share a route
 * (`/en/…` is the same code as `/…`).
 */

/** Collections and globals under /api; an int test checks it against the Payload config. */
export const API_SLUGS: ReadonlySet<string> = new Set([
  'vehicles',
  'quotes',
  'quote-requests',
  'contact-messages',
  'orders',
  'payments',
  'customers',
  'documents',
  'media',
  'pages',
  'users',
  'document-access-logs',
  'consent-records',
  'notifications',
  'saved-searches',
  'counters',
  'erasure-audits',
  'data-exports',
  'payload-jobs',
  'payload-kv',
  'payload-locked-documents',
  'payload-preferences',
  'payload-migrations',
])
export const GLOBAL_SLUGS: ReadonlySet<string> = new Set(['site-settings', 'import-rules', 'payload-jobs-stats'])

/** Payload's own operations after a collection slug; other words become `:action`. */
const API_OPERATIONS = new Set([
  'access',
  'count',
  'file',
  'first-register',
  'forgot-password',
  'init',
  'login',
  'logout',
  'me',
  'refresh-token',
  'reset-password',
  'unlock',
  'verify',
  'versions',
])

const ACCOUNT_PAGES = new Set([
  'documents',
  'email-change',
  'forgot-password',
  'orders',
  'privacy',
  'profile',
  'quotes',
  'register',
  'reset-password',
  'searches',
  'verify',
])

const word = /^[a-z][a-z-]{0,39}$/

function apiPattern(segments: string[]): string {
  const [first, ...rest] = segments
  if (!first) return '/api'
  if (first === 'graphql' || first === 'graphql-playground' || first === 'metrics') return `/api/${first}`
  if (first === 'health') return rest[0] === 'live' || rest[0] === 'ready' ? `/api/health/${rest[0]}` : '/api/health'
  if (first === 'webhooks') return rest[0] === 'stripe' || rest[0] === 'paypal' ? `/api/webhooks/${rest[0]}` : 'other'
  if (first === 'oidc') {
    if (rest[0] === 'logout') return '/api/oidc/logout'
    return rest[1] === 'start' || rest[1] === 'callback' ? `/api/oidc/:provider/${rest[1]}` : 'other'
  }
  if (first === 'globals') {
    if (!rest[0] || !GLOBAL_SLUGS.has(rest[0])) return 'other'
    return rest.length > 1 ? `/api/globals/${rest[0]}/*` : `/api/globals/${rest[0]}`
  }
  if (!API_SLUGS.has(first)) return 'other'
  const tail = rest.slice(0, 3).map((segment, index) => {
    if (API_OPERATIONS.has(segment)) return segment
    // `file/<name>` and `versions/<id>` are followed by a value; a later word is a custom endpoint.
    const previous = index > 0 ? rest[index - 1]! : undefined
    if (previous !== undefined && (previous === 'file' || previous === 'versions')) return ':id'
    return index > 0 && word.test(segment) ? ':action' : ':id'
  })
  return ['/api', first, ...tail].join('/') + (rest.length > 3 ? '/*' : '')
}

function storefrontPattern(segments: string[]): string {
  const [first, second, third, fourth] = segments
  switch (first) {
    case undefined:
      return '/'
    case 'vehicles':
      if (second === undefined) return '/vehicles'
      if (second === 'q' && third !== undefined && segments.length === 3) return '/vehicles/q/:query'
      if (segments.length === 2) return '/vehicles/:slug'
      if (third === 'in' && fourth !== undefined && segments.length === 4) return '/vehicles/:slug/in/:region'
      return 'other'
    case 'account':
      if (second === undefined) return '/account'
      if (!ACCOUNT_PAGES.has(second)) return 'other'
      if (segments.length === 2) return `/account/${second}`
      if ((second === 'orders' || second === 'quotes') && segments.length === 3) return `/account/${second}/:id`
      if (second === 'orders' && fourth === 'return' && segments.length === 4) return '/account/orders/:id/return'
      if (second === 'privacy' && third === 'export' && segments.length === 4) return '/account/privacy/export/:token'
      return 'other'
    case 'quote':
      if (second === undefined) return '/quote'
      return second === 'confirm' && segments.length === 2 ? '/quote/confirm' : 'other'
    case 'searches':
      return second === 'unsubscribe' && segments.length === 2 ? '/searches/unsubscribe' : 'other'
    default:
      // Content pages (`/:slug`) and public files (favicon, robots.txt) are one segment deep.
      return segments.length === 1 ? '/:slug' : 'other'
  }
}

export function routePattern(pathname: string): string {
  const path = pathname.split('?')[0]!.split('#')[0]!
  const segments = path.split('/').filter(Boolean)
  const [first, second] = segments
  if (first === '_next') {
    if (second === 'static' || second === 'image' || second === 'data') return `/_next/${second}`
    return '/_next/other'
  }
  if (first === 'api') return apiPattern(segments.slice(1))
  if (first === 'admin') return '/admin'
  if (first === 'next') {
    return ['consent', 'preview', 'exit-preview'].includes(second ?? '') && segments.length === 2
      ? `/next/${second}`
      : 'other'
  }
  return storefrontPattern(first === 'en' ? segments.slice(1) : segments)
}
