/**
 * Calendar dates as ISO strings ('YYYY-MM-DD'), compared and counted without time zones: a registration
 * certificate carries a day, not an instant, and a Date object would shift it across midnight.
 */
export type IsoDate = string

export interface CalendarDate {
  year: number
  month: number
  day: number
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

export function parseIsoDate(value: string): CalendarDate | null {
  const match = ISO_DATE.exec(value.slice(0, 10))
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null
  return { year, month, day }
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && value.length === 10 && parseIsoDate(value) !== null
}

export function toIsoDate({ year, month, day }: CalendarDate): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** The calendar day of an instant in UTC, for callers holding a Date ("today"). */
export function isoDateOf(date: Date): IsoDate {
  return date.toISOString().slice(0, 10)
}

/** Midnight UTC of the day an instant falls on. */
export function startOfUtcDay(date: Date): Date {
  return new Date(`${isoDateOf(date)}T00:00:00.000Z`)
}

/** The last millisecond of the UTC day an instant falls on: a date "until the 12th" includes all of the 12th. */
export function endOfUtcDay(date: Date): Date {
  const end = new Date(date)
  end.setUTCHours(23, 59, 59, 999)
  return end
}

function mustParse(value: IsoDate): CalendarDate {
  const date = parseIsoDate(value)
  if (!date) throw new RangeError(`not an ISO date: ${value}`)
  return date
}

/** Same day n months later; the 31st becomes the last day of a shorter month. */
export function addMonths(value: IsoDate, months: number): IsoDate {
  const { year, month, day } = mustParse(value)
  const index = year * 12 + (month - 1) + months
  const y = Math.floor(index / 12)
  const m = (index % 12) + 1
  return toIsoDate({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) })
}

export function addYears(value: IsoDate, years: number): IsoDate {
  return addMonths(value, years * 12)
}

// ISO strings of the same shape sort like the dates they name.
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export function yearOf(value: IsoDate): number {
  return mustParse(value).year
}

/**
 * Months started between two dates, the first day counting as month 1 (BOFiP BOI-AIS-MOB-10-20-40:
 * 13/02/2023 → 10/04/2025 = 26 months; 13/02/2019 → 01/03/2025 = 73 months).
 */
export function startedMonths(from: IsoDate, to: IsoDate): number {
  if (compareDates(to, from) < 0) throw new RangeError(`${to} is before ${from}`)
  const a = mustParse(from)
  const b = mustParse(to)
  let whole = (b.year - a.year) * 12 + (b.month - a.month)
  if (compareDates(addMonths(from, whole), to) > 0) whole -= 1
  return whole + 1
}

/** Whole years elapsed on `to` (an anniversary counts on its day). */
export function fullYears(from: IsoDate, to: IsoDate): number {
  let years = yearOf(to) - yearOf(from)
  if (compareDates(addYears(from, years), to) > 0) years -= 1
  return years
}

/** The first instant of the month `now` falls in, in Paris (where the books are kept). */
export function startOfParisMonth(now: Date): Date {
  const [year, month] = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
  })
    .format(now)
    .split('-')
  // Summer time runs from late March to late October, so every 1st from April to October is UTC+2.
  const offset = Number(month) >= 4 && Number(month) <= 10 ? '+02:00' : '+01:00'
  return new Date(`${year}-${month}-01T00:00:00${offset}`)
}

/**
 * The day it is in France at `now`: the day a certificate issued now would carry, and the day dated
 * rules are read on (a UTC day would still be yesterday until 1 or 2 a.m.).
 */
export function parisDayOf(now: Date): IsoDate {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now)
}
