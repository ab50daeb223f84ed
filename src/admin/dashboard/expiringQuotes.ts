import type { Where } from 'payload'

import { startOfUtcDay } from '@/domain/calendarDate'

const DAY = 86_400_000

/**
 * Sent quotes the customer can still answer whose validity ends within `days`. A quote is valid all
 * of its validUntil UTC day (quoteValidityEnd), so the bounds are whole UTC days: the list then agrees
 * with canAnswerQuote whatever time of day the date picker stored, and drops a quote once it expired.
 */
export function expiringQuotesWhere(now: Date, days = 7): Where {
  return {
    and: [
      { status: { equals: 'sent' } },
      { validUntil: { greater_than_equal: startOfUtcDay(now).toISOString() } },
      { validUntil: { less_than: startOfUtcDay(new Date(now.getTime() + days * DAY)).toISOString() } },
    ],
  }
}
