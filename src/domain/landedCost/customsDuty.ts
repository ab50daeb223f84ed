import type { IsoDate } from '../calendarDate'
import { countryName } from '../countries'
import type { ChinaBevCountervailing, ImportRules, SourceId } from '../importRules'
import { allInForce, inForce } from './dated'
import { dateFr, pct, pctFr } from './ruleText'
import { refuse, type Bilingual, type LandedCostInput, type Refusal } from './types'

export interface DutyRate {
  ratePercent: number
  rule: Bilingual
  validFrom: IsoDate
  sourceIds: SourceId[]
}

/**
 * Duty on the customs value of a car entering the EU: collector 9705, a preference, or the 8703 rate, as in
 * force on `date`, the day of clearance.
 */
export function customsDutyRate(
  input: LandedCostInput,
  rules: ImportRules,
  collector: boolean,
  date: IsoDate,
): DutyRate | Refusal {
  const origin = input.originCountry.toUpperCase()
  const collectorRule = inForce(rules.collector, date)
  if (collector && collectorRule) {
    return {
      ratePercent: collectorRule.dutyPercent,
      rule: {
        en: `Collector car, heading ${collectorRule.tariffHeading}: ${pct(collectorRule.dutyPercent)}`,
        fr: `Véhicule de collection, position ${collectorRule.tariffHeading} : ${pctFr(collectorRule.dutyPercent)}`,
      },
      validFrom: collectorRule.validFrom,
      sourceIds: collectorRule.sourceIds,
    }
  }
  const base = inForce(rules.customsDuty.defaultRates, date)
  if (!base) {
    return refuse(
      input.clearanceDate ? 'clearanceDate' : 'registrationDate',
      `No customs duty rate in force on ${date} in import-rules.`,
      `Aucun taux de droits de douane en vigueur le ${dateFr(date)} dans les règles d’import.`,
    )
  }
  const preference = allInForce(rules.customsDuty.preferences, date).find((row) => row.originCountry === origin)
  if (preference && (!preference.requiresOriginStatement || input.originStatement)) {
    return {
      ratePercent: preference.ratePercent,
      rule: {
        en: `${preference.label}, ${origin} origin with proof of origin: ${pct(preference.ratePercent)}`,
        fr: `${preference.labelFr}, origine ${countryName(origin, 'fr')} prouvée : ${pctFr(preference.ratePercent)}`,
      },
      validFrom: preference.validFrom,
      sourceIds: preference.sourceIds,
    }
  }
  const missingProof = preference ? `, no proof of ${origin} origin` : ''
  const missingProofFr = preference ? `, origine ${countryName(origin, 'fr')} non prouvée` : ''
  return {
    ratePercent: base.ratePercent,
    rule: {
      en: `Tariff ${base.tariffHeading}${missingProof}: ${pct(base.ratePercent)}`,
      fr: `Position tarifaire ${base.tariffHeading}${missingProofFr} : ${pctFr(base.ratePercent)}`,
    },
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

function makerRate(
  row: ChinaBevCountervailing,
  make: string | null | undefined,
): { ratePercent: number; who: Bilingual } {
  const wanted = make ? normaliseMake(make) : ''
  const maker = row.makers.find((m) => m.aliases.some((alias) => normaliseMake(alias) === wanted))
  if (maker) return { ratePercent: maker.ratePercent, who: { en: maker.name, fr: maker.name } }
  if (row.otherCooperatingMakers.some((name) => normaliseMake(name) === wanted)) {
    return {
      ratePercent: row.otherCooperatingRatePercent,
      who: { en: `${make} (other cooperating company)`, fr: `${make} (autre société ayant coopéré)` },
    }
  }
  return {
    ratePercent: row.allOthersRatePercent,
    who: make
      ? { en: `${make} (all other companies)`, fr: `${make} (toutes les autres sociétés)` }
      : { en: 'unknown maker (all other companies)', fr: 'constructeur inconnu (toutes les autres sociétés)' },
  }
}

/** Countervailing duty on new battery-electric cars from China on the day of clearance, unless a minimum price replaces it. */
export function countervailingRate(input: LandedCostInput, rules: ImportRules, date: IsoDate): DutyRate | null {
  const origin = input.originCountry.toUpperCase()
  const row = allInForce(rules.customsDuty.countervailing, date).find(
    (candidate) =>
      candidate.originCountry === origin &&
      candidate.energies.includes(input.energy) &&
      (!candidate.newVehiclesOnly || !input.firstRegistrationDate),
  )
  if (!row) return null
  if (input.minimumPriceUndertaking) {
    return {
      ratePercent: 0,
      rule: {
        en: 'China BEV countervailing duty replaced by a minimum-price undertaking: 0 %',
        fr: `Droit compensateur sur les VE chinois remplacé par un engagement de prix minimum : ${pctFr(0)}`,
      },
      validFrom: row.validFrom,
      sourceIds: row.sourceIds,
    }
  }
  const { ratePercent, who } = makerRate(row, input.make)
  return {
    ratePercent,
    rule: {
      en: `China BEV countervailing duty, ${who.en}: ${pct(ratePercent)}`,
      fr: `Droit compensateur sur les VE chinois, ${who.fr} : ${pctFr(ratePercent)}`,
    },
    validFrom: row.validFrom,
    sourceIds: row.sourceIds,
  }
}
