import { describe, expect, it } from 'vitest'

import { loggedPath } from '../../src/domain/loggedPath'
import { metricsAccess } from '../../src/domain/metricsAccess'
import { acceptedRequestId } from '../../src/domain/requestId'
import { routePattern } from '../../src/domain/routePattern'

describe('acceptedRequestId', () => {
  it('keeps a proxy id that is a plain token', () => {
    expect(acceptedRequestId('3f2a9c1e-0b7d-4c55-9a1e-2d3c4b5a6f70')).toBe('3f2a9c1e-0b7d-4c55-9a1e-2d3c4b5a6f70')
    expect(acceptedRequestId(['req:abc12345', 'other-one'])).toBe('req:abc12345')
  })

  it('refuses ids that could forge a log line or bloat it', () => {
    expect(acceptedRequestId(undefined)).toBeUndefined()
    expect(acceptedRequestId('')).toBeUndefined()
    expect(acceptedRequestId('short')).toBeUndefined()
    expect(acceptedRequestId('abc12345\n{"level":"error"}')).toBeUndefined()
    expect(acceptedRequestId('has spaces in it')).toBeUndefined()
    expect(acceptedRequestId('x'.repeat(129))).toBeUndefined()
  })
})

describe('loggedPath', () => {
  it('keeps the path and harmless parameters', () => {
    expect(loggedPath('/vehicles?make=peugeot&sort=price')).toBe('/vehicles?make=peugeot&sort=price')
    expect(loggedPath('/api/health')).toBe('/api/health')
    expect(loggedPath(undefined)).toBe('/')
  })

  it('redacts the values of parameters that can carry a secret', () => {
    expect(loggedPath('/api/oidc/google/callback?code=SECRET1&state=SECRET2&iss=https%3A%2F%2Fidp')).toBe(
      '/api/oidc/google/callback?code=[redacted]&state=[redacted]&iss=https%3A%2F%2Fidp',
    )
    expect(loggedPath('/account/reset-password?token=abc&lang=fr')).toBe(
      '/account/reset-password?token=[redacted]&lang=fr',
    )
    expect(loggedPath('/account/verify?email=a%40b.fr')).toBe('/account/verify?email=[redacted]')
    expect(loggedPath('/x?api%5Fkey=1')).toBe('/x?api%5Fkey=[redacted]')
  })

  it('caps the length', () => {
    expect(loggedPath(`/${'a'.repeat(2000)}`)).toHaveLength(512)
  })
})

describe('routePattern', () => {
  it.each([
    ['/', '/'],
    ['/en', '/'],
    ['/vehicles?make=bmw', '/vehicles'],
    ['/en/vehicles/bmw-x5-2021', '/vehicles/:slug'],
    ['/vehicles/bmw-x5-2021/in/bretagne', '/vehicles/:slug/in/:region'],
    ['/vehicles/q/bmw-diesel', '/vehicles/q/:query'],
    ['/account', '/account'],
    ['/account/orders/5b0f6c1a-7b1e-4e9b-8f55-1c7d2a3b4c5d', '/account/orders/:id'],
    ['/en/account/orders/5b0f/return', '/account/orders/:id/return'],
    ['/account/privacy/export/tok123', '/account/privacy/export/:token'],
    ['/account/unknown-page', 'other'],
    ['/quote/confirm', '/quote/confirm'],
    ['/about-us', '/:slug'],
    ['/a/b/c/d', 'other'],
    ['/admin/collections/orders/123', '/admin'],
    ['/_next/static/chunks/abc.js', '/_next/static'],
    ['/_next/image?url=x', '/_next/image'],
    ['/api/health', '/api/health'],
    ['/api/health/ready', '/api/health/ready'],
    ['/api/metrics', '/api/metrics'],
    ['/api/graphql', '/api/graphql'],
    ['/api/webhooks/stripe', '/api/webhooks/stripe'],
    ['/api/webhooks/evil', 'other'],
    ['/api/oidc/google/callback?code=1', '/api/oidc/:provider/callback'],
    ['/api/vehicles', '/api/vehicles'],
    ['/api/vehicles/5b0f6c1a-7b1e-4e9b-8f55-1c7d2a3b4c5d', '/api/vehicles/:id'],
    ['/api/customers/login', '/api/customers/login'],
    ['/api/documents/file/passport-1.pdf', '/api/documents/file/:id'],
    ['/api/orders/abc-1/receipt', '/api/orders/:id/:action'],
    ['/api/orders/abc/receipt/x/y', '/api/orders/:id/:action/:action/*'],
    ['/api/globals/site-settings', '/api/globals/site-settings'],
    ['/api/globals/nope', 'other'],
    ['/api/not-a-collection-1', 'other'],
  ])('%s -> %s', (path, pattern) => {
    expect(routePattern(path)).toBe(pattern)
  })

  it('keeps the label set bounded whatever the paths', () => {
    const labels = new Set<string>()
    for (let i = 0; i < 2000; i++) {
      const random = Math.random().toString(36).slice(2)
      for (const path of [
        `/${random}`,
        `/${random}/${i}`,
        `/api/${random}`,
        `/api/vehicles/${random}`,
        `/vehicles/${random}`,
        `/x/${random}/y`,
      ])
        labels.add(routePattern(path))
    }
    expect([...labels].sort()).toEqual(['/:slug', '/api/vehicles/:id', '/vehicles/:slug', 'other'].sort())
  })
})

describe('metricsAccess', () => {
  const token = 'a-long-metrics-token-123'
  it('with a token, only its bearer reads, in any environment', () => {
    for (const production of [true, false]) {
      expect(metricsAccess({ token, open: false, production, authorization: `Bearer ${token}` })).toBe('allowed')
      expect(metricsAccess({ token, open: true, production, authorization: null })).toBe('unauthorized')
      expect(metricsAccess({ token, open: false, production, authorization: `Bearer ${token}x` })).toBe('unauthorized')
      expect(metricsAccess({ token, open: false, production, authorization: token })).toBe('unauthorized')
    }
  })

  it('without a token: open outside production, closed in production unless opened on purpose', () => {
    expect(metricsAccess({ token: undefined, open: false, production: false, authorization: null })).toBe('allowed')
    expect(metricsAccess({ token: undefined, open: false, production: true, authorization: null })).toBe('closed')
    expect(metricsAccess({ token: undefined, open: true, production: true, authorization: null })).toBe('allowed')
  })
})
