import type { AgeReductionTable } from '../importRules'

/** Percent taken off both maluses for a car whose age is `months` started months (0 = never registered). */
export function ageReductionPercent(table: AgeReductionTable, months: number): number {
  if (months <= 0) return 0
  if (table.kind === 'perStartedYear') {
    return Math.min(table.maxPercent, Math.ceil(months / 12) * table.percentPerYear)
  }
  const band = table.bands.find((b) => months >= b.fromMonth && (b.toMonth === null || months <= b.toMonth))
  return band?.percent ?? 0
}
