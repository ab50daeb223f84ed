import { isCurrency, MINOR_UNIT_DIGITS } from './currencies'

/**
 * How the storefront, its e-mails and its paperwork write numbers: one way per language, always
 * through `Intl` (French `27 400 €`, `45 000 km` with the narrow no-break space French groups digits
 * with; English `€27,400`, `45,000 km`). Nothing customer-facing builds such a string by hand.
 */
export type Language = 'fr' | 'en'

export const intlLocale = (language: Language) => (language === 'fr' ? 'fr-FR' : 'en-GB')

/** Euros from cents: whole euros unless there are cents to show (or `exact`, for paperwork). */
export function euros(cents: number, language: Language, options: { exact?: boolean } = {}): string {
  return price(cents, 'EUR', language, options)
}

/**
 * A price in its own currency from its minor units ("¥3,250,000", "US$12,000.50", "27 400 €"): whole
 * units unless there is a fraction to show. A seller's yen must never be read as euro cents.
 */
export function price(
  amount: number,
  currency: string | null | undefined,
  language: Language,
  options: { exact?: boolean } = {},
): string {
  const code = currency && isCurrency(currency) ? currency : 'EUR'
  const digits = MINOR_UNIT_DIGITS[code]
  const unit = 10 ** digits
  const fraction = options.exact || amount % unit !== 0 ? digits : 0
  return new Intl.NumberFormat(intlLocale(language), {
    style: 'currency',
    currency: code,
    minimumFractionDigits: fraction,
    maximumFractionDigits: fraction,
  }).format(amount / unit)
}

/** A per-euro rate with its currency, as typed and never rounded: "JP¥162.35", "162,35 JPY". */
export function perEuro(rate: string, currency: string, language: Language): string {
  const figure = language === 'fr' ? rate.replace('.', ',') : rate
  if (!isCurrency(currency)) return `${figure} ${currency}`
  return new Intl.NumberFormat(intlLocale(language), { style: 'currency', currency, maximumFractionDigits: 0 })
    .formatToParts(0)
    .map((part) => (part.type === 'integer' ? figure : part.value))
    .join('')
}

/** "December 2026" / "décembre 2026" of a 'YYYY-MM-DD' day. */
export function month(day: string, language: Language): string {
  return new Intl.DateTimeFormat(intlLocale(language), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day.slice(0, 10)}T12:00:00Z`),
  )
}

export const number = (value: number, language: Language) => new Intl.NumberFormat(intlLocale(language)).format(value)

const unit = (value: number, language: Language, name: 'kilometer' | 'kilogram') =>
  new Intl.NumberFormat(intlLocale(language), { style: 'unit', unit: name }).format(value)

/** "45 000 km" / "45,000 km". */
export const km = (value: number, language: Language) => unit(value, language, 'kilometer')

/** "1 575 kg" / "1,575 kg". */
export const kg = (value: number, language: Language) => unit(value, language, 'kilogram')

/**
 * Horsepower in the language's unit: "374 ch" in French, "374 hp" in English. `Intl` knows no
 * horsepower, so the number is Intl's and the unit sits where Intl puts "km" (a narrow no-break
 * space in French, a no-break space in English so the unit never wraps alone).
 */
export function horsepower(value: number, language: Language): string {
  return language === 'fr' ? `${number(value, 'fr')}\u202fch` : `${number(value, 'en')}\u00a0hp`
}

/** "275 kW (374 ch)" / "275 kW (374 hp)". */
export function power(kw: number, hp: number, language: Language): string {
  const kilowatts = language === 'fr' ? `${number(kw, 'fr')}\u202fkW` : `${number(kw, 'en')}\u00a0kW`
  return `${kilowatts} (${horsepower(hp, language)})`
}

export function date(value: string | Date, language: Language, style: 'long' | 'medium' = 'long'): string {
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: style, timeZone: 'Europe/Paris' }).format(
    new Date(value),
  )
}
