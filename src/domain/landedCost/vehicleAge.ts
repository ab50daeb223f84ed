import { addMonths, compareDates, fullYears, startedMonths, type IsoDate } from '../calendarDate'
import type { CollectorRule, ImportRules, NewVehicleThreshold } from '../importRules'
import { inForce } from './dated'

/** Months started since the first registration; 0 for a car never registered. */
export function ageInStartedMonths(firstRegistration: IsoDate | null | undefined, on: IsoDate): number {
  return firstRegistration ? startedMonths(firstRegistration, on) : 0
}

export function collectorRuleOn(rules: ImportRules, on: IsoDate): CollectorRule | undefined {
  return inForce(rules.collector, on)
}

/** Old enough for heading 9705 (the other criteria, originality and interest, are the customer's proof). */
export function isCollectorByAge(
  firstRegistration: IsoDate | null | undefined,
  on: IsoDate,
  rule: CollectorRule | undefined,
): boolean {
  return Boolean(rule && firstRegistration && fullYears(firstRegistration, on) >= rule.minAgeYears)
}

/** The EU "new means of transport" test: at most N months since first registration OR at most N km. */
export function isNewForVat(
  firstRegistration: IsoDate | null | undefined,
  mileageKm: number,
  on: IsoDate,
  threshold: NewVehicleThreshold,
): boolean {
  if (!firstRegistration) return true
  const withinMonths = compareDates(on, addMonths(firstRegistration, threshold.maxMonths)) <= 0
  return withinMonths || mileageKm <= threshold.maxKm
}
