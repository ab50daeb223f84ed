import { describe, expect, it } from 'vitest'

import { lineOf } from '../helpers/landedCost'
import {
  euTypeApprovalOf,
  inEuros,
  isCollectorOf,
  vehicleLandedCost,
  type VehicleFacts,
  type VehicleLandedCost,
  type VehicleLandedCostOptions,
} from '../../src/domain/vehicleLandedCost'
import { importRulesFr as rules } from '../../src/seed/data/importRulesFr'

function priced(vehicle: VehicleFacts, options: VehicleLandedCostOptions) {
  const result: VehicleLandedCost = vehicleLandedCost(vehicle, options, rules)
  if (!result.ok) throw new Error(`refused: ${result.field}: ${result.reason}`)
  return result
}

// A 2022 Japanese hybrid with an EU COC and its statement on origin, priced ¥3 250 000 by a Japanese
// dealer, cleared on 2026-12-03 and registered in Auvergne-Rhône-Alpes on 2026-12-10.
//   Customs rate of December 2026 (seeded demo row, S75): ¥162.35 per euro.
//   Price: 3 250 000 / 162.35 = 20 018.478… → €20 018.48.
//   Customs value = 20 018.48 + freight 1 700.00 + insurance 110.00 = €21 828.48; EPA duty 0 %.
//   Import VAT = 20 % × (21 828.48 + 0 + delivery in France 320.00) = 20 % × 22 148.48 = 4 429.696 → €4 429.70.
//   Age 15/11/2022 → 10/12/2026: 48 whole months + a started one = 49 → band 49–60 → −38 %.
//   CO2: 2022 grid, 135 g → €210 × 62 % = 130.20 → €130. Weight: 2022–2023 grid above 1 800 kg → €0.
//   Regional tax 43.00 × 7 CV = €301.00. Y.6 = 130 + 0 + 301 + 11 + 2.76 = €444.76.
//   Total = 20 018.48 + 1 700 + 110 + 320 + 0 + 4 429.70 + 444.76 = €27 022.94.
const yenCar: VehicleFacts = {
  price: { amount: 3_250_000, currency: 'JPY' },
  originCountry: 'JP',
  firstRegistrationDate: '2022-11-15',
  mileageKm: 38_000,
  co2WltpGKm: 135,
  massKg: 1420,
  fiscalHp: 7,
  fuel: 'hybrid',
  make: 'Toyota',
  hasCoc: true,
  originStatement: true,
}
const options: VehicleLandedCostOptions = {
  region: 'ARA',
  clearanceDate: '2026-12-03',
  registrationDate: '2026-12-10',
  services: { transport: 170_000, insurance: 11_000, inlandTransport: 32_000 },
}

