import { describe, expect, it } from 'vitest'

import { contentSecurityPolicy, createNonce, routeKind, securityHeaders } from '@/config/securityHeaders'

const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `)) ?? ''

describe('routeKind', () => {
  it.each([
    '/account',
    '/account/orders/12',
    '/en/account',
    '/en/account/profile',
    '/quote',
    '/en/quote/confirm',
    '/searches/unsubscribe',
    '/admin',
    '/admin/collections/orders',
  ])('renders %s per request', (path) => {
    expect(routeKind(path)).toBe('rendered')
  })

  it.each([
    '/',
    '/en',
    '/vehicles',
    '/vehicles/q/make%3DBMW',
    '/en/vehicles/bmw-x3/in/HDF',
    '/faq',
    '/accounting',
    '/en/quotes',
  ])('serves %s from the cache', (path) => {
    expect(routeKind(path)).toBe('cached')
  })

  it('renders every page per request in draft mode (live preview)', () => {
    expect(routeKind('/vehicles/bmw-x3', { draftMode: true })).toBe('rendered')
  })
})

describe('contentSecurityPolicy', () => {
  it('a rendered page allows only scripts with its nonce, and what they load', () => {
    const policy = contentSecurityPolicy({ production: true, nonce: 'abc123==' })
    const scripts = directive(policy, 'script-src')
    expect(scripts).toContain("'nonce-abc123=='")
    expect(scripts).toContain("'strict-dynamic'")
    expect(scripts).not.toContain("'unsafe-inline'")
    expect(scripts).not.toContain("'unsafe-eval'")
  })

  it('a cached page has no nonce (its HTML is shared) and keeps inline scripts', () => {
    const scripts = directive(contentSecurityPolicy({ production: true }), 'script-src')
    expect(scripts).not.toContain('nonce-')
    expect(scripts).not.toContain("'strict-dynamic'")
    expect(scripts).toContain("'unsafe-inline'")
  })

  it('both keep the rest of the policy: no plugins, no framing by others, forms and base to the site', () => {
    for (const policy of [
      contentSecurityPolicy({ production: true }),
      contentSecurityPolicy({ production: true, nonce: 'n' }),
    ]) {
      expect(directive(policy, 'object-src')).toBe("object-src 'none'")
      expect(directive(policy, 'frame-ancestors')).toBe("frame-ancestors 'self'")
      expect(directive(policy, 'base-uri')).toBe("base-uri 'self'")
      expect(directive(policy, 'form-action')).toBe("form-action 'self'")
    }
  })

  it('allows eval in development only (fast refresh)', () => {
    expect(directive(contentSecurityPolicy({ production: false, nonce: 'n' }), 'script-src')).toContain("'unsafe-eval'")
    expect(directive(contentSecurityPolicy({ production: true }), 'script-src')).not.toContain("'unsafe-eval'")
  })
})

describe('createNonce', () => {
  it('is 128 random bits, fresh each time', () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce))
    expect(nonces.size).toBe(50)
    for (const nonce of nonces) expect(atob(nonce)).toHaveLength(16)
  })
})

describe('securityHeaders', () => {
  it('sends the cached policy under the lower-case key the proxy overrides', () => {
    const headers = securityHeaders({ production: true })
    const csp = headers.filter((header) => header.key.toLowerCase() === 'content-security-policy')
    expect(csp).toEqual([{ key: 'content-security-policy', value: contentSecurityPolicy({ production: true }) }])
  })
})
