/**
 * GDPR rules that do not depend on Payload: which orders hold an erasure back, how long anonymised
 * orders are kept, what an erased account is called, when an account counts as inactive.
 */

/**
 * Erasure runs as ordered, idempotent steps; the last completed one is recorded on the customer so a
 * crashed run continues where it stopped. The e-mail address is needed until `notify` (the last mail)
 * and `outbox` (files addressed to it), so the customer row itself is scrubbed last but one.
 */
export const ERASURE_STEPS = [
  'documents',
  'exports',
  'quoteRequests',
  'contactMessages',
  'savedSearches',
  'cookieConsents',
  'accessLogs',
  'quotes',
  'orders',
  'jobs',
  'rateLimits',
  'notify',
  'notifications',
  'outbox',
  'customer',
  'audit',
] as const

export type ErasureStep = (typeof ERASURE_STEPS)[number]

/** The steps still to run after `done` (none recorded: all of them). */
export function remainingSteps(done: string | null | undefined): ErasureStep[] {
  const index = ERASURE_STEPS.indexOf(done as ErasureStep)
  return ERASURE_STEPS.slice(index + 1)
}

/** Accounting records (orders, invoices, payments) are kept this long (Code de commerce, art. L123-22). */
export const RETENTION_YEARS = 10
export const RETENTION_REASON = 'Code de commerce L123-22: accounting records kept 10 years'

export function retentionUntil(from: Date): Date {
  const until = new Date(from)
  until.setUTCFullYear(until.getUTCFullYear() + RETENTION_YEARS)
  return until
}

/** An address nobody can own: unique per account, in a reserved top-level domain (RFC 2606). */
export function erasedEmail(customerId: string): string {
  return `erased-${customerId}@invalid`
}

export function isErasedEmail(email: string | null | undefined): boolean {
  return typeof email === 'string' && /^erased-[^@]+@invalid$/.test(email)
}

type OrderLike = { number?: string | null; status: string; amountPaid?: number | null }

/**
 * Orders that forbid an erasure: money was paid and the car is still being bought, shipped or
 * registered for this person. We need their name and address to finish the import (customs, the
 * registration certificate) and to hand the car over or refund them; once the order is delivered or
 * cancelled it is kept anonymised like any other. An unpaid order waiting for its deposit does not
 * hold anything back.
 */
export function ordersBlockingErasure<T extends OrderLike>(orders: T[]): T[] {
  return orders.filter(
    (order) =>
      order.status !== 'delivered' &&
      order.status !== 'cancelled' &&
      (order.status !== 'awaiting_deposit' || (order.amountPaid ?? 0) > 0),
  )
}

export const INACTIVE_YEARS = 3

export function inactivityCutoff(now: Date): Date {
  const cutoff = new Date(now)
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - INACTIVE_YEARS)
  return cutoff
}

/** Export archives and their download links live this long. */
export const EXPORT_TTL_DAYS = 7
