import type { Energy, WeightAllowance, WeightBand } from '../importRules'
import { percentOf } from '../money'
import { energyFr, intFr } from './ruleText'
import { warning as warn, type LandedCostWarning } from './types'

export interface WeightPart {
  kg: number
  eurPerKg: number
}

/** Marginal bands, both ends included: 1 950 kg on the 2024 bands = 200×10 + 100×15 + 51×20 = 4 520 €. */
export function weightMalusAmount(bands: readonly WeightBand[], massKg: number): { eur: number; parts: WeightPart[] } {
  const parts = bands
    .filter((band) => massKg >= band.fromKg)
    .map((band) => ({ kg: Math.min(massKg, band.toKg ?? massKg) - band.fromKg + 1, eurPerKg: band.eurPerKg }))
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
