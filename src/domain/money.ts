/**
 * Money is an integer number of minor units (cents for EUR) with an ISO 4217 code. Floats never hold
 * an amount: every rate is applied with integer (BigInt) arithmetic and rounded once, half-up, which is
 * how the French tax texts round (BOFiP: 5 372.64 → 5 373).
 */
export type CurrencyCode = string

export interface Money {
  amount: number
  currency: CurrencyCode
}

export function isCents(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value)
}

export function assertCents(value: number, what = 'amount'): number {
  if (!isCents(value)) throw new RangeError(`${what} must be an integer number of cents, got ${value}`)
  return value
}

/** Integer division rounded half away from zero, so that −0.5 and +0.5 mirror each other. */
export function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('division by zero')
  const negative = numerator < 0n !== denominator < 0n
  const n = numerator < 0n ? -numerator : numerator
  const d = denominator < 0n ? -denominator : denominator
  const q = (2n * n + d) / (2n * d)
  return negative ? -q : q
}

// Rates carry at most four decimals (35.3 %, 5.5 %, 0.0125 %): scaled to integers they stay exact.
const RATE_SCALE = 10_000

function scaledRate(percent: number): bigint {
  const scaled = Math.round(percent * RATE_SCALE)
  if (Math.abs(scaled / RATE_SCALE - percent) > 1e-9) {
    throw new RangeError(`a rate has at most four decimals, got ${percent}`)
  }
  return BigInt(scaled)
}

/** `percent` % of an integer amount (cents or whole euros), rounded half-up to the same unit. */
export function percentOf(amount: number, percent: number): number {
  assertCents(amount)
  return Number(divideHalfUp(BigInt(amount) * scaledRate(percent), BigInt(100 * RATE_SCALE)))
}

/** An integer amount less `percent` %, rounded half-up: the malus age reduction. */
export function reduceByPercent(amount: number, percent: number): number {
  return percentOf(amount, 100 - percent)
}

/**
 * Rounds a decimal value half-up to `decimals` places. For values typed by people (a rate, a price in
 * euros); the tiny nudge absorbs binary noise such as 1.005 being stored as 1.00499….
 */
export function roundHalfUp(value: number, decimals = 0): number {
  const factor = 10 ** decimals
  const scaled = Math.abs(value) * factor
  const rounded = Math.floor(scaled + 0.5 + scaled * Number.EPSILON * 4)
  return (Math.sign(value) * rounded) / factor
}

/** Cents to whole euros, half-up (the maluses are whole euros). */
export function centsToWholeEuros(cents: number): number {
  return Number(divideHalfUp(BigInt(assertCents(cents)), 100n))
}

/** Cents rounded half-up to a whole euro, still expressed in cents. */
export function roundCentsToEuro(cents: number): number {
  return centsToWholeEuros(cents) * 100
}

export function eurosToCents(euros: number): number {
  return Math.round(roundHalfUp(euros, 2) * 100)
}

export function sumCents(amounts: readonly number[]): number {
  return amounts.reduce((total, amount) => total + assertCents(amount), 0)
}

const fractionDigits = new Map<string, number>()

function minorDigits(currency: CurrencyCode): number {
  let digits = fractionDigits.get(currency)
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
    fractionDigits.set(currency, digits)
  }
  return digits
}

/** Formats minor units for people: `formatMoney(2672636, 'EUR', 'fr-FR')` → "26 726,36 €". */
export function formatMoney(amount: number, currency: CurrencyCode, locale: string): string {
  const digits = minorDigits(currency)
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(assertCents(amount) / 10 ** digits)
}
