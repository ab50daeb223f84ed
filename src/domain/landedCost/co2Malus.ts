import { yearOf, type IsoDate } from '../calendarDate'
import type { Co2Grid } from '../importRules'
import { roundHalfUp } from '../money'
import { allInForce } from './dated'
import { dateFr } from './ruleText'
import { refuse, type Refusal } from './types'

/** The grid amount in whole euros, before any age reduction. */
export function co2GridAmount(grid: Co2Grid, grams: number): number {
  const g = roundHalfUp(grams)
  if (g >= grid.capFromG) return grid.capEur
  let amount = 0
  for (const step of grid.steps) {
    if (step.g > g) break
    amount = step.eur
  }
  return amount
}

export interface Co2Values {
  wltp?: number | null
  nedc?: number | null
}

export interface GridChoice {
  grid: Co2Grid
  grams: number
}

/**
 * The grid in force on `referenceDate` that matches a measured value: WLTP first, then NEDC (a car keeps
 * the cycle it was approved under, CIBS L421-59). No grid, or no value for the grid's cycle: a refusal.
 */
export function selectCo2Grid(
  grids: readonly Co2Grid[],
  referenceDate: IsoDate,
  values: Co2Values,
  reading: 'firstRegistration' | 'currentYear',
): GridChoice | Refusal {
  const candidates = allInForce(grids, referenceDate)
  if (candidates.length === 0) {
    return reading === 'firstRegistration'
      ? refuse(
          'firstRegistrationDate',
          `No CO2 grid for first registration year ${yearOf(referenceDate)} in import-rules.`,
          `Aucune grille de malus CO2 pour l’année de première immatriculation ${yearOf(referenceDate)} dans les règles d’import.`,
        )
      : refuse(
          'registrationDate',
          `No CO2 grid in force on ${referenceDate} in import-rules.`,
          `Aucune grille de malus CO2 en vigueur le ${dateFr(referenceDate)} dans les règles d’import.`,
        )
  }
  const wltp = candidates.find((grid) => grid.kind === 'WLTP')
  if (wltp && values.wltp != null) return { grid: wltp, grams: values.wltp }
  const nedc = candidates.find((grid) => grid.kind === 'NEDC')
  if (nedc && values.nedc != null) return { grid: nedc, grams: values.nedc }
  const [grid] = candidates
  return grid.kind === 'NEDC'
    ? refuse(
        'co2NedcGKm',
        `The ${grid.year} CO2 grid is NEDC: enter the car's NEDC CO2 value (g/km).`,
        `La grille CO2 ${grid.year} est en NEDC : il faut la valeur de CO2 NEDC du véhicule (g/km).`,
      )
    : refuse(
        'co2GKm',
        `The ${grid.year} CO2 grid is WLTP: enter the car's WLTP CO2 value (g/km).`,
        `La grille CO2 ${grid.year} est en WLTP : il faut la valeur de CO2 WLTP du véhicule (g/km).`,
      )
}
