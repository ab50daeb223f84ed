import type { Quote, Vehicle } from '@/payload-types'

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
