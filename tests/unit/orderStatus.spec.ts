import { describe, expect, it } from 'vitest'
import {
  ORDER_STATUSES,
  ORDER_STATUS_LABELS,
  allowedTransitions,
  isFinalOrderStatus,
  nextStatus,
  transition,
  type OrderState,
  type OrderStatus,
} from '../../src/domain/orderStatus'
import { allowedQuoteTransitions, isQuoteExpired, transitionQuote } from '../../src/domain/quoteStatus'

function run(steps: OrderStatus[], start: OrderState = { status: 'awaiting_deposit', timeline: [] }): OrderState {
  return steps.reduce<OrderState>((order, to, i) => {
    const result = transition(order, to, new Date(Date.UTC(2026, 0, 1 + i)), 'sales@autoport.test')
    if (!result.ok) throw new Error(result.reason)
    return result
  }, start)
}

describe('order milestones', () => {
  it('has a label in English and French for every status', () => {
    for (const status of ORDER_STATUSES) {
      expect(ORDER_STATUS_LABELS[status].en).toBeTruthy()
      expect(ORDER_STATUS_LABELS[status].fr).toBeTruthy()
    }
  })

  it('walks an import from deposit to delivery with a dated timeline', () => {
    const order = run([
      'deposit_paid',
      'vehicle_purchased',
      'transport_booked',
      'shipped',
      'arrived',
      'customs_cleared',
      'homologated',
      'registered',
      'ready',
      'delivered',
    ])
    expect(order.status).toBe('delivered')
    expect(order.timeline).toHaveLength(10)
    expect(order.timeline[0]).toEqual({
      status: 'deposit_paid',
      from: 'awaiting_deposit',
      at: '2026-01-01T00:00:00.000Z',
      by: 'sales@autoport.test',
    })
    expect(order.timeline[5]).toMatchObject({
      status: 'customs_cleared',
      from: 'arrived',
      at: '2026-01-06T00:00:00.000Z',
    })
  })

  it('lets an EU car skip customs, and proposes customs first for an import', () => {
    expect(allowedTransitions('arrived')).toEqual(['customs_cleared', 'homologated', 'cancelled'])
    expect(nextStatus('arrived')).toBe('customs_cleared')
    expect(nextStatus('ready')).toBe('delivered')
    expect(nextStatus('delivered')).toBeNull()
  })

  it('refuses skipping milestones, going back, and leaving delivered or cancelled', () => {
    const paid = run(['deposit_paid'])
    expect(transition(paid, 'shipped', new Date('2026-02-01'))).toEqual({
      ok: false,
      reason: "An order cannot go from 'deposit_paid' to 'shipped'; allowed: vehicle_purchased, cancelled.",
    })
    expect(transition(run(['vehicle_purchased'], paid), 'deposit_paid', new Date('2026-02-01')).ok).toBe(false)
    const delivered = { status: 'delivered' as const, timeline: [] }
    expect(transition(delivered, 'cancelled', new Date()).ok).toBe(false)
    expect(transition({ status: 'cancelled', timeline: [] }, 'deposit_paid', new Date())).toMatchObject({ ok: false })
  })

  it('allows cancelling at any point before delivery', () => {
    const shipped = run(['deposit_paid', 'vehicle_purchased', 'transport_booked', 'shipped'])
    const cancelled = transition(shipped, 'cancelled', new Date('2026-03-01'), 'admin@autoport.test', {
      customer: 'Cancelled at your request',
      internal: 'Customer withdrew',
    })
    expect(cancelled).toMatchObject({ ok: true, status: 'cancelled' })
    expect(cancelled.ok && cancelled.timeline.at(-1)).toMatchObject({
      from: 'shipped',
      customerNote: 'Cancelled at your request',
      internalNote: 'Customer withdrew',
    })
  })

  it('keeps the customer note and the internal note apart, and drops blank ones', () => {
    const paid = run(['deposit_paid'])
    const onlyInternal = transition(paid, 'vehicle_purchased', new Date('2026-03-01'), undefined, {
      customer: '   ',
      internal: 'Bought from the Munich dealer',
    })
    expect(onlyInternal.ok && onlyInternal.timeline.at(-1)).toEqual({
      status: 'vehicle_purchased',
      from: 'deposit_paid',
      at: '2026-03-01T00:00:00.000Z',
      internalNote: 'Bought from the Munich dealer',
    })
    const none = transition(paid, 'vehicle_purchased', new Date('2026-03-01'))
    expect(none.ok && none.timeline.at(-1)).not.toHaveProperty('customerNote')
  })

  it('refuses a change dated before the last milestone, and does not touch the input', () => {
    const paid = run(['deposit_paid'])
    expect(transition(paid, 'vehicle_purchased', new Date('2025-12-01')).ok).toBe(false)
    transition(paid, 'vehicle_purchased', new Date('2026-05-01'))
    expect(paid.timeline).toHaveLength(1)
  })
})

describe('quote statuses', () => {
  it('moves a request through pricing to acceptance and conversion', () => {
    expect(transitionQuote('requested', 'in_progress')).toEqual({ ok: true, status: 'in_progress' })
    expect(transitionQuote('in_progress', 'sent').ok).toBe(true)
    expect(transitionQuote('sent', 'accepted').ok).toBe(true)
    expect(transitionQuote('accepted', 'converted').ok).toBe(true)
    expect(allowedQuoteTransitions('sent')).toEqual(['accepted', 'declined', 'expired', 'in_progress'])
  })

  it('refuses accepting an unsent quote and changing a final one', () => {
    expect(transitionQuote('in_progress', 'accepted')).toMatchObject({ ok: false })
    expect(transitionQuote('converted', 'sent')).toEqual({
      ok: false,
      reason: 'A converted quote cannot change any more.',
    })
    expect(transitionQuote('declined', 'accepted').ok).toBe(false)
    expect(transitionQuote('expired', 'in_progress').ok).toBe(true)
  })

  it('knows when a sent quote has lapsed', () => {
    const validUntil = new Date('2026-12-01T23:59:59Z')
    expect(isQuoteExpired('sent', validUntil, new Date('2026-12-02T00:00:00Z'))).toBe(true)
    expect(isQuoteExpired('sent', validUntil, new Date('2026-12-01T12:00:00Z'))).toBe(false)
    expect(isQuoteExpired('accepted', validUntil, new Date('2027-01-01'))).toBe(false)
  })
})

describe('isFinalOrderStatus', () => {
  it('is final once delivered or cancelled, and only then', () => {
    expect(ORDER_STATUSES.filter(isFinalOrderStatus)).toEqual(['delivered', 'cancelled'])
  })

  it('a final order has no move left', () => {
    for (const status of ORDER_STATUSES)
      expect(allowedTransitions(status).length === 0).toBe(isFinalOrderStatus(status))
  })
})
