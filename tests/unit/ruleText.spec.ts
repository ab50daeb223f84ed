import { describe, expect, it } from 'vitest'

import { formatMoney } from '../../src/domain/money'
import { dateFr, eur, eurCents, eurCentsFr, eurFr, intFr, pct, pctFr } from '../../src/domain/landedCost/ruleText'

describe('amounts in rule explanations', () => {
  it('keeps the English form', () => {
    expect(eurCents(3_890_000)).toBe('€38 900.00')
    expect(eur(-1_504)).toBe('−€1 504')
    expect(pct(5.5)).toBe('5.5 %')
  })

  it('writes French amounts as Intl does for fr-FR', () => {
    for (const cents of [0, 276, 55_160, 3_890_000, 123_456_789]) {
      expect(eurCentsFr(cents)).toBe(formatMoney(cents, 'EUR', 'fr-FR'))
    }
    expect(eurCentsFr(3_890_000)).toBe('38\u202f900,00\u00a0€')
    expect(eurFr(79_911)).toBe('79\u202f911\u00a0€')
    expect(eurFr(-1_504)).toBe('−1\u202f504\u00a0€')
    expect(pctFr(5.5)).toBe('5,5\u00a0%')
    expect(pctFr(35.3)).toBe('35,3\u00a0%')
    expect(intFr(1_720)).toBe('1\u202f720')
    expect(dateFr('2022-01-01')).toBe('01/01/2022')
  })
})
