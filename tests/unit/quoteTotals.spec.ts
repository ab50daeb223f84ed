import { describe, expect, it } from 'vitest'
import { computeQuoteTotals, type QuoteLine } from '../../src/domain/quoteTotals'

const lines: QuoteLine[] = [
  { code: 'vehicle', label: 'Vehicle', amount: 2_499_000, override: null, vatIncluded: true },
  { code: 'transport', label: 'Transport', amount: 90_000, override: 85_000, vatIncluded: true },
  { code: 'co2_malus', label: 'CO2 malus', amount: 22_800, override: null, vatIncluded: false },
  { code: 'regional_tax', label: 'Regional tax', amount: 55_160, override: null, vatIncluded: false },
]

describe('computeQuoteTotals', () => {
  // 24 990 + 850 (override of 900) + 228 + 551.60 = 26 619.60; margin 4 % of the vehicle only = 999.60;
  // total 27 619.20; deposit 10 % = 2 761.92; balance 24 857.28.
  it('applies overrides, a percentage margin on chosen lines and a percentage deposit', () => {
    const totals = computeQuoteTotals({
      lines,
      margin: { kind: 'percent', percent: 4, onCodes: ['vehicle'] },
      deposit: { kind: 'percent', percent: 10 },
    })
    expect(totals.lines.map((l) => [l.code, l.effective, l.overridden])).toEqual([
      ['vehicle', 2_499_000, false],
      ['transport', 85_000, true],
      ['co2_malus', 22_800, false],
      ['regional_tax', 55_160, false],
    ])
    expect(totals).toMatchObject({
      subtotal: 2_661_960,
      margin: 99_960,
      total: 2_761_920,
      depositDue: 276_192,
      balance: 2_485_728,
    })
  })

  // Margin 1.5 % of 26 619.60 = 399.294 → 399.29; total 27 018.89; fixed deposit 1 500.00.
  it('rounds a margin on the whole subtotal half-up, takes fixed margins and deposits as given', () => {
    const percent = computeQuoteTotals({
      lines,
      margin: { kind: 'percent', percent: 1.5 },
      deposit: { kind: 'fixed', amount: 150_000 },
    })
    expect(percent).toMatchObject({ margin: 39_929, total: 2_701_889, depositDue: 150_000, balance: 2_551_889 })
    const fixed = computeQuoteTotals({ lines, margin: { kind: 'fixed', amount: 120_000 } })
    expect(fixed).toMatchObject({ margin: 120_000, total: 2_781_960, depositDue: 0, balance: 2_781_960 })
  })

  it('never asks a deposit above the total, and refuses amounts that are not cents', () => {
    const small = computeQuoteTotals({
      lines: [{ ...lines[0], amount: 1_000 }],
      deposit: { kind: 'fixed', amount: 5_000 },
    })
    expect(small).toMatchObject({ total: 1_000, depositDue: 1_000, balance: 0 })
    expect(() => computeQuoteTotals({ lines: [{ ...lines[0], override: 10.5 }] })).toThrow(RangeError)
  })

  it('lets an override set a line to zero', () => {
    const totals = computeQuoteTotals({ lines: [{ ...lines[2], override: 0 }] })
    expect(totals.total).toBe(0)
  })
})
