import { compareDates, yearOf, type IsoDate } from '../calendarDate'
import type { Co2Grid, ImportRuleSettings, ImportRules } from '../importRules'
import { centsToWholeEuros, reduceByPercent } from '../money'
import { ageReductionPercent } from './ageReduction'
import { selectCo2Grid, co2GridAmount } from './co2Malus'
import { allInForce, inForce } from './dated'
import { labelsOf } from './labels'
import { eur, pct } from './ruleText'
import { refuse, type LandedCostInput, type LandedCostLine, type Refusal } from './types'
import { taxableMass, weightMalusAmount } from './weightMalus'

export interface MalusResult {
  co2: LandedCostLine
  weight: LandedCostLine
  reductionPercent: number
  co2GridId?: string
  weightGridId?: string
  warnings: string[]
}

interface MalusContext {
  input: LandedCostInput
  rules: ImportRules
  settings: ImportRuleSettings
  ageMonths: number
  /** The car's price including VAT, for the 2022–2023 cap at half of it. */
  vehiclePriceTtc: number
}

function line(
  code: 'co2_malus' | 'weight_malus',
  euros: number,
  rule: string,
  extra: Partial<LandedCostLine>,
): LandedCostLine {
  return { code, ...labelsOf(code), amount: euros * 100, rule, sourceIds: [], ...extra }
}

function ageText(months: number, percent: number): string {
  return months > 0 ? `age ${months} months → −${pct(percent)}` : 'never registered: no age reduction'
}

/**
 * CO2 and weight maluses of a used import: the grids of the first-registration year (or of the current
 * year under the AR-GRID reading), both reduced by the age table of the French registration date,
 * rounded to the whole euro, the weight malus capped so that both stay under the grid's top (L421-74).
 */
export function computeMaluses({
  input,
  rules,
  settings,
  ageMonths,
  vehiclePriceTtc,
}: MalusContext): MalusResult | Refusal {
  const table = inForce(rules.ageReduction, input.registrationDate)
  if (!table) return refuse('registrationDate', `No age-reduction table in force on ${input.registrationDate}.`)
  const reduction = ageReductionPercent(table, ageMonths)
  const reductionSources = table.sourceIds
  const reference: IsoDate =
    settings.gridYearReading === 'currentYear'
      ? input.registrationDate
      : (input.firstRegistrationDate ?? input.registrationDate)
  const readingText = settings.gridYearReading === 'currentYear' ? ' (current-year reading)' : ''
  const warnings: string[] = []

  // CO2
  let co2: LandedCostLine
  let co2Eur = 0
  let capGrid: Co2Grid | undefined
  const exemption = allInForce(rules.co2Exemptions, reference).find((row) => row.energies.includes(input.energy))
  if (exemption) {
    co2 = line('co2_malus', 0, `Exempt: ${input.energy.replace('_', ' ')} vehicle`, { sourceIds: exemption.sourceIds })
  } else if (reduction >= 100) {
    co2 = line('co2_malus', 0, `${ageText(ageMonths, reduction)}: nothing due`, { sourceIds: reductionSources })
  } else {
    const choice = selectCo2Grid(
      rules.co2Grids,
      reference,
      { wltp: input.co2GKm, nedc: input.co2NedcGKm },
      settings.gridYearReading,
    )
    if (!('grid' in choice)) return choice
    const { grid, grams } = choice
    capGrid = grid
    const gridEur = co2GridAmount(grid, grams)
    co2Eur = reduceByPercent(gridEur, reduction)
    let rule = `CO2 malus grid ${grid.year} ${grid.kind}${readingText}, ${grams} g → ${eur(gridEur)}, ${ageText(ageMonths, reduction)} = ${eur(co2Eur)}`
    if (grid.capHalfPriceTtc) {
      const halfPrice = centsToWholeEuros(Math.floor(vehiclePriceTtc / 2))
      if (co2Eur > halfPrice) {
        co2Eur = halfPrice
        rule += `, capped at 50 % of the price incl. VAT = ${eur(co2Eur)}`
      }
    }
    co2 = line('co2_malus', co2Eur, rule, {
      tableYear: grid.year,
      validFrom: grid.validFrom,
      sourceIds: [...grid.sourceIds, ...reductionSources],
    })
  }

  // Weight
  const weightRules = rules.weightMalus
  const first = input.firstRegistrationDate
  const grid = inForce(weightRules.grids, reference)
  const relief = taxableMass(
    allInForce(weightRules.allowances, reference),
    input.energy,
    input.massKg ?? 0,
    input.electricRangeKm,
  )
  let weight: LandedCostLine
  let weightGridId: string | undefined
  if (first && compareDates(first, weightRules.notBeforeFirstRegistration) < 0) {
    weight = line(
      'weight_malus',
      0,
      `First registered before ${weightRules.notBeforeFirstRegistration}: no weight malus`,
      {
        sourceIds: weightRules.notBeforeSourceIds,
      },
    )
  } else if (relief.exempt) {
    weight = line('weight_malus', 0, `Exempt: ${input.energy.replace('_', ' ')} vehicle`, {
      sourceIds: relief.row?.sourceIds ?? [],
    })
  } else if (reduction >= 100) {
    weight = line('weight_malus', 0, `${ageText(ageMonths, reduction)}: nothing due`, { sourceIds: reductionSources })
  } else {
    if (!grid) {
      return refuse(
        'firstRegistrationDate',
        `No weight-malus grid for first registration year ${yearOf(reference)} in import-rules.`,
      )
    }
    if (input.massKg == null || !(input.massKg > 0)) {
      return refuse('massKg', 'The mass in running order (kg) is needed for the weight malus.')
    }
    if (relief.warning) warnings.push(relief.warning)
    weightGridId = grid.id
    const { eur: rawEur, parts } = weightMalusAmount(grid.bands, relief.massKg)
    let weightEur = reduceByPercent(rawEur, reduction)
    const massText =
      relief.allowanceKg > 0
        ? `${input.massKg} kg − ${relief.allowanceKg} kg allowance = ${relief.massKg} kg`
        : `${relief.massKg} kg`
    const partsText = parts.length
      ? parts.map((part) => `${part.kg}×${eur(part.eurPerKg)}`).join(' + ')
      : 'below the first band'
    let rule = `Weight malus grid ${grid.year}${readingText}, ${massText}: ${partsText} = ${eur(rawEur)}, ${ageText(ageMonths, reduction)} = ${eur(weightEur)}`
    const cap = capGrid ?? allInForce(rules.co2Grids, reference)[0]
    if (!cap)
      return refuse('firstRegistrationDate', `No CO2 grid for year ${yearOf(reference)} to cap the weight malus.`)
    const room = Math.max(0, reduceByPercent(cap.capEur, reduction) - co2Eur)
    if (weightEur > room) {
      weightEur = room
      rule += `, capped so that both maluses stay within the ${cap.year} grid top = ${eur(weightEur)}`
    }
    weight = line('weight_malus', weightEur, rule, {
      tableYear: grid.year,
      validFrom: grid.validFrom,
      sourceIds: [...grid.sourceIds, ...(relief.row?.sourceIds ?? []), ...reductionSources],
    })
  }

  return { co2, weight, reductionPercent: reduction, co2GridId: capGrid?.id, weightGridId, warnings }
}
