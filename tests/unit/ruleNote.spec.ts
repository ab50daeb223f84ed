import { describe, expect, it } from 'vitest'

import { ruleNote } from '../../src/domain/landedCost/ruleNote'

describe('ruleNote', () => {
  const line = {
    rule: 'IDF rate €54.95 + IDFM surcharge €14.00 per CV × 6 CV = €413.70',
    ruleFr: 'Tarif IDF 54,95 € + majoration IDFM 14,00 € par CV × 6 CV = 413,70 €',
    validFrom: '2026-03-01',
    sourceIds: ['S21', 'S22'],
  }

  it('gives the rule, the day it took effect and its sources in the customer’s language', () => {
    expect(ruleNote(line, true)).toBe(
      'Tarif IDF 54,95 € + majoration IDFM 14,00 € par CV × 6 CV = 413,70 € — en vigueur depuis le 01/03/2026 — Sources : S21, S22',
    )
    expect(ruleNote(line, false)).toBe(
      'IDF rate €54.95 + IDFM surcharge €14.00 per CV × 6 CV = €413.70 — in force from 2026-03-01 — Sources: S21, S22',
    )
  })

  it('leaves out what a service line does not have', () => {
    expect(ruleNote({ rule: 'Service cost, as priced', ruleFr: 'Coût de la prestation', sourceIds: [] }, true)).toBe(
      'Coût de la prestation',
    )
  })
})
