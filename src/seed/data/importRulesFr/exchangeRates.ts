import type { ExchangeRate } from '../../../domain/importRules'
import type { ForeignCurrency } from '../../../domain/currencies'
import { monthEnd } from '../../../domain/exchangeRates'

/**
 * Illustrative demo rates, the same every month: the real rates cannot be fetched here. Staff replace
 * each month's row with the customs rate published for it (source S75) before quoting a real car.
 */
const DEMO_PER_EURO: Record<ForeignCurrency, string> = {
  JPY: '162.35',
  USD: '1.165',
  GBP: '0.87',
  CHF: '0.93',
  CNY: '8.25',
}

const FIRST = { year: 2026, month: 1 }
const MONTHS = 15 // 2026-01 … 2027-03

function months(): string[] {
  return Array.from({ length: MONTHS }, (_, i) => {
    const index = FIRST.month - 1 + i
    const year = FIRST.year + Math.floor(index / 12)
    return `${year}-${String((index % 12) + 1).padStart(2, '0')}-01`
  })
}

export const exchangeRates: ExchangeRate[] = (Object.keys(DEMO_PER_EURO) as ForeignCurrency[]).flatMap((currency) =>
  months().map((validFrom) => ({
    currency,
    perEuro: DEMO_PER_EURO[currency],
    validFrom,
    validTo: monthEnd(validFrom),
    sourceIds: ['S75'],
    note: 'Illustrative demo rate, not the customs rate: replace it with the rate customs published for this month.',
  })),
)
