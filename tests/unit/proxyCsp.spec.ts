import { NextRequest, NextResponse } from 'next/server'
import { describe, expect, it, vi } from 'vitest'

import proxy from '@/proxy'

// next-intl's middleware does not load under the unit runner; what matters here is what it does with
// the request headers: it forwards a copy of them to the page (node_modules/next-intl, middleware.js).
vi.mock('next-intl/middleware', () => ({
  default: () => (request: NextRequest) => NextResponse.next({ request: { headers: new Headers(request.headers) } }),
}))

/** The policy the page's renderer will see (Next forwards the proxy's request headers this way). */
const forwarded = (response: Response) => ({
  overridden: (response.headers.get('x-middleware-override-headers') ?? '').split(','),
  policy: response.headers.get('x-middleware-request-content-security-policy'),
})

const request = (path: string, headers: Record<string, string> = {}) =>
  new NextRequest(new URL(path, 'http://localhost:3000'), { headers })

describe('proxy CSP', () => {
  it('gives a portal page a fresh nonce, on the request and the response alike', () => {
    const first = proxy(request('/account'))
    const second = proxy(request('/account'))
    const sent = first.headers.get('content-security-policy')
    expect(sent).toMatch(/'nonce-[^']+' 'strict-dynamic'/)
    expect(forwarded(first).policy).toBe(sent)
    expect(second.headers.get('content-security-policy')).not.toBe(sent)
  })

  it('gives the admin a nonce too', () => {
    const response = proxy(request('/admin/collections/orders'))
    expect(response.headers.get('content-security-policy')).toMatch(/'nonce-/)
    expect(forwarded(response).policy).toBe(response.headers.get('content-security-policy'))
  })

  it('leaves a cached page without nonce, and drops a nonce a client tried to slip in', () => {
    const response = proxy(request('/vehicles', { 'content-security-policy': "script-src 'nonce-chosen'" }))
    expect(response.headers.get('content-security-policy')).toBeNull()
    const { overridden, policy } = forwarded(response)
    expect(policy).toBeNull()
    expect(overridden).not.toContain('content-security-policy')
  })

  it('renders a cached page per request in draft mode, so it gets a nonce', () => {
    const response = proxy(request('/vehicles', { cookie: '__prerender_bypass=1' }))
    expect(response.headers.get('content-security-policy')).toMatch(/'nonce-/)
  })
})
