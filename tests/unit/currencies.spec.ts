import { describe, expect, it } from 'vitest'

import { normalizeRate, parseRate, rateProblem, toEuroCents } from '../../src/domain/currencies'
import { euroPriceOn } from '../../src/domain/exchangeRates'
import { money, moneyFr, rate, rateFr } from '../../src/domain/landedCost/currencyText'

describe('toEuroCents: a price in minor units at a per-euro rate, rounded half-up once', () => {
  it('converts yen (no minor unit): ¥3 250 000 / 162.35 = 20 018.478… → €20 018.48', () => {
    expect(toEuroCents(3_250_000, 'JPY', '162.35')).toBe(2_001_848)
    // The same rate typed as a number reads the same.
    expect(toEuroCents(3_250_000, 'JPY', 162.35)).toBe(2_001_848)
  })

  it('converts currencies with cents: US$12 000.00 / 1.165 = 10 300.429… → €10 300.43', () => {
    expect(toEuroCents(1_200_000, 'USD', '1.165')).toBe(1_030_043)
    // £8 700.00 / 0.87 = exactly €10 000.00
    expect(toEuroCents(870_000, 'GBP', '0.87')).toBe(1_000_000)
  })

  it('rounds a half cent up: ¥1 / 200 = €0.005 → €0.01, ¥1 / 201 = 0.00497… → €0.00', () => {
    expect(toEuroCents(1, 'JPY', '200')).toBe(1)
    expect(toEuroCents(1, 'JPY', '201')).toBe(0)
  })

  // ¥3 000 081 / 164.8 = 18 204.375 exactly, so €18 204.38; in floating point 3 000 081 × 100 / 164.8 is
  // 1 820 437.4999…, which Math.round would turn into €18 204.37.
  it('stays exact where floating point drifts below the half cent', () => {
    expect(Math.round((3_000_081 * 100) / 164.8)).toBe(1_820_437)
    expect(toEuroCents(3_000_081, 'JPY', '164.8')).toBe(1_820_438)
  })

  it('leaves euros as they are and refuses a bad rate', () => {
    expect(toEuroCents(123_456, 'EUR', 'anything')).toBe(123_456)
    expect(() => toEuroCents(100, 'JPY', '0')).toThrow(RangeError)
    expect(() => toEuroCents(1.5, 'JPY', '162')).toThrow(RangeError)
  })
})

describe('rates as decimal text', () => {
  it('parses and normalises positive decimals only', () => {
    expect(parseRate('162.35')).toEqual({ units: 16235n, scale: 2 })
    expect(normalizeRate('162.3500')).toBe('162.35')
    expect(normalizeRate(0.87)).toBe('0.87')
    expect(normalizeRate('0.0050')).toBe('0.005')
    expect(normalizeRate('7')).toBe('7')
    for (const bad of ['0', '-1', 'abc', '1e3', '1.1234567', '', ' ', '1,5']) expect(parseRate(bad)).toBeNull()
    expect(parseRate(-2)).toBeNull()
    expect(parseRate(Number.NaN)).toBeNull()
    expect(rateProblem('162.35')).toBeNull()
    expect(rateProblem('0')).toMatch(/positive number/)
    expect(rateProblem(null)).toMatch(/Enter the rate/)
  })

  it('write amounts and rates in both languages', () => {
    expect(money(3_250_000, 'JPY')).toBe('¥3 250 000')
    expect(moneyFr(3_250_000, 'JPY')).toBe('3\u202f250\u202f000\u00a0¥')
    expect(money(1_200_050, 'USD')).toBe('US$12 000.50')
    expect(moneyFr(1_200_050, 'USD')).toBe('12\u202f000,50\u00a0$ US')
    expect(rate('162.35', 'JPY')).toBe('¥162.35 per euro')
    expect(rateFr('162.35', 'JPY')).toBe('162,35\u00a0¥ pour un euro')
  })
})

describe('euroPriceOn', () => {
  const rates = [
    { currency: 'JPY' as const, perEuro: '162.35', validFrom: '2026-12-01', validTo: '2026-12-31', sourceIds: [] },
  ]

  it('converts at the rate of the month, keeps euros, and says nothing without a rate', () => {
    expect(euroPriceOn({ amount: 3_250_000, currency: 'JPY' }, rates, '2026-12-31')).toBe(2_001_848)
    expect(euroPriceOn({ amount: 1_900_000, currency: 'EUR' }, [], '2026-12-31')).toBe(1_900_000)
    expect(euroPriceOn({ amount: 3_250_000, currency: 'JPY' }, rates, '2027-01-01')).toBeNull()
    expect(euroPriceOn({ amount: 1_000, currency: 'XYZ' }, rates, '2026-12-31')).toBeNull()
  })
})
