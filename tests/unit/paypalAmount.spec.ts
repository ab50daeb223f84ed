import { describe, expect, it } from 'vitest'

import { centsToPayPalValue, payPalValueToCents } from '../../src/integrations/payments/paypal/amount'

describe('PayPal amounts', () => {
  it('formats cents as a two-decimal string', () => {
    expect(centsToPayPalValue(0)).toBe('0.00')
    expect(centsToPayPalValue(1)).toBe('0.01')
    expect(centsToPayPalValue(10)).toBe('0.10')
    expect(centsToPayPalValue(123450)).toBe('1234.50')
    expect(centsToPayPalValue(1999)).toBe('19.99')
    expect(centsToPayPalValue(100000000)).toBe('1000000.00')
  })

  it('refuses what is not a cent amount', () => {
    expect(() => centsToPayPalValue(-1)).toThrow(RangeError)
    expect(() => centsToPayPalValue(12.5)).toThrow(RangeError)
    expect(() => centsToPayPalValue(Number.NaN)).toThrow(RangeError)
  })

  it('reads PayPal values back into cents without float drift', () => {
    expect(payPalValueToCents('0.01')).toBe(1)
    expect(payPalValueToCents('1234.50')).toBe(123450)
    expect(payPalValueToCents('1234.5')).toBe(123450)
    expect(payPalValueToCents('1234')).toBe(123400)
    expect(payPalValueToCents('0.29')).toBe(29)
  })

  it('refuses malformed values', () => {
    for (const bad of ['', '1.005', '-1.00', '1,00', ' 1.00', '.50', '1.', 'abc']) {
      expect(() => payPalValueToCents(bad), bad).toThrow(RangeError)
    }
  })

  it('round-trips', () => {
    for (const cents of [0, 1, 99, 100, 101, 4999, 250000, 987654321]) {
      expect(payPalValueToCents(centsToPayPalValue(cents))).toBe(cents)
    }
  })
})
