/**
 * Which exchange rate converts a seller's price: customs use the monthly rate in force on the day the
 * declaration is accepted (Reg. (EU) 2015/2447 art. 146: the rate published on the penultimate Wednesday
 * applies for the whole following month); a car bought in the EU takes the rate of its registration month.
 */
import { isIsoDate, parseIsoDate, toIsoDate, type IsoDate } from './calendarDate'
import { isCurrency, toEuroCents, type ForeignCurrency } from './currencies'
import type { ExchangeRate } from './importRules'
import { inForce } from './landedCost/dated'

/** The last day of the month `date` falls in: '2026-02-01' → '2026-02-28'. */
export function monthEnd(date: IsoDate): IsoDate {
  const parsed = parseIsoDate(date)
  if (!parsed) return date
  const last = new Date(Date.UTC(parsed.year, parsed.month, 0)).getUTCDate()
  return toIsoDate({ ...parsed, day: last })
}

/** A monthly rate applies from the first to the last day of its month, whatever `validTo` says. */
export function asMonth<T extends { validFrom: IsoDate }>(row: T): T & { validTo: IsoDate } {
  return { ...row, validTo: isIsoDate(row.validFrom) ? monthEnd(row.validFrom) : row.validFrom }
}

export function exchangeRateOn(
  rates: readonly ExchangeRate[],
  currency: ForeignCurrency,
  date: IsoDate,
): ExchangeRate | undefined {
  return inForce(
    rates.filter((row) => row.currency === currency),
    date,
  )
}

/**
 * A seller's price in euro cents at the month's customs rate, for what compares prices across cars
 * (search filters, sorting); null when that month has no rate. The landed cost converts on its own day.
 */
export function euroPriceOn(
  price: { amount?: number | null; currency?: string | null } | null | undefined,
  rates: readonly ExchangeRate[],
  date: IsoDate,
): number | null {
  const amount = price?.amount
  if (amount == null) return null
  const currency = price?.currency ?? 'EUR'
  if (currency === 'EUR') return amount
  if (!isCurrency(currency)) return null
  const rate = exchangeRateOn(rates, currency as ForeignCurrency, date)
  return rate ? toEuroCents(amount, currency, rate.perEuro) : null
}
