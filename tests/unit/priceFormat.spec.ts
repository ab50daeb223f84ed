import { describe, expect, it } from 'vitest'

import { month, perEuro, price } from '@/components/format'

const flat = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

describe('storefront price formatting', () => {
  it('shows a seller’s price in its own currency, never minor units as euros', () => {
    expect(flat(price(3_250_000, 'JPY', 'en'))).toBe('JP¥3,250,000')
    expect(flat(price(3_250_000, 'JPY', 'fr'))).toBe('3 250 000 JPY')
    expect(flat(price(1_200_050, 'USD', 'en'))).toBe('US$12,000.50')
    expect(flat(price(1_200_000, 'USD', 'en'))).toBe('US$12,000')
    expect(flat(price(2_490_000, 'EUR', 'fr'))).toBe('24 900 €')
    expect(flat(price(2_490_000, null, 'en'))).toBe('€24,900')
  })

  it('shows a rate as typed, with its currency, and the month it belongs to', () => {
    expect(flat(perEuro('162.35', 'JPY', 'en'))).toBe('JP¥162.35')
    expect(flat(perEuro('162.35', 'JPY', 'fr'))).toBe('162,35 JPY')
    expect(month('2026-12-01', 'en')).toBe('December 2026')
    expect(month('2026-12-01', 'fr')).toBe('décembre 2026')
  })
})
