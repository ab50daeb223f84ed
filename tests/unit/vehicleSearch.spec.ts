import { describe, expect, it } from 'vitest'

import {
  activeFilterCount,
  parseVehicleSearch,
  parseWholeEuros,
  serializeVehicleSearch,
  toggleFacet,
} from '@/domain/vehicleSearch'

describe('vehicle search in the URL', () => {
  it('reads filters, sort and page', () => {
    const search = parseVehicleSearch(
      new URLSearchParams('make=BMW&make=Audi&fuel=diesel&yearMin=2019&priceMax=40000&sort=price_asc&page=3&noRti=1'),
    )
    expect(search).toMatchObject({
      make: ['Audi', 'BMW'],
      fuel: ['diesel'],
      yearMin: 2019,
      priceMax: 40_000,
      sort: 'price_asc',
      page: 3,
      noRti: true,
    })
  })

  it('drops what it does not understand instead of failing', () => {
    const search = parseVehicleSearch({
      fuel: ['diesel', 'coal'],
      origin: 'zz',
      yearMin: 'abc',
      page: '-2',
      sort: 'random',
      make: '<script>alert(1)</script>',
    })
    expect(search.fuel).toEqual(['diesel'])
    expect(search.origin).toEqual([])
    expect(search.yearMin).toBeUndefined()
    expect(search.page).toBe(1)
    expect(search.sort).toBe('newest')
    expect(search.make).toEqual(['scriptalert1script'])
  })

  it.each([
    ['120000', 120_000],
    ['120 000', 120_000],
    ['120\u00A0000', 120_000],
    ['120\u202F000', 120_000],
    ['120.000', 120_000],
    ['120 000 €', 120_000],
    ['120\u202F000\u00A0€', 120_000],
    ['120000€', 120_000],
    ['1 250 000', 1_250_000],
    [' 9 500 ', 9_500],
  ])('reads the budget %j as %d euros', (text, euros) => {
    expect(parseWholeEuros(text)).toBe(euros)
  })

  it.each(['12 00', '1.5', '120,000', '€', '120 000 $', '1 2 3', 'abc', '-5000', '1234 567'])(
    'refuses the budget %j',
    (text) => {
      expect(parseWholeEuros(text)).toBeUndefined()
    },
  )

  it('keeps a French-typed budget in the URL as plain digits', () => {
    const search = parseVehicleSearch(new URLSearchParams('priceMin=80+000&priceMax=120%E2%80%AF000+%E2%82%AC'))
    expect(search).toMatchObject({ priceMin: 80_000, priceMax: 120_000 })
    expect(serializeVehicleSearch(search)).toBe('priceMin=80000&priceMax=120000')
    expect(parseVehicleSearch({ priceMax: '1 000 000 000' }).priceMax).toBeUndefined()
  })

  it('swaps inverted ranges', () => {
    expect(parseVehicleSearch({ yearMin: '2024', yearMax: '2018' })).toMatchObject({ yearMin: 2018, yearMax: 2024 })
  })

  it('writes a canonical query string, defaults left out, that reads back the same', () => {
    const search = parseVehicleSearch({ make: ['BMW'], body: ['suv'], sort: 'newest', page: '1', mileageMax: '80000' })
    const query = serializeVehicleSearch(search)
    expect(query).toBe('make=BMW&body=suv&mileageMax=80000')
    expect(parseVehicleSearch(new URLSearchParams(query))).toEqual(search)
  })

  it('toggles a facet value and goes back to page 1', () => {
    const search = parseVehicleSearch({ make: 'BMW', page: '4' })
    expect(toggleFacet(search, 'make', 'Audi')).toMatchObject({ make: ['Audi', 'BMW'], page: 1 })
    expect(toggleFacet(search, 'make', 'BMW').make).toEqual([])
    expect(activeFilterCount(parseVehicleSearch({ make: ['A', 'B'], noRti: '1', yearMin: '2020' }))).toBe(4)
  })
})
