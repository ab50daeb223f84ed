/** Headers sent with every response (docs/architecture.md, Security baseline). */
export function securityHeaders({ production }: { production: boolean }) {
  const contentSecurityPolicy = [
    "default-src 'self'",
    // Next.js streams its payload through inline scripts; dev mode also needs eval for fast refresh.
    `script-src 'self' 'unsafe-inline'${production ? '' : " 'unsafe-eval'"} https://maps.googleapis.com`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https://maps.gstatic.com https://maps.googleapis.com",
    "font-src 'self' data:",
    "connect-src 'self' https://maps.googleapis.com",
    "frame-src 'self'",
    "frame-ancestors 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')

  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(self)' },
    { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
    ...(production ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
  ]
}
