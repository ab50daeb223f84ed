import { describe, expect, it } from 'vitest'

import { clientIp, consume, RATE_LIMITS } from '@/security/rateLimit'
import { testPayload } from '../helpers/payload'

describe('rate limits', () => {
  it('lets the budget through, then refuses with the time to wait, per key', async () => {
    const payload = await testPayload()
    const key = `203.0.113.${Math.floor(Math.random() * 200)}-${Date.now()}`
    for (let attempt = 0; attempt < RATE_LIMITS.quoteRequest.points; attempt++) {
      expect(await consume(payload, 'quoteRequest', key)).toEqual({ ok: true })
    }
    const refused = await consume(payload, 'quoteRequest', key)
    expect(refused.ok).toBe(false)
    expect(refused.ok === false && refused.retryAfter).toBeGreaterThan(0)
    expect(await consume(payload, 'quoteRequest', `${key}-other`)).toEqual({ ok: true })
    const { rows } = await payload.db.pool.query('SELECT points FROM rate_limits WHERE key = $1', [
      `quoteRequest:${key}`,
    ])
    expect(rows[0].points).toBe(RATE_LIMITS.quoteRequest.points + 1)
  })

  it('takes the hop added by our own proxy, not one a client could forge', () => {
    expect(clientIp(new Headers({ 'x-forwarded-for': '6.6.6.6, 198.51.100.7' }))).toBe('198.51.100.7')
    expect(clientIp(new Headers())).toBe('local')
  })
})
