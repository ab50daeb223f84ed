import { describe, expect, it } from 'vitest'

import { ok } from '../helpers/landedCost'
import { computeLandedCost, registrationCheck, type LandedCostInput } from '../../src/domain/landedCost'
import { importRulesFr as rules } from '../../src/seed/data/importRulesFr'

// A 1992 American car without COC, eligible for the collector registration, registered in Normandie on
// 2026-04-15, with the RTI budget of the quote defaults (€2 500) priced on it.
//   10/06/1992 → 15/04/2026 = 33 full years ≥ 30: heading 9705, duty 0 %, import VAT 5.5 %.
//   Customs value = 42 000 + 2 200 + 300 = €44 500.00; VAT = 5.5 % × (44 500 + 0 + 400) = 5.5 % × 44 900 = €2 469.50.
//   Maluses: 407 months → −100 %: nothing; first registered before 2022: no weight malus.
//   Regional tax: 60.00 × 11 CV = 660.00, over 10 years old → 50 % = €330.00.
//   The collector registration replaces the RTI: no RTI line.
//   Total = 42 000 + 2 200 + 300 + 400 + 0 + 2 469.50 + 0 + 0 + 330 + 11 + 2.76 = €47 713.26 (it was €50 213.26).
const collector: LandedCostInput = {
  vehiclePrice: 4_200_000,
  sellerType: 'dealer',
  originCountry: 'US',
  inEuFreeCirculation: false,
  destination: { country: 'FR', region: 'NOR' },
  firstRegistrationDate: '1992-06-10',
  registrationDate: '2026-04-15',
  mileageKm: 140_000,
  fiscalHp: 11,
  energy: 'petrol',
  make: 'Chevrolet',
  hasCoc: false,
  services: {
    transport: { amount: 220_000 },
    insurance: { amount: 30_000 },
    inlandTransport: { amount: 40_000 },
    rti: { amount: 250_000 },
  },
}

describe('collector registration instead of an RTI', () => {
  it('prices no RTI for a car the pre-check finds eligible for the collector registration', () => {
    const result = ok(computeLandedCost(collector, rules))
    expect(result.lines.map((line) => [line.code, line.amount])).toEqual([
      ['vehicle', 4_200_000],
      ['transport', 220_000],
      ['insurance', 30_000],
      ['inland_transport', 40_000],
      ['customs_duty', 0],
      ['import_vat', 246_950],
      ['co2_malus', 0],
      ['weight_malus', 0],
      ['regional_tax', 33_000],
      ['y4', 1_100],
      ['y5', 276],
    ])
    expect(result.total).toBe(4_771_326)
    expect(result.warnings.map((w) => w.code)).toEqual(['rtiReplacedByCollector'])
    expect(result.registrationCheck).toMatchObject({ collectorEligible: true, rtiRequired: false, rtiRisk: false })
    const check = registrationCheck(collector, rules, collector.registrationDate)
    expect(check.notes.find((n) => n.code === 'collector')?.fr).toContain('remplace la réception à titre isolé (RTI)')
  })

  it('keeps the RTI when staff say the car is not a collector piece', () => {
    const result = ok(computeLandedCost({ ...collector, isCollector: false }, rules))
    expect(result.lines.find((line) => line.code === 'rti')?.amount).toBe(250_000)
    expect(result.registrationCheck.rtiRequired).toBe(true)
  })
})