describe('a car priced in another currency', () => {
  it('is converted at the customs rate of the clearance month, and the vehicle line says so', () => {
    const result = priced(yenCar, options)
    expect(result.input.vehiclePrice).toBe(2_001_848)
    expect(lineOf(result.lines, 'vehicle')).toMatchObject({
      amount: 2_001_848,
      rule: 'Price paid to the seller (dealer): ¥3 250 000 at ¥162.35 per euro (customs rate of December 2026) = €20 018.48',
      ruleFr:
        'Prix payé au vendeur (professionnel) : 3\u202f250\u202f000\u00a0¥ à 162,35\u00a0¥ pour un euro ' +
        '(taux douanier de décembre 2026) = 20\u202f018,48\u00a0€',
      validFrom: '2026-12-01',
      sourceIds: ['S75'],
    })
    expect(result.basis.customsValue).toBe(2_182_848)
    expect(lineOf(result.lines, 'customs_duty').amount).toBe(0)
    expect(lineOf(result.lines, 'import_vat')).toMatchObject({
      amount: 442_970,
      rule: '20 % × (customs value €21 828.48 + duties €0.00 + delivery in France €320.00) = 20 % × €22 148.48',
    })
    expect(lineOf(result.lines, 'co2_malus').amount).toBe(13_000)
    expect(lineOf(result.lines, 'regional_tax').amount).toBe(30_100)
    expect(result.y6).toBe(44_476)
    expect(result.total).toBe(2_702_294)
    expect(result.basis.exchange).toEqual({
      currency: 'JPY',
      amount: 3_250_000,
      perEuro: '162.35',
      date: '2026-12-01',
      source: 'customs',
      sourceIds: ['S75'],
      euroCents: 2_001_848,
    })
  })

  it('reads the customs rate on the clearance day, not the registration day', () => {
    const november = { ...rules, exchangeRates: rules.exchangeRates.map((row) => ({ ...row })) }
    const row = november.exchangeRates.find((r) => r.currency === 'JPY' && r.validFrom === '2026-11-01')!
    row.perEuro = '160'
    // Cleared on 30 Nov, registered in December: 3 250 000 / 160 = €20 312.50.
    const result = vehicleLandedCost(yenCar, { ...options, clearanceDate: '2026-11-30' }, november)
    expect(result.ok && result.input.vehiclePrice).toBe(2_031_250)
    expect(result.ok && lineOf(result.lines, 'vehicle').validFrom).toBe('2026-11-01')
  })

  // Staff's rate of 160 read on 2 Dec 2026: 3 250 000 / 160 = €20 312.50. Customs value = 20 312.50 + 1 810
  // = €22 122.50; VAT = 20 % × (22 122.50 + 320) = 20 % × 22 442.50 = €4 488.50.
  it('uses staff’s rate when the quote gives one', () => {
    const result = priced(yenCar, { ...options, exchangeRate: { perEuro: '160.00', date: '2026-12-02' } })
    expect(lineOf(result.lines, 'vehicle')).toMatchObject({
      amount: 2_031_250,
      rule: 'Price paid to the seller (dealer): ¥3 250 000 at ¥160 per euro (rate read by our staff on 2026-12-02) = €20 312.50',
      ruleFr:
        'Prix payé au vendeur (professionnel) : 3\u202f250\u202f000\u00a0¥ à 160\u00a0¥ pour un euro ' +
        '(taux relevé par nos soins le 02/12/2026) = 20\u202f312,50\u00a0€',
      validFrom: '2026-12-02',
      sourceIds: [],
    })
    expect(lineOf(result.lines, 'import_vat').amount).toBe(448_850)
    expect(result.basis.exchange).toMatchObject({ perEuro: '160', date: '2026-12-02', source: 'staff' })
  })

  // A US-dollar price from a German dealer (in free circulation): the rate of the registration month.
  //   US$12 000.00 / 1.165 = 10 300.429… → €10 300.43.
  it('converts a car bought in the EU at the rate of its registration month', () => {
    const result = priced(
      {
        price: { amount: 1_200_000, currency: 'USD' },
        sellerType: 'dealer',
        originCountry: 'DE',
        inEuFreeCirculation: true,
        firstRegistrationDate: '2021-05-01',
        mileageKm: 90_000,
        co2WltpGKm: 150,
        fiscalHp: 6,
        fuel: 'petrol',
        hasCoc: true,
      },
      { region: 'BRE', clearanceDate: '2026-10-30', registrationDate: '2026-11-20' },
    )
    expect(lineOf(result.lines, 'vehicle')).toMatchObject({
      amount: 1_030_043,
      rule: 'Price paid to the seller (dealer): US$12 000.00 at US$1.165 per euro (customs rate of November 2026) = €10 300.43',
      validFrom: '2026-11-01',
    })
  })

  it('is refused without a rate for the month, or with a bad staff rate, naming exchangeRate', () => {
    const late = vehicleLandedCost(yenCar, { ...options, clearanceDate: null, registrationDate: '2027-04-02' }, rules)
    expect(late).toEqual({
      ok: false,
      field: 'exchangeRate',
      reason: 'No JPY exchange rate is held for April 2027, so the price in JPY cannot be converted to euros.',
      reasonFr:
        'Aucun taux de change JPY n’est enregistré pour avril 2027 : le prix en JPY ne peut être converti en euros.',
    })
    for (const perEuro of ['0', '-3', 'abc', 0]) {
      const bad = vehicleLandedCost(yenCar, { ...options, exchangeRate: { perEuro, date: '2026-12-02' } }, rules)
      expect(bad).toMatchObject({ ok: false, field: 'exchangeRate' })
    }
    expect(
      vehicleLandedCost(yenCar, { ...options, exchangeRate: { perEuro: '160', date: 'yesterday' } }, rules),
    ).toMatchObject({ ok: false, field: 'exchangeRate' })
  })

  it('gives the price in euros to what is estimated from it (the insurance default)', () => {
    expect(inEuros(yenCar, options, rules).price).toEqual({ amount: 2_001_848, currency: 'EUR' })
    const staff = { ...options, exchangeRate: { perEuro: '160', date: '2026-12-02' } }
    expect(inEuros(yenCar, staff, rules).price).toEqual({ amount: 2_031_250, currency: 'EUR' })
    // No rate for April 2027: left as it is, and vehicleLandedCost refuses it.
    expect(inEuros(yenCar, { ...options, clearanceDate: null, registrationDate: '2027-04-02' }, rules)).toBe(yenCar)
  })

  it('leaves a price in euros untouched', () => {
    const result = priced({ ...yenCar, price: { amount: 2_001_848, currency: 'EUR' } }, options)
    expect(lineOf(result.lines, 'vehicle').rule).toBe('Price paid to the seller (dealer)')
    expect(result.basis.exchange).toBeUndefined()
    expect(result.total).toBe(2_702_294)
  })
})

