import { describe, expect, it } from 'vitest'
import type { FiscalHpGrid } from '../../src/domain/importRules'
import { computeLandedCost, type LandedCostInput } from '../../src/domain/landedCost'
import { fiscalHpAmount, fiscalHpTop } from '../../src/domain/landedCost/fiscalHpMalus'
import { importRulesFr } from '../../src/seed/data/importRulesFr'

function grid(id: string): FiscalHpGrid {
  const found = importRulesFr.fiscalHpGrids?.find((g) => g.id === id)
  if (!found) throw new Error(`no grid ${id}`)
  return found
}

// CGI art. 1011 bis III b as in force each year (S71).
describe('fiscal-horsepower malus grids', () => {
  it('2008–2011: nothing to 7 CV, 750 € 8–11, 1 600 € 12–16, 2 600 € above', () => {
    expect([7, 8, 11, 12, 16, 17].map((cv) => fiscalHpAmount(grid('2008-CV'), cv))).toEqual([
      0, 750, 750, 1600, 1600, 2600,
    ])
  })

  it('2012: 750 € 8–9, 1 300 € 10–11, 2 300 € 12–16, 3 600 € above', () => {
    expect([7, 8, 10, 12, 17].map((cv) => fiscalHpAmount(grid('2012-CV'), cv))).toEqual([0, 750, 1300, 2300, 3600])
  })

  it('2013 and 2014 (also 2015): from 6 CV', () => {
    expect([5, 6, 8, 10, 12, 17].map((cv) => fiscalHpAmount(grid('2013-CV'), cv))).toEqual([
      0, 800, 1400, 2600, 4600, 6000,
    ])
    expect([5, 6, 8, 10, 12, 16, 17].map((cv) => fiscalHpAmount(grid('2014-CV'), cv))).toEqual([
      0, 1500, 2000, 3600, 6000, 6000, 8000,
    ])
    expect(fiscalHpTop(grid('2014-CV'))).toBe(8000)
    expect(grid('2014-CV').validTo).toBe('2015-12-31')
  })
})

const usCar: LandedCostInput = {
  vehiclePrice: 2_500_000,
  sellerType: 'dealer',
  originCountry: 'US',
  inEuFreeCirculation: false,
  destination: { country: 'FR', region: 'PAC' },
  firstRegistrationDate: '2014-05-20',
  registrationDate: '2026-05-01',
  mileageKm: 80_000,
  fiscalHp: 15,
  energy: 'petrol',
  make: 'Ford',
  hasCoc: false,
}

describe('a car without EU type approval', () => {
  // 20/05/2014 → 01/05/2026 = 144 months → −76 %; 2014 grid, 15 CV → €6 000 × 24 % = €1 440.
  it('pays its malus on fiscal horsepower, said in both languages', () => {
    const result = computeLandedCost(usCar, importRulesFr)
    if (!result.ok) throw new Error(result.reason)
    const malus = result.lines.find((line) => line.code === 'co2_malus')
    expect(malus).toMatchObject({
      amount: 144_000,
      label: 'Malus (fiscal horsepower)',
      labelFr: 'Malus (puissance fiscale)',
      rule: 'No EU type approval: malus on fiscal horsepower, grid 2014, 15 CV → €6 000, age 144 months → −76 % = €1 440',
      tableYear: 2014,
      validFrom: '2014-01-01',
      sourceIds: ['S71', 'S66', 'S4', 'S5', 'S13'],
    })
    expect(malus?.ruleFr.replace(/[\u00a0\u202f]/g, ' ')).toBe(
      'Sans réception européenne : malus sur la puissance fiscale, grille 2014, 15 CV → 6 000 €, âge 144 mois → −76 % = 1 440 €',
    )
    expect(result.basis.co2GridId).toBe('2014-CV')
  })

  it('reads CO2 when staff say the car has its EU type approval, and warns when nobody said', () => {
    const approved = computeLandedCost({ ...usCar, co2NedcGKm: 199, euTypeApproval: true }, importRulesFr)
    expect(approved.ok && approved.lines.find((l) => l.code === 'co2_malus')?.rule).toContain(
      'CO2 malus grid 2014 NEDC',
    )
    const unknown = computeLandedCost({ ...usCar, co2NedcGKm: 199 }, importRulesFr)
    expect(unknown.ok && unknown.warnings.map((w) => w.code)).toEqual(['typeApprovalUnknown'])
  })

  it('refuses a year whose fiscal-horsepower grid is not held', () => {
    expect(computeLandedCost({ ...usCar, firstRegistrationDate: '2018-03-01' }, importRulesFr)).toMatchObject({
      ok: false,
      field: 'firstRegistrationDate',
      reason:
        'No fiscal-horsepower malus grid for first registration year 2018 in import-rules (car without EU type approval).',
    })
  })
})
