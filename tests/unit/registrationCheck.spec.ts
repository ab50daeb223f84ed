import { describe, expect, it } from 'vitest'
import { registrationCheck } from '../../src/domain/landedCost'
import { importRulesFr } from '../../src/seed/data/importRulesFr'

const today = '2026-11-25'

describe('registrationCheck', () => {
  it('a used EU car with its COC registers online', () => {
    const check = registrationCheck(
      {
        originCountry: 'DE',
        inEuFreeCirculation: true,
        firstRegistrationDate: '2021-06-15',
        mileageKm: 62_000,
        hasCoc: true,
      },
      importRulesFr,
      today,
    )
    expect(check).toMatchObject({
      ageMonths: 66,
      cocAvailable: true,
      rtiRequired: false,
      rtiRisk: false,
      collectorEligible: false,
      newVehicleVat: false,
    })
    expect(check.notes.map((n) => n.code)).toEqual(['coc'])
  })

  it('a non-EU car without COC under 30 years needs an RTI, with the risk explained in both languages', () => {
    const check = registrationCheck(
      {
        originCountry: 'JP',
        inEuFreeCirculation: false,
        firstRegistrationDate: '2019-03-01',
        mileageKm: 40_000,
        hasCoc: false,
      },
      importRulesFr,
      today,
    )
    expect(check).toMatchObject({ rtiRequired: true, rtiRisk: true, collectorEligible: false })
    const rti = check.notes.find((n) => n.code === 'rti')
    expect(rti?.en).toContain('DREAL')
    expect(rti?.fr).toContain('réception à titre isolé')
  })

  it('a car of 30 years or more is eligible as a collector, one day short is not', () => {
    const vehicle = { originCountry: 'US', inEuFreeCirculation: false, mileageKm: 120_000, hasCoc: false }
    expect(registrationCheck({ ...vehicle, firstRegistrationDate: '1996-11-25' }, importRulesFr, today)).toMatchObject({
      collectorEligible: true,
      rtiRequired: false,
    })
    expect(registrationCheck({ ...vehicle, firstRegistrationDate: '1996-11-26' }, importRulesFr, today)).toMatchObject({
      collectorEligible: false,
      rtiRequired: true,
    })
  })

  it('a car bought in the EU at 6 months or less, or 6 000 km or less, is new for VAT', () => {
    const vehicle = { originCountry: 'BE', inEuFreeCirculation: true, hasCoc: true }
    expect(
      registrationCheck({ ...vehicle, firstRegistrationDate: '2026-05-25', mileageKm: 9_000 }, importRulesFr, today)
        .newVehicleVat,
    ).toBe(true)
    expect(
      registrationCheck({ ...vehicle, firstRegistrationDate: '2026-05-24', mileageKm: 9_000 }, importRulesFr, today)
        .newVehicleVat,
    ).toBe(false)
    expect(
      registrationCheck({ ...vehicle, firstRegistrationDate: '2024-01-10', mileageKm: 6_000 }, importRulesFr, today)
        .newVehicleVat,
    ).toBe(true)
    expect(
      registrationCheck({ ...vehicle, firstRegistrationDate: null, mileageKm: 20 }, importRulesFr, today).newVehicleVat,
    ).toBe(true)
  })
})
