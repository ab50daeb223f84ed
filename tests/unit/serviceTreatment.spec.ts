import { describe, expect, it } from 'vitest'

import { ok, lineOf } from '../helpers/landedCost'
import { computeLandedCost, type LandedCostInput } from '../../src/domain/landedCost'
import { defaultTreatment, serviceTreatment } from '../../src/domain/landedCost/serviceTreatment'
import { landedCostInput } from '../../src/domain/vehicleLandedCost'
import { importRulesFr as rules } from '../../src/seed/data/importRulesFr'

describe('service treatment defaults', () => {
  it('puts freight and insurance in the customs value and the later costs in the VAT base, all without VAT', () => {
    expect(defaultTreatment('transport', true)).toEqual({
      vatIncluded: false,
      inCustomsValue: true,
      inImportVatBase: true,
    })
    expect(defaultTreatment('insurance', true)).toEqual({
      vatIncluded: false,
      inCustomsValue: true,
      inImportVatBase: true,
    })
    expect(defaultTreatment('inlandTransport', true)).toEqual({
      vatIncluded: false,
      inCustomsValue: false,
      inImportVatBase: true,
    })
    expect(defaultTreatment('portHandling', true)).toEqual({
      vatIncluded: false,
      inCustomsValue: false,
      inImportVatBase: true,
    })
    for (const kind of ['broker', 'coc', 'rti', 'technicalInspection', 'other'] as const) {
      expect(defaultTreatment(kind, true)).toEqual({ vatIncluded: true, inCustomsValue: false, inImportVatBase: false })
    }
  })

  it('has no customs value or import VAT base for a car already in the EU', () => {
    expect(defaultTreatment('transport', false)).toEqual({
      vatIncluded: true,
      inCustomsValue: false,
      inImportVatBase: false,
    })
    expect(defaultTreatment('insurance', false).vatIncluded).toBe(false)
    expect(serviceTreatment('transport', { amount: 1, inCustomsValue: true }, false).inCustomsValue).toBe(false)
  })

  it('keeps staff flags and puts whatever is in the customs value in the VAT base', () => {
    expect(serviceTreatment('broker', { amount: 1, inImportVatBase: true }, true)).toEqual({
      vatIncluded: true,
      inCustomsValue: false,
      inImportVatBase: true,
    })
    expect(serviceTreatment('other', { amount: 1, inCustomsValue: true, inImportVatBase: false }, true)).toEqual({
      vatIncluded: true,
      inCustomsValue: true,
      inImportVatBase: true,
    })
  })
})

// A 2024 Japanese petrol car without a statement on origin, registered in Auvergne-Rhône-Alpes on 2026-06-15,
// every service priced without flags (the kind's defaults apply).
//   Customs value = 20 000.00 + freight 1 500.00 + insurance 100.00 = €21 600.00 (both invoiced without VAT).
//   Duty 10 % (tariff 8703, no proof of origin) = €2 160.00.
//   Import VAT base = 21 600 + 2 160 + port handling 240.00 + delivery in France 360.00 = €24 360.00;
//     VAT 20 % = €4 872.00. The broker (€300, French VAT included) is outside every base.
//   (Before: delivery in France was taken as VAT-inclusive, 360 / 1.2 = 300 in the base, VAT €4 860.00,
//    and port handling had no place at all.)
//   CO2: 2024 WLTP grid, 130 g → €310; 10/05/2024 → 15/06/2026 = 26 months → −28 %: 223.20 → €223.
//   Weight: 2024 bands start at 1 600 kg: 1 480 kg → €0. Regional tax 43.00 × 7 CV = €301.00.
//   Total = 20 000 + 1 500 + 100 + 360 + 300 + 240 + 2 160 + 4 872 + 223 + 0 + 301 + 11 + 2.76 = €30 069.76.
const japanese: LandedCostInput = {
  vehiclePrice: 2_000_000,
  sellerType: 'dealer',
  originCountry: 'JP',
  inEuFreeCirculation: false,
  destination: { country: 'FR', region: 'ARA' },
  firstRegistrationDate: '2024-05-10',
  registrationDate: '2026-06-15',
  mileageKm: 21_000,
  co2GKm: 130,
  massKg: 1480,
  fiscalHp: 7,
  energy: 'petrol',
  make: 'Mazda',
  hasCoc: true,
  originStatement: false,
  services: {
    transport: { amount: 150_000 },
    insurance: { amount: 10_000 },
    inlandTransport: { amount: 36_000 },
    broker: { amount: 30_000 },
    portHandling: { amount: 24_000 },
  },
}

