import { describe, expect, it } from 'vitest'

import { ANY_ORIGIN, serviceDefaults } from '@/domain/serviceDefaults'
import { importRulesFr as rules } from '@/seed/data/importRulesFr'

const defaults = {
  transport: [
    { origin: 'DE', amount: 90_000, inland: 40_000 },
    { origin: ANY_ORIGIN, amount: 200_000, inland: 45_000 },
  ],
}

describe('serviceDefaults freight', () => {
  it('uses the row of the vehicle’s origin when there is one', () => {
    expect(serviceDefaults(defaults, { originCountry: 'DE' }).transport).toBe(90_000)
  })

  it('falls back to the catch-all row, stored as `any`', () => {
    expect(ANY_ORIGIN).toBe('any')
    const japan = serviceDefaults(defaults, { originCountry: 'JP' })
    expect([japan.transport, japan.inlandTransport]).toEqual([200_000, 45_000])
  })
})

describe('serviceDefaults insurance', () => {
  const car = { originCountry: 'JP', price: { amount: 2_300_000 } }

  it('is a share of the price, or the fixed premium of the route when it has one', () => {
    expect(serviceDefaults({ insurancePercent: 0.5 }, car).insurance).toBe(11_500)
    const fixed = { insurancePercent: 0.5, transport: [{ origin: 'JP', amount: 170_000, insurance: 11_000 }] }
    expect(serviceDefaults(fixed, car).insurance).toBe(11_000)
    expect(serviceDefaults({}, car).insurance).toBeNull()
  })
})

describe('serviceDefaults agree with the registration check', () => {
  const quoteDefaults = {
    transport: [{ origin: 'US', amount: 290_000, portHandling: 40_000, inland: 50_000 }],
    cocCost: 25_000,
    rtiBudget: 250_000,
    collectorAttestation: 19_000,
  }
  const american = { originCountry: 'US', hasCoc: false, mileageKm: 140_000 }
  const on = { rules, date: '2026-04-15' }
  const attestation = {
    code: 'ffve_attestation',
    label: 'FFVE attestation (collector registration)',
    labelFr: 'Attestation FFVE (carte grise collection)',
    amount: 19_000,
  }

  it('budgets the RTI for a non-EU car without COC under 30 years old', () => {
    const young = serviceDefaults(quoteDefaults, { ...american, firstRegistrationDate: '1996-04-16T00:00:00.000Z' }, on)
    expect([young.rti, young.coc, young.other]).toEqual([250_000, null, []])
    expect([young.transport, young.portHandling, young.inlandTransport]).toEqual([290_000, 40_000, 50_000])
  })

  it('proposes the FFVE attestation instead for a car 30 years old on the registration day', () => {
    // 16/04/1996 → 15/04/2026 is 29 full years; 15/04/1996 → 15/04/2026 is 30.
    const old = serviceDefaults(quoteDefaults, { ...american, firstRegistrationDate: '1996-04-15T00:00:00.000Z' }, on)
    expect([old.rti, old.coc, old.other]).toEqual([null, null, [attestation]])
  })

  it('takes staff’s collector status over the age, both ways', () => {
    const marked = serviceDefaults(
      quoteDefaults,
      { ...american, firstRegistrationDate: '2001-01-01', collector: 'attested' },
      on,
    )
    expect([marked.rti, marked.other]).toEqual([null, [attestation]])
    const refused = serviceDefaults(
      quoteDefaults,
      { ...american, firstRegistrationDate: '1980-01-01', collector: 'not_collector' },
      on,
    )
    expect([refused.rti, refused.other]).toEqual([250_000, []])
  })

  it('proposes no attestation when the car has a COC, and no port handling inside the EU', () => {
    const withCoc = serviceDefaults(
      quoteDefaults,
      { ...american, hasCoc: true, firstRegistrationDate: '1990-01-01' },
      on,
    )
    expect([withCoc.rti, withCoc.other]).toEqual([null, []])
    const german = serviceDefaults(
      { transport: [{ origin: ANY_ORIGIN, amount: 90_000, portHandling: 30_000 }] },
      { originCountry: 'DE' },
    )
    expect(german.portHandling).toBeNull()
  })
})
