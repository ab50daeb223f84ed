import { describe, expect, it } from 'vitest'

import { formatEuroInput, parseEuroInput } from '@/admin/fields/euroInput'

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
