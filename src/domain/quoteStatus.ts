import { endOfUtcDay } from './calendarDate'

/**
 * Quote life cycle: a request is priced, sent, then accepted (and converted into an order), declined or
 * left to expire. A sent or expired quote can be reopened for a new version.
 */
export const QUOTE_STATUSES = [
  'requested',
  'in_progress',
  'sent',
  'accepted',
  'declined',
  'expired',
  'converted',
] as const

export type QuoteStatus = (typeof QUOTE_STATUSES)[number]

export const QUOTE_STATUS_LABELS: Record<QuoteStatus, { en: string; fr: string }> = {
  requested: { en: 'Requested', fr: 'Demandé' },
  in_progress: { en: 'In progress', fr: 'En préparation' },
  sent: { en: 'Sent', fr: 'Envoyé' },
  accepted: { en: 'Accepted', fr: 'Accepté' },
  declined: { en: 'Declined', fr: 'Refusé' },
  expired: { en: 'Expired', fr: 'Expiré' },
  converted: { en: 'Converted to order', fr: 'Transformé en commande' },
}

const QUOTE_TRANSITIONS: Record<QuoteStatus, QuoteStatus[]> = {
  requested: ['in_progress', 'declined'],
  in_progress: ['sent', 'declined'],
  sent: ['accepted', 'declined', 'expired', 'in_progress'],
  accepted: ['converted'],
  declined: [],
  expired: ['in_progress'],
  converted: [],
}

export function isQuoteStatus(value: unknown): value is QuoteStatus {
  return typeof value === 'string' && (QUOTE_STATUSES as readonly string[]).includes(value)
}

export function allowedQuoteTransitions(from: QuoteStatus): QuoteStatus[] {
  return [...QUOTE_TRANSITIONS[from]]
}

export function canTransitionQuote(from: QuoteStatus, to: QuoteStatus): boolean {
  return QUOTE_TRANSITIONS[from].includes(to)
}

export type QuoteTransitionResult = { ok: true; status: QuoteStatus } | { ok: false; reason: string }

export function transitionQuote(from: QuoteStatus, to: QuoteStatus): QuoteTransitionResult {
  if (!isQuoteStatus(to)) return { ok: false, reason: `Unknown quote status '${String(to)}'.` }
  if (canTransitionQuote(from, to)) return { ok: true, status: to }
  const allowed = QUOTE_TRANSITIONS[from]
  return {
    ok: false,
    reason: allowed.length
      ? `A quote cannot go from '${from}' to '${to}'; allowed: ${allowed.join(', ')}.`
      : `A ${from} quote cannot change any more.`,
  }
}

/** A sent quote past its validity date is expired; acceptance must check this first. */
export function isQuoteExpired(status: QuoteStatus, validUntil: Date, now: Date): boolean {
  return status === 'sent' && now.getTime() > validUntil.getTime()
}

/** Staff are still pricing a quote in these states: its figures are drafts, not shown to the customer. */
export const QUOTE_PRICING_STATUSES = ['requested', 'in_progress'] as const satisfies readonly QuoteStatus[]

export function isQuotePriced(status: QuoteStatus): boolean {
  return !(QUOTE_PRICING_STATUSES as readonly QuoteStatus[]).includes(status)
}

/** A quote valid "until the 12th" can be answered all day long on the 12th. */
export function quoteValidityEnd(validUntil: string | Date): Date {
  return endOfUtcDay(new Date(validUntil))
}

type Answerable = { status: QuoteStatus; validUntil?: string | null }

/** Sent, and still within its validity date: the customer may accept or decline it. */
export function canAnswerQuote(quote: Answerable, now: Date): boolean {
  if (quote.status !== 'sent') return false
  return !quote.validUntil || !isQuoteExpired(quote.status, quoteValidityEnd(quote.validUntil), now)
}

/** What the customer sees as the quote's state: a sent quote past its date reads as expired. */
export function shownQuoteStatus(quote: Answerable, now: Date): QuoteStatus {
  return quote.status === 'sent' && !canAnswerQuote(quote, now) ? 'expired' : quote.status
}
