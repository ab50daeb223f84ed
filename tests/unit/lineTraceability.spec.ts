import { describe, expect, it } from 'vitest'

import { ok, lineOf } from '../helpers/landedCost'
import { computeLandedCost, type LandedCostInput } from '../../src/domain/landedCost'
import { importRulesFr as rules } from '../../src/seed/data/importRulesFr'

// A 2023 Tesla from a German dealer registered in Île-de-France on 2026-04-10.
//   EV: CO2 malus exempt (exemption row from 2017-01-01, S63 S10); weight malus exempt (EV row from
//   2022-01-01, S9 S8 S38 S39).
//   Regional tax: (54.95 + IDFM 14.00) × 4 CV = €275.80, full rate for EVs in Île-de-France since
//   2025-05-01; the amount holds since the surcharge began, 2026-03-01.
//   Y.6 = 275.80 + 0 + 0 + 11 + 2.76 = €289.56. Total = 28 500 + 800 + 289.56 = €29 589.56.
const tesla: LandedCostInput = {
  vehiclePrice: 2_850_000,
  sellerType: 'dealer',
  originCountry: 'DE',
  inEuFreeCirculation: true,
  destination: { country: 'FR', region: 'IDF' },
  firstRegistrationDate: '2023-03-20',
  registrationDate: '2026-04-10',
  mileageKm: 40_000,
  co2GKm: 0,
  massKg: 1850,
  fiscalHp: 4,
  energy: 'electric',
  make: 'Tesla',
  hasCoc: true,
  services: { transport: { amount: 80_000 } },
}

describe('every line names its rule, the day it took effect and its sources', () => {
  it('dates exempt malus lines and the Île-de-France surcharge, and gives the Y.6 subtotal', () => {
    const result = ok(computeLandedCost(tesla, rules))
    expect(lineOf(result.lines, 'co2_malus')).toMatchObject({
      amount: 0,
      rule: 'Exempt: electric vehicle',
      validFrom: '2017-01-01',
      sourceIds: ['S63', 'S10'],
    })
    expect(lineOf(result.lines, 'weight_malus')).toMatchObject({
      amount: 0,
      validFrom: '2022-01-01',
      sourceIds: ['S9', 'S8', 'S38', 'S39'],
    })
    expect(lineOf(result.lines, 'regional_tax')).toMatchObject({
      amount: 27_580,
      rule: 'Île-de-France €54.95 + IDFM €14.00 per CV × 4 CV, EV: the region charges the full rate = €275.80',
      validFrom: '2026-03-01',
      sourceIds: ['S21', 'S22', 'S22b', 'S40', 'S41'],
    })
    expect(result.y6).toBe(28_956)
    expect(result.total).toBe(2_958_956)
  })

  // A 1990 car: CO2 malus nothing due after the age reduction (table of 2025-03-01); weight malus none
  //   before 2022-01-01 (the day it began).
  it('dates the lines the age reduction or the 2022 start leave at nothing', () => {
    const old = ok(
      computeLandedCost({ ...tesla, energy: 'petrol', firstRegistrationDate: '1990-04-01', co2GKm: null }, rules),
    )
    expect(lineOf(old.lines, 'co2_malus')).toMatchObject({ validFrom: '2025-03-01', sourceIds: ['S4', 'S5', 'S13'] })
    expect(lineOf(old.lines, 'weight_malus')).toMatchObject({ validFrom: '2022-01-01', sourceIds: ['S13', 'S27'] })
  })

  // Import VAT cites the standard-rate source only; a collector import adds the collector rule's sources.
  it('cites the collector source on import VAT only for a collector car', () => {
    const imported: LandedCostInput = {
      ...tesla,
      energy: 'petrol',
      originCountry: 'US',
      inEuFreeCirculation: false,
      firstRegistrationDate: '2019-05-01',
      co2GKm: null,
      co2NedcGKm: 100,
    }
    const standard = ok(computeLandedCost(imported, rules))
    expect(lineOf(standard.lines, 'import_vat')).toMatchObject({ validFrom: '2014-01-01', sourceIds: ['S15'] })
    const collector = ok(computeLandedCost({ ...imported, firstRegistrationDate: '1990-04-01' }, rules))
    expect(lineOf(collector.lines, 'import_vat')).toMatchObject({
      validFrom: '2014-01-01',
      sourceIds: ['S15', 'S34', 'S35', 'S36'],
    })
  })
})