describe('services in the customs value and the import VAT base', () => {
  it('follows each kind’s default treatment', () => {
    const result = ok(computeLandedCost(japanese, rules))
    expect(result.lines.map((line) => [line.code, line.amount])).toEqual([
      ['vehicle', 2_000_000],
      ['transport', 150_000],
      ['insurance', 10_000],
      ['port_handling', 24_000],
      ['inland_transport', 36_000],
      ['broker', 30_000],
      ['customs_duty', 216_000],
      ['import_vat', 487_200],
      ['co2_malus', 22_300],
      ['weight_malus', 0],
      ['regional_tax', 30_100],
      ['y4', 1_100],
      ['y5', 276],
    ])
    expect(result.total).toBe(3_006_976)
    expect(result.basis).toMatchObject({ customsValue: 2_160_000, importVatBase: 2_436_000 })
    expect(lineOf(result.lines, 'inland_transport')).toMatchObject({
      vatIncluded: false,
      inCustomsValue: false,
      inImportVatBase: true,
    })
    expect(lineOf(result.lines, 'port_handling')).toMatchObject({
      label: 'Port handling at the EU port of entry',
      labelFr: 'Manutention au port d’entrée dans l’UE',
      vatIncluded: false,
      inImportVatBase: true,
    })
    expect(lineOf(result.lines, 'broker')).toMatchObject({ vatIncluded: true, inImportVatBase: false })
    expect(lineOf(result.lines, 'import_vat').rule).toBe(
      '20 % × (customs value €21 600.00 + duties €2 160.00 + delivery in France €600.00) = 20 % × €24 360.00',
    )
    expect(result.warnings).toEqual([])
  })

  // Port handling invoiced with French VAT: €288.00 incl. VAT → €240.00 net in the base, same VAT €4 872.00,
  //   and a warning. The broker's commission put in the base by staff: €300.00 incl. VAT → €250.00 net;
  //   base 24 360 + 250 = €24 610.00 → VAT €4 922.00.
  it('takes staff flags per line, and only the net of a VAT-inclusive cost', () => {
    const services = {
      ...japanese.services,
      portHandling: { amount: 28_800, vatIncluded: true },
      broker: { amount: 30_000, inImportVatBase: true },
    }
    const result = ok(computeLandedCost({ ...japanese, services }, rules))
    expect(result.basis.importVatBase).toBe(2_461_000)
    expect(lineOf(result.lines, 'import_vat').amount).toBe(492_200)
    expect(result.warnings.map((w) => w.code)).toEqual(['freightWithoutVat'])
  })

  it('passes amounts from the vehicle page without flags, so the defaults apply', () => {
    const input = landedCostInput(
      { price: { amount: 2_000_000 }, originCountry: 'JP', mileageKm: 1, fiscalHp: 7, fuel: 'petrol' },
      {
        region: 'ARA',
        registrationDate: '2026-06-15',
        services: { inlandTransport: 36_000, portHandling: { amount: 24_000, vatIncluded: true }, coc: 0 },
      },
    )
    expect(input.ok && input.value.services).toEqual({
      inlandTransport: { amount: 36_000 },
      portHandling: { amount: 24_000, vatIncluded: true },
    })
  })
})
