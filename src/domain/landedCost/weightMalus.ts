import type { Energy, WeightAllowance, WeightBand, WeightBandEdges } from '../importRules'
import { percentOf } from '../money'
import { energyFr, intFr } from './ruleText'
import { warning as warn, type LandedCostWarning } from './types'

export interface WeightPart {
  kg: number
  eurPerKg: number
}

/**
 * Marginal bands. `bothEnds` (the default reading) counts a band "from A to B kg" as the kilograms A…B,
 * both included: 1 950 kg on the 2024 bands = 200×10 + 100×15 + 51×20 = 4 520 €, service-public's own
 * example. `aboveLowerEdge` counts only the kilograms above A (4 500 € for the same car).
 */
export function weightMalusAmount(
  bands: readonly WeightBand[],
  massKg: number,
  edges: WeightBandEdges = 'bothEnds',
): { eur: number; parts: WeightPart[] } {
  const kgIn = (band: WeightBand) =>
    edges === 'bothEnds'
      ? Math.min(massKg, band.toKg ?? massKg) - band.fromKg + 1
      : Math.min(massKg, band.toKg == null ? massKg : band.toKg + 1) - band.fromKg
  const parts = bands.map((band) => ({ kg: kgIn(band), eurPerKg: band.eurPerKg })).filter((part) => part.kg > 0)
  return { eur: parts.reduce((sum, part) => sum + part.kg * part.eurPerKg, 0), parts }
}

export interface TaxableMass {
  exempt: boolean
  massKg: number
  allowanceKg: number
  row?: WeightAllowance
  warning?: LandedCostWarning
}

export function taxableMass(
  rows: readonly WeightAllowance[],
  energy: Energy,
  massKg: number,
  electricRangeKm: number | null | undefined,
): TaxableMass {
  let warning: LandedCostWarning | undefined
  const row = rows.find((candidate) => {
    if (candidate.energy !== energy) return false
    if (candidate.minElectricRangeKm === undefined) return true
    if (electricRangeKm == null) {
      warning = warn(
        'electricRangeUnknown',
        `Electric range unknown: the ${energy} weight-malus relief (above ${candidate.minElectricRangeKm} km) is not applied.`,
        `Autonomie électrique inconnue : l’abattement du malus au poids (${energyFr(energy)}, plus de ` +
          `${intFr(candidate.minElectricRangeKm)} km d’autonomie) n’est pas appliqué.`,
      )
      return false
    }
    return electricRangeKm > candidate.minElectricRangeKm
  })
  if (!row) return { exempt: false, massKg, allowanceKg: 0, warning }
  if (row.kind === 'exempt') return { exempt: true, massKg: 0, allowanceKg: 0, row }
  const cap = row.maxPercentOfMass === undefined ? Infinity : percentOf(massKg, row.maxPercentOfMass)
  const allowanceKg = Math.min(row.allowanceKg ?? 0, cap)
  return { exempt: false, massKg: Math.max(0, massKg - allowanceKg), allowanceKg, row }
}
