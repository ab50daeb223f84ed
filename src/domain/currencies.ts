/**
 * The currencies a seller may price a car in, and the exact conversion of such a price to euro cents.
 * A rate is "units of the currency per 1 euro", the way EU customs publish their monthly rates
 * (1 EUR = 162.35 JPY), and is kept as a decimal string: a float such as 162.35 is not exactly that
 * number, and a price in yen divided by it could land on the wrong cent.
 */
export const CURRENCIES = ['EUR', 'JPY', 'USD', 'GBP', 'CHF', 'CNY'] as const
export type CurrencyCode = (typeof CURRENCIES)[number]
export type ForeignCurrency = Exclude<CurrencyCode, 'EUR'>
export const FOREIGN_CURRENCIES = CURRENCIES.filter((code): code is ForeignCurrency => code !== 'EUR')

/** Digits after the decimal point of each currency's minor unit (ISO 4217): a yen has no subunit. */
export const MINOR_UNIT_DIGITS: Record<CurrencyCode, number> = { EUR: 2, JPY: 0, USD: 2, GBP: 2, CHF: 2, CNY: 2 }

export function isCurrency(value: unknown): value is CurrencyCode {
  return typeof value === 'string' && (CURRENCIES as readonly string[]).includes(value)
}

/** The most decimals a rate may carry (customs publish four; six leaves room for a bank's rate). */
export const RATE_MAX_DECIMALS = 6
const RATE = new RegExp(`^(\\d{1,9})(?:\\.(\\d{1,${RATE_MAX_DECIMALS}}))?$`)

/** A rate as an integer over a power of ten: "162.35" → 16235 / 10². */
export interface ScaledRate {
  units: bigint
  scale: number
}

/**
 * The rate as an exact fraction, or null when it is not a positive decimal number ("162.35", 162.35,
 * "0.8420"). A number is read through its shortest decimal form, which is what staff typed.
 */
export function parseRate(value: string | number | null | undefined): ScaledRate | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'number' && !Number.isFinite(value)) return null
  const text = typeof value === 'number' ? String(value) : value.trim()
  const match = RATE.exec(text)
  if (!match) return null
  const fraction = match[2] ?? ''
  const units = BigInt(match[1] + fraction)
  return units > 0n ? { units, scale: fraction.length } : null
}

/** The rate written back as the shortest decimal string: "162.3500" → "162.35". */
export function normalizeRate(value: string | number): string | null {
  const rate = parseRate(value)
  if (!rate) return null
  const digits = rate.units.toString().padStart(rate.scale + 1, '0')
  if (rate.scale === 0) return digits
  const whole = digits.slice(0, digits.length - rate.scale)
  const fraction = digits.slice(digits.length - rate.scale).replace(/0+$/, '')
  return fraction ? `${whole}.${fraction}` : whole
}

/** A message saying what is wrong with a rate, or null when it is usable. */
export function rateProblem(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return 'Enter the rate as a number, e.g. 162.35.'
  return parseRate(value)
    ? null
    : `Enter a positive number of units of the currency per euro, with at most ${RATE_MAX_DECIMALS} decimals (e.g. 162.35).`
}

/**
 * Euro cents of `amount` (in the currency's minor units: yen, US cents…) at `perEuro` units of the
 * currency per euro, rounded half-up once at the end. ¥3 250 000 at 162.35 → 2 001 848 (€20 018.48).
 */
export function toEuroCents(amount: number, currency: CurrencyCode, perEuro: string | number): number {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError(`Not an amount in minor units: ${amount}`)
  if (currency === 'EUR') return amount
  const rate = parseRate(perEuro)
  if (!rate) throw new RangeError(`Not a rate: ${perEuro}`)
  // cents = amount / 10^digits / (units / 10^scale) × 100
  const numerator = BigInt(amount) * 100n * 10n ** BigInt(rate.scale)
  const denominator = 10n ** BigInt(MINOR_UNIT_DIGITS[currency]) * rate.units
  return Number((2n * numerator + denominator) / (2n * denominator))
}