describe('collector status and EU type approval from the vehicle record', () => {
  it('map the staff statuses to the engine input', () => {
    expect([
      isCollectorOf('attested'),
      isCollectorOf('not_collector'),
      isCollectorOf('age'),
      isCollectorOf(null),
    ]).toEqual([true, false, null, null])
    expect([
      euTypeApprovalOf('eu'),
      euTypeApprovalOf('none'),
      euTypeApprovalOf('unknown'),
      euTypeApprovalOf(undefined),
    ]).toEqual([true, false, null, null])
  })

  it('an FFVE attestation makes a 25-year-old import a collector car (5.5 % VAT); "not a collector" overrides age', () => {
    const old: VehicleFacts = { ...yenCar, price: { amount: 3_000_000 }, firstRegistrationDate: '2001-06-01' }
    const attested = priced({ ...old, collector: 'attested' }, options)
    expect(attested.input.isCollector).toBe(true)
    expect(attested.basis.collector).toBe(true)
    expect(lineOf(attested.lines, 'import_vat').rule).toMatch(/^5\.5 % \(collector car\)/)
    const byAge = priced({ ...old, collector: 'age' }, options)
    expect(byAge.input.isCollector).toBeNull()
    expect(byAge.basis.collector).toBe(false)
    const veteran = { ...old, firstRegistrationDate: '1990-01-01' }
    expect(priced({ ...veteran, collector: 'age' }, options).basis.collector).toBe(true)
    expect(priced({ ...veteran, collector: 'not_collector' }, options).basis.collector).toBe(false)
  })

  it('typeApproval reaches the engine as euTypeApproval', () => {
    expect(priced({ ...yenCar, typeApproval: 'eu' }, options).input.euTypeApproval).toBe(true)
    expect(priced({ ...yenCar, typeApproval: 'unknown' }, options).input.euTypeApproval).toBeNull()
    // Without EU type approval the malus is read on fiscal horsepower; no such grid is held for 2022.
    expect(vehicleLandedCost({ ...yenCar, typeApproval: 'none' }, options, rules)).toMatchObject({
      ok: false,
      field: 'firstRegistrationDate',
      reason: expect.stringContaining('without EU type approval'),
    })
  })
})
