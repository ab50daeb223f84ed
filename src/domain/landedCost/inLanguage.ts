import type { LandedCostWarning } from './types'

export type Language = 'en' | 'fr'

/**
 * A warning in one language. Calculations stored with a quote before warnings were bilingual hold
 * plain English strings: they are shown as they are.
 */
export function warningIn(warning: LandedCostWarning | string | null | undefined, language: Language): string {
  if (typeof warning === 'string') return warning
  return (language === 'fr' && warning?.fr) || warning?.en || ''
}
