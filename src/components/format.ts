import { isCurrency, MINOR_UNIT_DIGITS } from '@/domain/currencies'
import type { Locale } from '@/i18n/routing'

export const intlLocale = (locale: Locale) => (locale === 'fr' ? 'fr-FR' : 'en-GB')

/** Euros from cents: whole euros unless there are cents to show. */
export function euros(cents: number, locale: Locale, options: { exact?: boolean } = {}): string {
  const withCents = options.exact || cents % 100 !== 0
  return new Intl.NumberFormat(intlLocale(locale), {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: withCents ? 2 : 0,
    maximumFractionDigits: withCents ? 2 : 0,
  }).format(cents / 100)
}

/**
 * A price in its own currency from its minor units ("¥3,250,000", "US$12,000.50"); euros as `euros`.
 * A seller's yen must never be read as euro cents.
 */
export function price(
  amount: number,
  currency: string | null | undefined,
  locale: Locale,
  options: { exact?: boolean } = {},
): string {
  const code = currency ?? 'EUR'
  if (code === 'EUR' || !isCurrency(code)) return euros(amount, locale, options)
  const digits = MINOR_UNIT_DIGITS[code]
  const unit = 10 ** digits
  const fraction = options.exact || amount % unit !== 0 ? digits : 0
  return new Intl.NumberFormat(intlLocale(locale), {
    style: 'currency',
    currency: code,
    minimumFractionDigits: fraction,
    maximumFractionDigits: fraction,
  }).format(amount / unit)
}

/** A per-euro rate with its currency, as typed and never rounded: "JP¥162.35", "162,35 JPY". */
export function perEuro(rate: string, currency: string, locale: Locale): string {
  const number = locale === 'fr' ? rate.replace('.', ',') : rate
  if (!isCurrency(currency)) return `${number} ${currency}`
  return new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency, maximumFractionDigits: 0 })
    .formatToParts(0)
    .map((part) => (part.type === 'integer' ? number : part.value))
    .join('')
}

/** "December 2026" / "décembre 2026" of a 'YYYY-MM-DD' day. */
export function month(day: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day.slice(0, 10)}T12:00:00Z`),
  )
}

export const number = (value: number, locale: Locale) => new Intl.NumberFormat(intlLocale(locale)).format(value)

export function date(value: string | Date, locale: Locale, style: 'long' | 'medium' = 'long'): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: style, timeZone: 'Europe/Paris' }).format(
    new Date(value),
  )
}
