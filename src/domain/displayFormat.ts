import { formatMoney, type CurrencyCode } from './money'

/**
 * How the back office writes amounts, distances and dates for the language its user reads: one
 * format per language on every admin surface, so `9 629,45 €` never sits beside `€9,629.45`.
 * Times are always Paris time: the business runs from France, whatever zone a laptop is set to.
 */
export type DisplayLanguage = 'fr' | 'en'

export const PARIS_TIME_ZONE = 'Europe/Paris'

/** French unless English was asked for: the staff are French, and any other language falls back. */
export function displayLanguage(language: string | null | undefined): DisplayLanguage {
  return language === 'en' || language?.startsWith('en-') ? 'en' : 'fr'
}

/** en-GB rather than en-US: day before month, and 24-hour times, as in the rest of Europe. */
export function displayLocale(language: string | null | undefined): 'fr-FR' | 'en-GB' {
  return displayLanguage(language) === 'en' ? 'en-GB' : 'fr-FR'
}

/** `formatAmount(962945, 'EUR', 'fr')` → "9 629,45 €"; in English "€9,629.45". */
export function formatAmount(cents: number, currency: CurrencyCode, language: string | null | undefined): string {
  return formatMoney(cents, currency, displayLocale(language))
}

/** "45 000 km" / "45,000 km". */
export function formatMileage(km: number, language: string | null | undefined): string {
  return `${new Intl.NumberFormat(displayLocale(language), { maximumFractionDigits: 0 }).format(km)} km`
}

function toDate(value: Date | string): Date | null {
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/** The Paris calendar day of an instant: "2 déc. 2026" / "2 Dec 2026"; "—" for no date. */
export function formatParisDay(value: Date | string | null | undefined, language: string | null | undefined): string {
  const date = value == null ? null : toDate(value)
  if (!date) return '—'
  return new Intl.DateTimeFormat(displayLocale(language), { dateStyle: 'medium', timeZone: PARIS_TIME_ZONE }).format(
    date,
  )
}

/** An instant in Paris time: "2 déc. 2026, 21:06" / "2 Dec 2026, 21:06"; "—" for no date. */
export function formatParisDateTime(
  value: Date | string | null | undefined,
  language: string | null | undefined,
): string {
  const date = value == null ? null : toDate(value)
  if (!date) return '—'
  return new Intl.DateTimeFormat(displayLocale(language), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: PARIS_TIME_ZONE,
  }).format(date)
}

/**
 * A calendar day held as 'YYYY-MM-DD' (a registration date, the day rules were read on), which has
 * no time zone to convert: "28 janv. 2026" / "28 Jan 2026"; the text itself when it is not a day.
 */
export function formatCalendarDay(iso: string, language: string | null | undefined): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso
  const date = new Date(`${iso}T00:00:00Z`)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(displayLocale(language), { dateStyle: 'medium', timeZone: 'UTC' }).format(date)
}

/**
 * The same pattern for Payload's own date cells and pickers (date-fns tokens, month names from the
 * user's language): "2 déc. 2026, 21:06" / "2 Dec 2026, 21:06".
 */
export const ADMIN_DATE_FORMAT = 'd MMM yyyy, HH:mm'
