import { compareDates, yearOf, type IsoDate } from '../calendarDate'
import type { Co2Grid, ImportRuleSettings, ImportRules } from '../importRules'
import { centsToWholeEuros, reduceByPercent } from '../money'
import { ageReductionPercent } from './ageReduction'
import { selectCo2Grid, co2GridAmount } from './co2Malus'
import { fiscalHpAmount, fiscalHpTop, selectFiscalHpGrid } from './fiscalHpMalus'
import { allInForce, inForce } from './dated'
import { labelsOf } from './labels'
import { append, dateFr, energyFr, eur, eurFr, intFr, pct, pctFr, ruleFields } from './ruleText'
import {
  refuse,
  type Bilingual,
  type LandedCostInput,
  type LandedCostLine,
  type LandedCostWarning,
  type Refusal,
} from './types'
import { taxableMass, weightMalusAmount } from './weightMalus'

export interface MalusResult {
  co2: LandedCostLine
  weight: LandedCostLine
  reductionPercent: number
  co2GridId?: string
  weightGridId?: string
  warnings: LandedCostWarning[]
}

interface MalusContext {
  input: LandedCostInput
  rules: ImportRules
  settings: ImportRuleSettings
  ageMonths: number
  /** The car's price including VAT, for the 2022–2023 cap at half of it. */
  vehiclePriceTtc: number
  /** Without EU type approval the malus is read on fiscal horsepower, not CO2 (CIBS L421-59, 3°). */
  euTypeApproved: boolean
}

function line(
  code: 'co2_malus' | 'weight_malus',
  euros: number,
  rule: Bilingual,
  extra: Partial<LandedCostLine>,
): LandedCostLine {
  return { code, ...labelsOf(code), amount: euros * 100, ...ruleFields(rule), sourceIds: [], ...extra }
}

function ageText(months: number, percent: number): Bilingual {
  return months > 0
    ? { en: `age ${months} months → −${pct(percent)}`, fr: `âge ${months} mois → −${pctFr(percent)}` }
    : { en: 'never registered: no age reduction', fr: 'jamais immatriculé, sans abattement pour l’âge' }
}

function exempt(energy: LandedCostInput['energy']): Bilingual {
  return { en: `Exempt: ${energy.replace('_', ' ')} vehicle`, fr: `Exonéré : véhicule ${energyFr(energy)}` }
}

