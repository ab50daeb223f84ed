import type { Quote, Vehicle } from '@/payload-types'

/** A quote valid "until the 12th" can be answered all day long on the 12th (as the Quotes hook reads it). */
export function validityEnd(validUntil: string): Date {
  const end = new Date(validUntil)
  end.setUTCHours(23, 59, 59, 999)
  return end
}

/** Sent, and still within its validity date: the customer may accept or decline it. */
export function canAnswer(quote: Pick<Quote, 'status' | 'validUntil'>, now = new Date()): boolean {
  if (quote.status !== 'sent') return false
  return !quote.validUntil || validityEnd(quote.validUntil).getTime() >= now.getTime()
}

/** Staff are still pricing a requested or in-progress quote: its figures are drafts, not shown. */
export function isPriced(quote: Pick<Quote, 'status'>): boolean {
  return quote.status !== 'requested' && quote.status !== 'in_progress'
}

/** What the customer sees as the quote's state: a sent quote past its date reads as expired. */
export function shownQuoteStatus(quote: Pick<Quote, 'status' | 'validUntil'>, now = new Date()): Quote['status'] {
  return quote.status === 'sent' && !canAnswer(quote, now) ? 'expired' : quote.status
}

/** The car a quote or order is for, as written on it (a sold car is no longer readable by its buyer). */
export function vehicleName(record: { vehicle?: unknown; vehicleLabel?: string | null }): string | null {
  if (record.vehicleLabel) return record.vehicleLabel
  const vehicle = record.vehicle && typeof record.vehicle === 'object' ? (record.vehicle as Vehicle) : null
  return vehicle?.title ? `${vehicle.title}${vehicle.year ? ` · ${vehicle.year}` : ''}` : null
}

/** What a quote is about: the stock car, or the car we were asked to find. */
export function quoteSubject(quote: Pick<Quote, 'kind' | 'vehicle' | 'vehicleLabel' | 'sourcing'>, fallback: string): string {
  const vehicle = vehicleName(quote)
  if (vehicle) return vehicle
  const wanted = [quote.sourcing?.make, quote.sourcing?.model].filter(Boolean).join(' ')
  return wanted || fallback
}
