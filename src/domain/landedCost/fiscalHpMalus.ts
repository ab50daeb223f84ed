import { yearOf, type IsoDate } from '../calendarDate'
import type { FiscalHpGrid } from '../importRules'
import { inForce } from './dated'
import { dateFr } from './ruleText'
import { refuse, type Refusal } from './types'

/** The grid amount in whole euros for `cv` fiscal horsepower, before any age reduction. */
export function fiscalHpAmount(grid: FiscalHpGrid, cv: number): number {
  let amount = 0
  for (const band of grid.bands) {
    if (band.fromCv > cv) break
    amount = band.eur
  }
  return amount
}

/** The top of the grid: the cap of the weight malus for a car taxed on fiscal horsepower. */
export function fiscalHpTop(grid: FiscalHpGrid): number {
  return Math.max(0, ...grid.bands.map((band) => band.eur))
}

export function selectFiscalHpGrid(
  grids: readonly FiscalHpGrid[] | undefined,
  referenceDate: IsoDate,
  reading: 'firstRegistration' | 'currentYear',
): FiscalHpGrid | Refusal {
  const grid = inForce(grids ?? [], referenceDate)
  if (grid) return grid
  return reading === 'firstRegistration'
    ? refuse(
        'firstRegistrationDate',
        `No fiscal-horsepower malus grid for first registration year ${yearOf(referenceDate)} in import-rules (car without EU type approval).`,
        `Aucune grille de malus en puissance fiscale pour l’année de première immatriculation ${yearOf(referenceDate)} dans les règles d’import (véhicule sans réception européenne).`,
      )
    : refuse(
        'registrationDate',
        `No fiscal-horsepower malus grid in force on ${referenceDate} in import-rules (car without EU type approval).`,
        `Aucune grille de malus en puissance fiscale en vigueur le ${dateFr(referenceDate)} dans les règles d’import (véhicule sans réception européenne).`,
      )
}
