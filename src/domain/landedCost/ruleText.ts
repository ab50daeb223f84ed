import type { IsoDate } from '../calendarDate'
import type { Energy } from '../importRules'
import { FUELS } from '../vehicleOptions'
import type { Bilingual } from './types'

/**
 * Amounts inside rule explanations. English reads "€38 900.00" and "5.5 %"; French is written the way
 * `Intl` formats fr-FR, "38 900,00 €" and "5,5 %": a narrow no-break space between thousands, a no-break
 * space before € and %, a decimal comma. Hand-written so the text does not depend on the ICU build.
 */
const NARROW_NBSP = '\u202f'
const NBSP = '\u00a0'

function group(digits: string, separator = ' '): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator)
}

const sign = (value: number) => (value < 0 ? '−' : '')

export function eur(wholeEuros: number): string {
  return `${sign(wholeEuros)}€${group(String(Math.abs(wholeEuros)))}`
}

export function eurCents(cents: number): string {
  const abs = Math.abs(cents)
  return `${sign(cents)}€${group(String(Math.floor(abs / 100)))}.${String(abs % 100).padStart(2, '0')}`
}

export function pct(percent: number): string {
  return `${percent} %`
}

export function eurFr(wholeEuros: number): string {
  return `${sign(wholeEuros)}${group(String(Math.abs(wholeEuros)), NARROW_NBSP)}${NBSP}€`
}

export function eurCentsFr(cents: number): string {
  const abs = Math.abs(cents)
  return `${sign(cents)}${group(String(Math.floor(abs / 100)), NARROW_NBSP)},${String(abs % 100).padStart(2, '0')}${NBSP}€`
}

export function pctFr(percent: number): string {
  return `${String(percent).replace('.', ',')}${NBSP}%`
}

/** A whole quantity (kilograms, kilometres) in French: "1 720". */
export function intFr(value: number): string {
  return group(String(value), NARROW_NBSP)
}

/** "2022-01-01" → "01/01/2022". */
export function dateFr(date: IsoDate): string {
  const [year, month, day] = date.split('-')
  return `${day}/${month}/${year}`
}

/** "électrique", "hybride rechargeable": the energy as it follows "véhicule". */
export function energyFr(energy: Energy): string {
  return (FUELS.find((fuel) => fuel.value === energy)?.fr ?? energy).toLowerCase()
}

/** The two fields of a line that explain its amount. */
export function ruleFields(text: Bilingual): { rule: string; ruleFr: string } {
  return { rule: text.en, ruleFr: text.fr }
}

/** Both languages of `text` followed by both languages of `more`. */
export function append(text: Bilingual, more: Bilingual): Bilingual {
  return { en: text.en + more.en, fr: text.fr + more.fr }
}
