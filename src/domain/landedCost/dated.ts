import { compareDates, type IsoDate } from '../calendarDate'
import type { Dated } from '../importRules'

export function appliesOn(row: Dated, date: IsoDate): boolean {
  return compareDates(row.validFrom, date) <= 0 && (!row.validTo || compareDates(date, row.validTo) <= 0)
}

/** The row in force on `date`; when rows overlap, the one that started last wins (a later correction). */
export function inForce<T extends Dated>(rows: readonly T[], date: IsoDate): T | undefined {
  return rows
    .filter((row) => appliesOn(row, date))
    .reduce<T | undefined>(
      (best, row) => (!best || compareDates(row.validFrom, best.validFrom) >= 0 ? row : best),
      undefined,
    )
}

export function allInForce<T extends Dated>(rows: readonly T[], date: IsoDate): T[] {
  return rows.filter((row) => appliesOn(row, date))
}
