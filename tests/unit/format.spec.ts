import { describe, expect, it } from 'vitest'

import { sortByLabel } from '@/domain/collate'
import { date, euros, horsepower, kg, km, number, power, price } from '@/domain/format'

// French groups digits with a narrow no-break space (U+202F) and puts a no-break space (U+00A0)
// before the euro sign; English writes the sign first and groups with commas.
const NNBSP = '\u202f'
const NBSP = '\u00a0'

describe('one way of writing numbers per language', () => {
  it('writes prices the French and the English way, whole unless there are cents', () => {
    expect(euros(2_740_000, 'fr')).toBe(`27${NNBSP}400${NBSP}€`)
    expect(euros(2_740_000, 'en')).toBe('€27,400')
    expect(euros(2_740_050, 'fr')).toBe(`27${NNBSP}400,50${NBSP}€`)
    expect(euros(2_740_050, 'en')).toBe('€27,400.50')
    expect(euros(2_740_000, 'fr', { exact: true })).toBe(`27${NNBSP}400,00${NBSP}€`)
    expect(price(325_000_000, 'JPY', 'fr')).toBe(`325${NNBSP}000${NNBSP}000${NBSP}JPY`)
    expect(price(325_000_000, 'JPY', 'en')).toBe('JP¥325,000,000')
    // An unknown currency is never shown as another's minor units: euros.
    expect(price(100, 'XYZ', 'en')).toBe('€1')
  })

  it('writes distances, masses and power with their unit', () => {
    expect(km(45_000, 'fr')).toBe(`45${NNBSP}000${NNBSP}km`)
    expect(km(45_000, 'en')).toBe('45,000 km')
    expect(kg(1_575, 'fr')).toBe(`1${NNBSP}575${NNBSP}kg`)
    expect(kg(1_575, 'en')).toBe('1,575 kg')
    expect(horsepower(374, 'fr')).toBe(`374${NNBSP}ch`)
    expect(horsepower(374, 'en')).toBe(`374${NBSP}hp`)
    expect(horsepower(1_001, 'en')).toBe(`1,001${NBSP}hp`)
    expect(power(275, 374, 'fr')).toBe(`275${NNBSP}kW (374${NNBSP}ch)`)
    expect(power(275, 374, 'en')).toBe(`275${NBSP}kW (374${NBSP}hp)`)
    expect(number(1_234_567, 'fr')).toBe(`1${NNBSP}234${NNBSP}567`)
  })

  it('writes dates in the language, on Paris time', () => {
    expect(date('2026-03-14T23:30:00Z', 'fr')).toBe('15 mars 2026')
    expect(date('2026-03-14T09:30:00Z', 'en')).toBe('14 March 2026')
  })
})

describe('lists in the order of their labels in the language', () => {
  it('sorts accented and numbered labels as a reader of the language expects', () => {
    const fuels = ['électrique', 'essence', 'diesel', 'hybride']
    expect(sortByLabel(fuels, (label) => label, 'fr')).toEqual(['diesel', 'électrique', 'essence', 'hybride'])
    expect(sortByLabel(['Škoda', 'Seat', 'Toyota', 'Skyline'], (x) => x, 'en')).toEqual([
      'Seat',
      'Škoda',
      'Skyline',
      'Toyota',
    ])
    expect(sortByLabel(['Model 10', 'Model 3'], (x) => x, 'en')).toEqual(['Model 3', 'Model 10'])
  })

  it('orders by the label, not by the stored code', () => {
    const labels: Record<string, string> = { petrol: 'Essence', electric: 'Électrique', diesel: 'Diesel' }
    expect(sortByLabel(['petrol', 'electric', 'diesel'], (code) => labels[code]!, 'fr')).toEqual([
      'diesel',
      'electric',
      'petrol',
    ])
  })
})
