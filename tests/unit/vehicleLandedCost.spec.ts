import { describe, expect, it } from 'vitest'

import { lineOf } from '../helpers/landedCost'
import { LANDED_CASES, rows, type LandedCase } from '../helpers/landedCostCases'
import {
  vehicleLandedCost,
  type VehicleLandedCost,
  type VehicleLandedCostOptions,
} from '../../src/domain/vehicleLandedCost'
import { importRulesFr as rules } from '../../src/seed/data/importRulesFr'

/**
 * The hand-worked cases of tests/helpers/landedCostCases.ts (each shows its working) through
 * `vehicleLandedCost`, the function the vehicle page and the quote builder call; the int spec
 * landedCostCases prices the same cases from the database through both.
 */
function priced(c: LandedCase) {
  const options: VehicleLandedCostOptions = {
    region: c.region,
    registrationDate: c.registrationDate,
    clearanceDate: c.clearanceDate ?? null,
    services: c.services,
  }
  const result: VehicleLandedCost = vehicleLandedCost(c.vehicle, options, rules)
  if (!result.ok) throw new Error(`refused: ${result.field}: ${result.reason}`)
  return result
}

function landedCase(number: string): LandedCase {
  const found = LANDED_CASES.find((c) => c.name.startsWith(`${number}. `))
  if (!found) throw new Error(`no case ${number}`)
  return found
}

describe('hand-worked landed costs through vehicleLandedCost', () => {
  for (const c of LANDED_CASES) {
    it(`${c.name}: every line, its date in force and sources, Y.6 and the total`, () => {
      const result = priced(c)
      expect(rows(result.lines)).toEqual(c.rows)
      expect(result.y6).toBe(c.y6)
      expect(result.total).toBe(c.total)
    })
  }

  it('explains the figures behind the lines', () => {
    expect(lineOf(priced(landedCase('1')).lines, 'co2_malus').rule).toBe(
      'CO2 malus grid 2020 WLTP, 160 g → €983, age 75 months → −48 % = €511',
    )
    expect(lineOf(priced(landedCase('1')).lines, 'transport').vatIncluded).toBe(true)
    expect(lineOf(priced(landedCase('2')).lines, 'weight_malus').rule).toBe(
      'Weight malus grid 2026, 1560 kg: 61×€10 = €610, age 5 months → −6 % = €573',
    )
    expect(lineOf(priced(landedCase('3')).lines, 'import_vat').rule).toBe(
      '20 % × (customs value €24 810.00 + duties €0.00 + delivery in France €500.00) = 20 % × €25 310.00',
    )
    expect(lineOf(priced(landedCase('4')).lines, 'customs_duty').rule).toBe(
      'Tariff 8703, no proof of JP origin: 10 % of the customs value €24 810.00',
    )
    expect(lineOf(priced(landedCase('7')).lines, 'customs_duty').rule).toBe(
      'EU–UK TCA, GB origin with proof of origin: 0 % of the customs value €28 460.00',
    )
    expect(lineOf(priced(landedCase('14')).lines, 'co2_malus').rule).toBe(
      'CO2 malus grid 2013 NEDC, 158 g → €1 500, age 160 months → −88 % = €180',
    )
    expect(lineOf(priced(landedCase('15')).lines, 'co2_malus').label).toBe('Malus (fiscal horsepower)')
  })

  it('says why a line is missing or how the car was classed', () => {
    expect(priced(landedCase('12')).warnings.map((w) => w.code)).toEqual(['rtiReplacedByCollector'])
    expect(priced(landedCase('13')).basis.vatRegime).toBe('eu_private')
    expect(priced(landedCase('15')).registrationCheck).toMatchObject({ rtiRequired: true, collectorEligible: false })
    expect(priced(landedCase('16')).input).toMatchObject({
      clearanceDate: '2026-01-28',
      registrationDate: '2026-03-05',
    })
  })

  // Case 2 read with the other weight-band reading: 1 560 kg on the 2026 bands counts 60 kg above 1 500,
  //   not 61: €600 × 94 % = €564 instead of €573; Y.6 €1 181.76, total €44 881.76.
  it('follows the weight-band reading of the settings', () => {
    const c = landedCase('2')
    const otherReading = {
      ...rules,
      settings: rules.settings.map((row) => ({ ...row, weightBandEdges: 'aboveLowerEdge' as const })),
    }
    const result = vehicleLandedCost(
      c.vehicle,
      { region: c.region, registrationDate: c.registrationDate, services: c.services },
      otherReading,
    )
    if (!result.ok) throw new Error(result.reason)
    expect(lineOf(result.lines, 'weight_malus')).toMatchObject({
      amount: 56_400,
      rule: 'Weight malus grid 2026 (kilograms above each band’s lower edge), 1560 kg: 60×€10 = €600, age 5 months → −6 % = €564',
    })
    expect(result.y6).toBe(118_176)
    expect(result.total).toBe(4_488_176)
  })

  it('refuses a vehicle without a price or fiscal horsepower, naming the field', () => {
    const options: VehicleLandedCostOptions = { region: 'IDF', registrationDate: '2026-06-01' }
    const base = { originCountry: 'DE', mileageKm: 1, fuel: 'petrol' }
    expect(vehicleLandedCost({ ...base, fiscalHp: 5 }, options, rules)).toMatchObject({
      ok: false,
      field: 'vehiclePrice',
    })
    expect(vehicleLandedCost({ ...base, price: { amount: 1 } }, options, rules)).toMatchObject({
      ok: false,
      field: 'fiscalHp',
    })
  })
})
