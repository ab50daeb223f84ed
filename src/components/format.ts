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

export const number = (value: number, locale: Locale) => new Intl.NumberFormat(intlLocale(locale)).format(value)

export function date(value: string | Date, locale: Locale, style: 'long' | 'medium' = 'long'): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: style, timeZone: 'Europe/Paris' }).format(
    new Date(value),
  )
}
