import { describe, expect, it } from 'vitest'

import { canonicalSavedSearchQuery, suggestedSearchName } from '@/domain/savedSearch'
import { parseVehicleSearch } from '@/domain/vehicleSearch'

describe('saved search query', () => {
  it('is the storefront canonical form, keys sorted, without page', () => {
    expect(canonicalSavedSearchQuery('?priceMax=40 000&make=BMW,Audi&page=4&sort=price_asc')).toBe(
      'make=Audi&make=BMW&priceMax=40000&sort=price_asc',
    )
    expect(canonicalSavedSearchQuery('noRti=1&fuel=diesel')).toBe('fuel=diesel&noRti=1')
  })

  it.each(['', 'page=2', 'sort=price_asc', 'fuel=banana', 'make=BMW&priceMax=cheap', 'utm_source=x', 42, null])(
    'refuses %j',
    (query) => expect(canonicalSavedSearchQuery(query)).toBeNull(),
  )

  it('ignores parameters the search does not read', () => {
    expect(canonicalSavedSearchQuery('make=BMW&utm_source=mail')).toBe('make=BMW')
  })
})

describe('suggested search name', () => {
  const label = (_facet: string, value: string) => value.toUpperCase()

  it('names the filters in order', () => {
    const search = parseVehicleSearch(new URLSearchParams('make=BMW&priceMax=40000&fuel=diesel&origin=JP'))
    expect(suggestedSearchName(search, 'fr', label)).toBe('BMW · ≤ 40\u202f000\u00a0€ · DIESEL · Japon')
    expect(suggestedSearchName(search, 'en', label)).toBe('BMW · ≤ €40,000 · DIESEL · Japan')
  })

  it('stays within 120 characters', () => {
    const search = parseVehicleSearch(
      new URLSearchParams(`model=${'x'.repeat(60)}&make=${'y'.repeat(40)}&make=Z${'z'.repeat(39)}`),
    )
    expect(suggestedSearchName(search, 'fr', label).length).toBeLessThanOrEqual(120)
  })
})
