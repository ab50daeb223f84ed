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
