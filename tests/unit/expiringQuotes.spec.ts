import { describe, expect, it } from 'vitest'

import { expiringQuotesWhere } from '@/admin/dashboard/expiringQuotes'
import { startOfUtcDay } from '@/domain/calendarDate'
import { canAnswerQuote, quoteValidityEnd, type QuoteStatus } from '@/domain/quoteStatus'

type Quote = { status: QuoteStatus; validUntil: string }
type Bound = { status?: { equals: string }; validUntil?: { greater_than_equal?: string; less_than?: string } }

/** Applies the dashboard's where the way the database would, for the three conditions it holds. */
function matches(now: Date, quote: Quote): boolean {
  const { and } = expiringQuotesWhere(now) as { and: Bound[] }
  const at = new Date(quote.validUntil).getTime()
  return and.every(({ status, validUntil }) => {
    if (status) return quote.status === status.equals
    if (validUntil?.greater_than_equal) return at >= new Date(validUntil.greater_than_equal).getTime()
    if (validUntil?.less_than) return at < new Date(validUntil.less_than).getTime()
    throw new Error('unexpected condition')
  })
}

const NOW = new Date('2026-12-02T09:30:00.000Z')

describe('quotes expiring on the dashboard', () => {
  it.each([
    ['2026-11-30T12:00:00.000Z', false], // expired two days ago
    ['2026-12-01T00:00:00.000Z', false], // its last day was yesterday
    ['2026-12-02T00:00:00.000Z', true], // answerable until tonight
    ['2026-12-02T12:00:00.000Z', true],
    ['2026-12-05T00:00:00.000Z', true],
    ['2026-12-08T23:00:00.000Z', true], // ends 2026-12-08T23:59, before now + 7 days
    ['2026-12-09T00:00:00.000Z', false], // ends 2026-12-09T23:59, after now + 7 days
    ['2027-01-15T00:00:00.000Z', false],
  ])('a sent quote valid until %s is listed: %s', (validUntil, listed) => {
    expect(matches(NOW, { status: 'sent', validUntil })).toBe(listed)
  })

  it('lists only sent quotes', () => {
    for (const status of ['requested', 'in_progress', 'accepted', 'declined', 'expired', 'converted'] as const) {
      expect(matches(NOW, { status, validUntil: '2026-12-04T00:00:00.000Z' }), status).toBe(false)
    }
  })

  it('agrees with the quote-validity rules at every hour of two weeks', () => {
    const weekAhead = NOW.getTime() + 7 * 86_400_000
    for (let hour = -72; hour < 14 * 24; hour++) {
      const validUntil = new Date(startOfUtcDay(NOW).getTime() + hour * 3_600_000).toISOString()
      const quote = { status: 'sent' as const, validUntil }
      const expected = canAnswerQuote(quote, NOW) && quoteValidityEnd(validUntil).getTime() <= weekAhead
      expect(matches(NOW, quote), validUntil).toBe(expected)
    }
  })
})
