import { describe, expect, it } from 'vitest'

import { endOfUtcDay } from '../../src/domain/calendarDate'
import {
  QUOTE_STATUSES,
  canAnswerQuote,
  isQuotePriced,
  quoteValidityEnd,
  shownQuoteStatus,
} from '../../src/domain/quoteStatus'

describe('quote validity', () => {
  it('runs to the last millisecond of its UTC day', () => {
    expect(quoteValidityEnd('2026-12-12T00:00:00.000Z').toISOString()).toBe('2026-12-12T23:59:59.999Z')
    expect(quoteValidityEnd('2026-12-12T15:30:00.000Z').toISOString()).toBe('2026-12-12T23:59:59.999Z')
    expect(endOfUtcDay(new Date('2026-02-28T08:00:00Z')).toISOString()).toBe('2026-02-28T23:59:59.999Z')
  })

  it('a sent quote can be answered all day long on its last day, not after', () => {
    const quote = { status: 'sent' as const, validUntil: '2026-12-12T00:00:00.000Z' }
    expect(canAnswerQuote(quote, new Date('2026-12-12T23:59:59.999Z'))).toBe(true)
    expect(canAnswerQuote(quote, new Date('2026-12-13T00:00:00.000Z'))).toBe(false)
  })

  it('a sent quote without a date stays answerable; other states never are', () => {
    const now = new Date('2030-01-01T00:00:00Z')
    expect(canAnswerQuote({ status: 'sent', validUntil: null }, now)).toBe(true)
    for (const status of QUOTE_STATUSES.filter((status) => status !== 'sent')) {
      expect(canAnswerQuote({ status, validUntil: '2031-01-01T00:00:00Z' }, now), status).toBe(false)
    }
  })

  it('shows a sent quote past its date as expired, and leaves other states alone', () => {
    const validUntil = '2026-12-12T00:00:00.000Z'
    expect(shownQuoteStatus({ status: 'sent', validUntil }, new Date('2026-12-13T00:00:00Z'))).toBe('expired')
    expect(shownQuoteStatus({ status: 'sent', validUntil }, new Date('2026-12-12T12:00:00Z'))).toBe('sent')
    expect(shownQuoteStatus({ status: 'accepted', validUntil }, new Date('2027-01-01T00:00:00Z'))).toBe('accepted')
  })
})

describe('isQuotePriced', () => {
  it('is a draft while requested or in progress, priced from then on', () => {
    expect(QUOTE_STATUSES.filter((status) => !isQuotePriced(status))).toEqual(['requested', 'in_progress'])
  })
})
