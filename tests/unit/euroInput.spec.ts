import { describe, expect, it } from 'vitest'

import { formatEuroInput, formatMoneyInput, parseEuroInput, parseMoneyInput } from '@/admin/fields/euroInput'

describe('euro input', () => {
  it.each([
    ['24 900,50', 2490050],
    ['24900.5', 2490050],
    ['24,900.50', 2490050],
    ['24.900', 2490000],
    ['1,250', 125000],
    ['0,99 €', 99],
    ['-15,00', -1500],
    ['', null],
  ])('reads %s as %s cents', (text, cents) => {
    expect(parseEuroInput(text)).toBe(cents)
  })

  it.each(['abc', '12,3,4x', '€€x', '1.234,567'])('refuses %s', (text) => {
    expect(parseEuroInput(text)).toBeUndefined()
  })

  it('shows cents as French euros', () => {
    expect(formatEuroInput(2490050).replace(/\s/g, ' ')).toBe('24 900,50')
    expect(formatEuroInput(null)).toBe('')
  })
})

describe('price input in another currency', () => {
  it('reads yen as whole units and refuses a fraction of a yen', () => {
    expect(parseMoneyInput('3 250 000', 0)).toBe(3_250_000)
    expect(parseMoneyInput('3,250,000 JPY', 0)).toBe(3_250_000)
    expect(parseMoneyInput('162,35', 0)).toBeUndefined()
    expect(parseMoneyInput('', 0)).toBeNull()
    expect(parseMoneyInput('abc', 0)).toBeUndefined()
    expect(parseMoneyInput('abc', 2)).toBeUndefined()
    expect(parseMoneyInput('¥3 250 000', 0)).toBe(3_250_000)
    expect(parseMoneyInput('12 000,50 USD', 2)).toBe(1_200_050)
  })

  it('shows yen without decimals and dollars with cents', () => {
    expect(formatMoneyInput(3_250_000, 0).replace(/\s/g, ' ')).toBe('3 250 000')
    expect(formatMoneyInput(1_200_050, 2).replace(/\s/g, ' ')).toBe('12 000,50')
  })
})
