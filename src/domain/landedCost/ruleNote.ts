import { dateFr } from './ruleText'
import type { LandedCostLine } from './types'

/**
 * The explanation a quote line keeps: its rule, the day that rule took effect and its sources, in the
 * customer's language ("… — en vigueur depuis le 01/03/2026 — Sources : S21, S22").
 */
export function ruleNote(line: Pick<LandedCostLine, 'rule' | 'ruleFr' | 'validFrom' | 'sourceIds'>, french: boolean) {
  const since = line.validFrom
    ? french
      ? `en vigueur depuis le ${dateFr(line.validFrom)}`
      : `in force from ${line.validFrom}`
    : ''
  const sources = line.sourceIds.length ? `Sources${french ? ' :' : ':'} ${line.sourceIds.join(', ')}` : ''
  return [french ? line.ruleFr : line.rule, since, sources].filter(Boolean).join(' — ')
}