/** The age reduction took everything. */
function nothingDue(age: Bilingual): Bilingual {
  return { en: `${age.en}: nothing due`, fr: `${age.fr.charAt(0).toUpperCase()}${age.fr.slice(1)} : rien à payer` }
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
  euTypeApproved,
}: MalusContext): MalusResult | Refusal {
  const table = inForce(rules.ageReduction, input.registrationDate)
  if (!table) {
    return refuse(
      'registrationDate',
      `No age-reduction table in force on ${input.registrationDate}.`,
      `Aucun barème d’abattement pour l’âge en vigueur le ${dateFr(input.registrationDate)}.`,
    )
  }
  const reduction = ageReductionPercent(table, ageMonths)
  const reductionSources = table.sourceIds
  const reference: IsoDate =
    settings.gridYearReading === 'currentYear'
      ? input.registrationDate
      : (input.firstRegistrationDate ?? input.registrationDate)
  const reading: Bilingual =
    settings.gridYearReading === 'currentYear'
      ? { en: ' (current-year reading)', fr: ' (lecture : grille de l’année en cours)' }
      : { en: '', fr: '' }
  const age = ageText(ageMonths, reduction)
  const warnings: LandedCostWarning[] = []

  // CO2
  const firstGrid = [...rules.co2Grids].sort((a, b) => compareDates(a.validFrom, b.validFrom))[0]
  let co2: LandedCostLine
  let co2Eur = 0
  let capGrid: Co2Grid | undefined
  let fiscalHpTopOf: { eur: number; year: number; id: string } | undefined
  const exemption = allInForce(rules.co2Exemptions, reference).find((row) => row.energies.includes(input.energy))
  if (exemption) {
    co2 = line('co2_malus', 0, exempt(input.energy), {
      validFrom: exemption.validFrom,
      sourceIds: exemption.sourceIds,
    })
  } else if (reduction >= 100) {
    co2 = line('co2_malus', 0, nothingDue(age), { validFrom: table.validFrom, sourceIds: reductionSources })
  } else if (firstGrid && compareDates(reference, firstGrid.validFrom) < 0) {
    // No grid was ever in force for this car: the malus did not exist yet when it was first registered.
    co2 = line(
      'co2_malus',
      0,
      {
        en: `First registered before the malus began on ${firstGrid.validFrom}: no CO2 malus`,
        fr: `Première immatriculation avant la création du malus le ${dateFr(firstGrid.validFrom)} : pas de malus CO2`,
      },
      { validFrom: firstGrid.validFrom, sourceIds: firstGrid.sourceIds },
    )
  } else if (!euTypeApproved) {
    const grid = selectFiscalHpGrid(rules.fiscalHpGrids, reference, settings.gridYearReading)
    if (!('bands' in grid)) return grid
    fiscalHpTopOf = { eur: fiscalHpTop(grid), year: grid.year, id: grid.id }
    const gridEur = fiscalHpAmount(grid, input.fiscalHp)
    co2Eur = reduceByPercent(gridEur, reduction)
    co2 = {
      ...line(
        'co2_malus',
        co2Eur,
        {
          en: `No EU type approval: malus on fiscal horsepower, grid ${grid.year}${reading.en}, ${input.fiscalHp} CV → ${eur(gridEur)}, ${age.en} = ${eur(co2Eur)}`,
          fr: `Sans réception européenne : malus sur la puissance fiscale, grille ${grid.year}${reading.fr}, ${input.fiscalHp} CV → ${eurFr(gridEur)}, ${age.fr} = ${eurFr(co2Eur)}`,
        },
        { tableYear: grid.year, validFrom: grid.validFrom, sourceIds: [...grid.sourceIds, ...reductionSources] },
      ),
      label: 'Malus (fiscal horsepower)',
      labelFr: 'Malus (puissance fiscale)',
    }
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
    let rule: Bilingual = {
      en: `CO2 malus grid ${grid.year} ${grid.kind}${reading.en}, ${grams} g → ${eur(gridEur)}, ${age.en} = ${eur(co2Eur)}`,
      fr: `Malus CO2, grille ${grid.year} ${grid.kind}${reading.fr}, ${grams} g → ${eurFr(gridEur)}, ${age.fr} = ${eurFr(co2Eur)}`,
    }
    if (grid.capHalfPriceTtc) {
      const halfPrice = centsToWholeEuros(Math.floor(vehiclePriceTtc / 2))
      if (co2Eur > halfPrice) {
        co2Eur = halfPrice
        rule = append(rule, {
          en: `, capped at 50 % of the price incl. VAT = ${eur(co2Eur)}`,
          fr: `, plafonné à ${pctFr(50)} du prix TTC = ${eurFr(co2Eur)}`,
        })
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
    const before = weightRules.notBeforeFirstRegistration
    weight = line(
      'weight_malus',
      0,
      {
        en: `First registered before ${before}: no weight malus`,
        fr: `Première immatriculation avant le ${dateFr(before)} : pas de malus au poids`,
      },
      // The weight malus itself started on that day: it is the date of the rule that leaves this car out.
      { validFrom: before, sourceIds: weightRules.notBeforeSourceIds },
    )
  } else if (relief.exempt) {
    weight = line('weight_malus', 0, exempt(input.energy), {
      validFrom: relief.row?.validFrom,
      sourceIds: relief.row?.sourceIds ?? [],
    })
  } else if (reduction >= 100) {
    weight = line('weight_malus', 0, nothingDue(age), { validFrom: table.validFrom, sourceIds: reductionSources })
  } else {
    if (!grid) {
      return refuse(
        'firstRegistrationDate',
        `No weight-malus grid for first registration year ${yearOf(reference)} in import-rules.`,
        `Aucun barème de malus au poids pour l’année de première immatriculation ${yearOf(reference)} dans les règles d’import.`,
      )
    }
    if (input.massKg == null || !(input.massKg > 0)) {
      return refuse(
        'massKg',
        'The mass in running order (kg) is needed for the weight malus.',
        'La masse en ordre de marche (kg) est nécessaire au calcul du malus au poids.',
      )
    }
    if (relief.warning) warnings.push(relief.warning)
    weightGridId = grid.id
    const { eur: rawEur, parts } = weightMalusAmount(grid.bands, relief.massKg, settings.weightBandEdges)
    let weightEur = reduceByPercent(rawEur, reduction)
    const mass: Bilingual =
      relief.allowanceKg > 0
        ? {
            en: `${input.massKg} kg − ${relief.allowanceKg} kg allowance = ${relief.massKg} kg`,
            fr: `${intFr(input.massKg)} kg − abattement de ${intFr(relief.allowanceKg)} kg = ${intFr(relief.massKg)} kg`,
          }
        : { en: `${relief.massKg} kg`, fr: `${intFr(relief.massKg)} kg` }
    const bands: Bilingual = parts.length
      ? {
          en: parts.map((part) => `${part.kg}×${eur(part.eurPerKg)}`).join(' + '),
          fr: parts.map((part) => `${intFr(part.kg)} kg × ${eurFr(part.eurPerKg)}`).join(' + '),
        }
      : { en: 'below the first band', fr: 'sous la première tranche' }
    const edges: Bilingual =
      settings.weightBandEdges === 'aboveLowerEdge'
        ? { en: ' (kilograms above each band’s lower edge)', fr: ' (kilos au-delà du seuil de chaque tranche)' }
        : { en: '', fr: '' }
    let rule: Bilingual = {
      en: `Weight malus grid ${grid.year}${reading.en}${edges.en}, ${mass.en}: ${bands.en} = ${eur(rawEur)}, ${age.en} = ${eur(weightEur)}`,
      fr: `Malus au poids, barème ${grid.year}${reading.fr}${edges.fr}, ${mass.fr} : ${bands.fr} = ${eurFr(rawEur)}, ${age.fr} = ${eurFr(weightEur)}`,
    }
    const cap = fiscalHpTopOf
      ? { capEur: fiscalHpTopOf.eur, year: fiscalHpTopOf.year }
      : (capGrid ?? allInForce(rules.co2Grids, reference)[0])
    if (!cap) {
      return refuse(
        'firstRegistrationDate',
        `No CO2 grid for year ${yearOf(reference)} to cap the weight malus.`,
        `Aucune grille CO2 pour l’année ${yearOf(reference)} : impossible de plafonner le malus au poids.`,
      )
    }
    const room = Math.max(0, reduceByPercent(cap.capEur, reduction) - co2Eur)
    if (weightEur > room) {
      weightEur = room
      rule = append(rule, {
        en: `, capped so that both maluses stay within the ${cap.year} grid top = ${eur(weightEur)}`,
        fr: `, plafonné pour que les deux malus restent sous le maximum de la grille ${cap.year} = ${eurFr(weightEur)}`,
      })
    }
    weight = line('weight_malus', weightEur, rule, {
      tableYear: grid.year,
      validFrom: grid.validFrom,
      sourceIds: [...grid.sourceIds, ...(relief.row?.sourceIds ?? []), ...reductionSources],
    })
  }

  return {
    co2,
    weight,
    reductionPercent: reduction,
    co2GridId: capGrid?.id ?? fiscalHpTopOf?.id,
    weightGridId,
    warnings,
  }
}
