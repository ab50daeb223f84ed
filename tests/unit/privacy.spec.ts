import { describe, expect, it } from 'vitest'

import {
  ERASURE_STEPS,
  erasedEmail,
  inactivityCutoff,
  isErasedEmail,
  ordersBlockingErasure,
  remainingSteps,
  retentionUntil,
} from '@/domain/privacy'

describe('erasure rules', () => {
  it('continues after the last recorded step', () => {
    expect(remainingSteps(null)).toEqual([...ERASURE_STEPS])
    expect(remainingSteps('documents')[0]).toBe('exports')
    expect(remainingSteps('audit')).toEqual([])
    expect(remainingSteps('not-a-step')).toEqual([...ERASURE_STEPS])
  })

  it('scrubs the customer only after the last mail and the outbox', () => {
    const at = (step: (typeof ERASURE_STEPS)[number]) => ERASURE_STEPS.indexOf(step)
    expect(at('notify')).toBeLessThan(at('notifications'))
    expect(at('notify')).toBeLessThan(at('outbox'))
    expect(at('outbox')).toBeLessThan(at('customer'))
    expect(ERASURE_STEPS.at(-1)).toBe('audit')
  })

  it('is held back by paid orders still being imported, not by delivered, cancelled or unpaid ones', () => {
    const orders = [
      { number: 'A', status: 'delivered', amountPaid: 100 },
      { number: 'B', status: 'cancelled', amountPaid: 100 },
      { number: 'C', status: 'awaiting_deposit', amountPaid: 0 },
      { number: 'D', status: 'awaiting_deposit', amountPaid: 50 },
      { number: 'E', status: 'shipped', amountPaid: 100 },
    ]
    expect(ordersBlockingErasure(orders).map((order) => order.number)).toEqual(['D', 'E'])
  })

  it('names an erased account with an address nobody can own', () => {
    expect(erasedEmail('abc')).toBe('erased-abc@invalid')
    expect(isErasedEmail(erasedEmail('abc'))).toBe(true)
    expect(isErasedEmail('claire@example.fr')).toBe(false)
  })

  it('keeps accounting records 10 years and flags 3 years of inactivity', () => {
    expect(retentionUntil(new Date('2026-03-02T10:00:00Z')).toISOString()).toBe('2036-03-02T10:00:00.000Z')
    expect(inactivityCutoff(new Date('2026-03-02T10:00:00Z')).toISOString()).toBe('2023-03-02T10:00:00.000Z')
  })
})
