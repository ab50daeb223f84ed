import { describe, expect, it } from 'vitest'

import {
  checkRefundAmount,
  checkoutKey,
  depositWindowExpired,
  refundableAmount,
  settlementAction,
} from '../../src/domain/paymentSettlement'
import { startOfParisMonth } from '../../src/domain/calendarDate'

describe('settlementAction', () => {
  it('creates a record only when none has the reference', () => {
    expect(settlementAction(null, 'succeeded')).toBe('create')
    expect(settlementAction(null, 'failed')).toBe('create')
  })

  it('never moves a payment that went through (replays and late failures change nothing)', () => {
    expect(settlementAction('succeeded', 'succeeded')).toBe('none')
    expect(settlementAction('succeeded', 'failed')).toBe('none')
  })

  it('lets the provider turn a pending or failed payment into a received one', () => {
    expect(settlementAction('pending', 'succeeded')).toBe('mark_succeeded')
    expect(settlementAction('failed', 'succeeded')).toBe('mark_succeeded')
  })

  it('fails only what is pending', () => {
    expect(settlementAction('pending', 'failed')).toBe('mark_failed')
    expect(settlementAction('failed', 'failed')).toBe('none')
  })
})

describe('refunds', () => {
  it('counts pending and received refunds against the payment, not failed ones', () => {
    expect(
      refundableAmount(100_000, [
        { amount: 30_000, status: 'succeeded' },
        { amount: 20_000, status: 'pending' },
        { amount: 50_000, status: 'failed' },
      ]),
    ).toBe(50_000)
    expect(refundableAmount(100_000, [{ amount: 120_000, status: 'succeeded' }])).toBe(0)
  })

  it('accepts whole cents up to what is left, with a reason otherwise', () => {
    expect(checkRefundAmount(50_000, 50_000)).toEqual({ ok: true })
    expect(checkRefundAmount(1, 50_000)).toEqual({ ok: true })
    for (const bad of [0, -5, 1.5, '100', null, undefined, Number.NaN]) {
      const check = checkRefundAmount(bad, 50_000)
      expect(check.ok).toBe(false)
    }
    const tooMuch = checkRefundAmount(50_001, 50_000)
    expect(tooMuch).toEqual({ ok: false, reason: 'At most 500.00 € can still be refunded from this payment.' })
  })
})

describe('depositWindowExpired', () => {
  const base = {
    status: 'awaiting_deposit',
    amountPaid: 0,
    createdAt: '2026-11-20T10:00:00.000Z',
    windowDays: 7,
    paymentInFlight: false,
  }

  it('releases an unpaid order only once the window has passed', () => {
    expect(depositWindowExpired({ ...base, now: new Date('2026-11-27T09:59:00Z') })).toBe(false)
    expect(depositWindowExpired({ ...base, now: new Date('2026-11-27T10:01:00Z') })).toBe(true)
  })

  it('keeps orders with money in, a payment in flight, or past the deposit', () => {
    const late = new Date('2026-12-20T00:00:00Z')
    expect(depositWindowExpired({ ...base, amountPaid: 100, now: late })).toBe(false)
    expect(depositWindowExpired({ ...base, paymentInFlight: true, now: late })).toBe(false)
    expect(depositWindowExpired({ ...base, status: 'deposit_paid', now: late })).toBe(false)
  })
})

describe('checkoutKey', () => {
  const parts = { orderId: 'o1', kind: 'deposit', amount: 250_000, provider: 'stripe', locale: 'fr' }

  it('is the same for clicks within the same half hour, different for another amount or provider', () => {
    const at = new Date('2026-12-02T10:05:00Z')
    expect(checkoutKey({ ...parts, at })).toBe(checkoutKey({ ...parts, at: new Date('2026-12-02T10:25:00Z') }))
    expect(checkoutKey({ ...parts, at })).not.toBe(checkoutKey({ ...parts, amount: 250_001, at }))
    expect(checkoutKey({ ...parts, at })).not.toBe(checkoutKey({ ...parts, provider: 'paypal', at }))
  })
})

describe('startOfParisMonth', () => {
  it('starts the month at midnight in Paris, winter and summer', () => {
    expect(startOfParisMonth(new Date('2026-12-02T09:00:00Z')).toISOString()).toBe('2026-11-30T23:00:00.000Z')
    expect(startOfParisMonth(new Date('2026-07-15T12:00:00Z')).toISOString()).toBe('2026-06-30T22:00:00.000Z')
    // 23:30 UTC on 31 October is already November in Paris.
    expect(startOfParisMonth(new Date('2026-10-31T23:30:00Z')).toISOString()).toBe('2026-10-31T23:00:00.000Z')
  })
})
