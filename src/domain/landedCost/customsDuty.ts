import type { IsoDate } from '../calendarDate'
import type { ChinaBevCountervailing, ImportRules, SourceId } from '../importRules'
import { allInForce, inForce } from './dated'
import { pct } from './ruleText'
import { refuse, type LandedCostInput, type Refusal } from './types'

export interface DutyRate {
  ratePercent: number
  rule: string
  validFrom: IsoDate
  sourceIds: SourceId[]
}

/** Duty on the customs value of a car entering the EU: collector 9705, a preference, or the 8703 rate. */
export function customsDutyRate(input: LandedCostInput, rules: ImportRules, collector: boolean): DutyRate | Refusal {
  const date = input.registrationDate
  const origin = input.originCountry.toUpperCase()
  const collectorRule = inForce(rules.collector, date)
  if (collector && collectorRule) {
    return {
      ratePercent: collectorRule.dutyPercent,
      rule: `Collector car, heading ${collectorRule.tariffHeading}: ${pct(collectorRule.dutyPercent)}`,
      validFrom: collectorRule.validFrom,
      sourceIds: collectorRule.sourceIds,
    }
  }
  const base = inForce(rules.customsDuty.defaultRates, date)
  if (!base) return refuse('registrationDate', `No customs duty rate in force on ${date} in import-rules.`)
  const preference = allInForce(rules.customsDuty.preferences, date).find((row) => row.originCountry === origin)
  if (preference && (!preference.requiresOriginStatement || input.originStatement)) {
    return {
      ratePercent: preference.ratePercent,
      rule: `${preference.label}, ${origin} origin with proof of origin: ${pct(preference.ratePercent)}`,
      validFrom: preference.validFrom,
      sourceIds: preference.sourceIds,
    }
  }
  const missingProof = preference ? `, no proof of ${origin} origin` : ''
  return {
    ratePercent: base.ratePercent,
    rule: `Tariff ${base.tariffHeading}${missingProof}: ${pct(base.ratePercent)}`,
    validFrom: base.validFrom,
    sourceIds: [...base.sourceIds, ...(preference?.sourceIds ?? [])],
  }
}

function normaliseMake(make: string): string {
  return make
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, ' ')
}

function makerRate(row: ChinaBevCountervailing, make: string | null | undefined): { ratePercent: number; who: string } {
  const wanted = make ? normaliseMake(make) : ''
  const maker = row.makers.find((m) => m.aliases.some((alias) => normaliseMake(alias) === wanted))
  if (maker) return { ratePercent: maker.ratePercent, who: maker.name }
  if (row.otherCooperatingMakers.some((name) => normaliseMake(name) === wanted)) {
    return { ratePercent: row.otherCooperatingRatePercent, who: `${make} (other cooperating company)` }
  }
  return {
    ratePercent: row.allOthersRatePercent,
    who: make ? `${make} (all other companies)` : 'unknown maker (all other companies)',
  }
}

/** Countervailing duty on new battery-electric cars from China, unless a minimum price replaces it. */
export function countervailingRate(input: LandedCostInput, rules: ImportRules): DutyRate | null {
  const origin = input.originCountry.toUpperCase()
  const row = allInForce(rules.customsDuty.countervailing, input.registrationDate).find(
    (candidate) =>
      candidate.originCountry === origin &&
      candidate.energies.includes(input.energy) &&
      (!candidate.newVehiclesOnly || !input.firstRegistrationDate),
  )
  if (!row) return null
  if (input.minimumPriceUndertaking) {
    return {
      ratePercent: 0,
      rule: 'China BEV countervailing duty replaced by a minimum-price undertaking: 0 %',
      validFrom: row.validFrom,
      sourceIds: row.sourceIds,
    }
  }
  const { ratePercent, who } = makerRate(row, input.make)
  return {
    ratePercent,
    rule: `China BEV countervailing duty, ${who}: ${pct(ratePercent)}`,
    validFrom: row.validFrom,
    sourceIds: row.sourceIds,
  }
}
