import { describe, expect, it } from 'vitest'
import {
  centsToWholeEuros,
  divideHalfUp,
  formatMoney,
  percentOf,
  reduceByPercent,
  roundHalfUp,
  sumCents,
} from '../../src/domain/money'

describe('money', () => {
  it('rounds half-up, symmetric around zero', () => {
    expect(divideHalfUp(5n, 2n)).toBe(3n)
    expect(divideHalfUp(-5n, 2n)).toBe(-3n)
    expect(divideHalfUp(4n, 3n)).toBe(1n)
    expect(roundHalfUp(5372.64)).toBe(5373)
    expect(roundHalfUp(1.005, 2)).toBe(1.01)
    expect(roundHalfUp(-2.5)).toBe(-3)
  })

  it('takes a percentage of cents to the nearest cent', () => {
    expect(percentOf(3_235_000, 20)).toBe(647_000)
    expect(percentOf(3_780_000, 5.5)).toBe(207_900)
    // 39 700 € × 35.3 % = 14 014.10 €
    expect(percentOf(3_970_000, 35.3)).toBe(1_401_410)
    // 1 cent × 50 % = 0.5 cent → 1 cent
    expect(percentOf(1, 50)).toBe(1)
    expect(() => percentOf(10.5, 20)).toThrow(RangeError)
  })

  it('applies the BOFiP age reduction example: 7 462 € × 72 % = 5 372.64 → 5 373 €', () => {
    expect(reduceByPercent(7462, 28)).toBe(5373)
  })

  it('converts cents to whole euros half-up and sums', () => {
    expect(centsToWholeEuros(55_160)).toBe(552)
    expect(centsToWholeEuros(55_149)).toBe(551)
    expect(sumCents([100, 250, 1])).toBe(351)
  })

  it('formats with Intl.NumberFormat', () => {
    expect(formatMoney(2_668_336, 'EUR', 'en-GB')).toBe('€26,683.36')
    expect(formatMoney(2_668_336, 'EUR', 'fr-FR').replace(/\s/g, ' ')).toBe('26 683,36 €')
    expect(formatMoney(1500, 'JPY', 'en-US')).toBe('¥1,500')
  })
})
