import { describe, expect, it } from 'vitest'

import { ok, lineOf } from '../helpers/landedCost'
import { computeLandedCost, type LandedCostInput } from '../../src/domain/landedCost'
import { importRulesFr as rules } from '../../src/seed/data/importRulesFr'

// A 2023 Japanese petrol car with its statement on origin, cleared in Le Havre on 2026-01-28 (the EU–Japan
// EPA reaches 0 % only on 2026-02-01) and registered in Île-de-France on 2026-03-05 (after the IDFM surcharge
// started on 2026-03-01).
//   Customs value = 18 000.00 + freight 1 600.00 + insurance 90.00 = €19 690.00.
//   Duty on the clearance date: tariff 8703, 10 % = €1 969.00 (the 0 % preference is not in force yet).
//   Import VAT = 20 % × (19 690 + 1 969 + delivery in France 300) = 20 % × 21 959 = €4 391.80.
//   Maluses on the registration date: 01/09/2023 → 05/03/2026 = 31 months → −28 %;
//     CO2 2023 WLTP grid, 140 g → €540 × 72 % = 388.80 → €389. Weight: 2022–2023 grid from 1 801 kg → €0.
//   Regional tax on the registration date: (54.95 + IDFM 14.00) × 6 CV = €413.70.
//   Total = 18 000 + 1 600 + 90 + 300 + 1 969 + 4 391.80 + 389 + 0 + 413.70 + 11 + 2.76 = €27 167.26.
//   Cleared on the registration day instead: duty 0 %, VAT 20 % × 19 990 = €3 998.00 → €24 804.46.
const japanese: LandedCostInput = {
  vehiclePrice: 1_800_000,
  sellerType: 'dealer',
  originCountry: 'JP',
  inEuFreeCirculation: false,
  destination: { country: 'FR', region: 'IDF' },
  firstRegistrationDate: '2023-09-01',
  clearanceDate: '2026-01-28',
  registrationDate: '2026-03-05',
  mileageKm: 30_000,
  co2GKm: 140,
  massKg: 1350,
  fiscalHp: 6,
  energy: 'petrol',
  make: 'Toyota',
  hasCoc: true,
  originStatement: true,
  services: {
    transport: { amount: 160_000 },
    insurance: { amount: 9_000 },
    inlandTransport: { amount: 30_000 },
  },
}

describe('clearance date and registration date', () => {
  it('reads duty and import VAT on the clearance date, maluses and regional tax on the registration date', () => {
    const result = ok(computeLandedCost(japanese, rules))
    expect(result.lines.map((line) => [line.code, line.amount])).toEqual([
      ['vehicle', 1_800_000],
      ['transport', 160_000],
      ['insurance', 9_000],
      ['inland_transport', 30_000],
      ['customs_duty', 196_900],
      ['import_vat', 439_180],
      ['co2_malus', 38_900],
      ['weight_malus', 0],
      ['regional_tax', 41_370],
      ['y4', 1_100],
      ['y5', 276],
    ])
    expect(result.total).toBe(2_716_726)
    expect(result.basis).toMatchObject({ clearanceDate: '2026-01-28', ageMonths: 31, reductionPercent: 28 })
    expect(lineOf(result.lines, 'customs_duty')).toMatchObject({
      rule: 'Tariff 8703: 10 % of the customs value €19 690.00',
      validFrom: '2000-01-01',
      sourceIds: ['S14'],
    })
    expect(lineOf(result.lines, 'regional_tax').rule).toBe('Île-de-France €54.95 + IDFM €14.00 per CV × 6 CV = €413.70')
  })

  it('takes the registration date when no clearance date is given', () => {
    const result = ok(computeLandedCost({ ...japanese, clearanceDate: null }, rules))
    expect(lineOf(result.lines, 'customs_duty')).toMatchObject({ amount: 0, validFrom: '2026-02-01' })
    expect(lineOf(result.lines, 'import_vat').amount).toBe(399_800)
    expect(result.total).toBe(2_480_446)
    expect(result.basis.clearanceDate).toBe('2026-03-05')
  })

  it('refuses a clearance after the registration', () => {
    expect(computeLandedCost({ ...japanese, clearanceDate: '2026-03-06' }, rules)).toMatchObject({
      ok: false,
      field: 'clearanceDate',
      reasonFr: 'Le dédouanement ne peut pas être postérieur à l’immatriculation française.',
    })
  })
})
