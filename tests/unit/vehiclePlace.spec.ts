import { describe, expect, it } from 'vitest'

import { shownPlace } from '@/domain/vehiclePlace'

const SHOWROOM = {
  name: 'Autoport Lyon',
  address: '12 quai Perrache',
  postcode: '69002',
  city: 'Lyon',
  country: 'FR',
  lat: 45.7485,
  lng: 4.8259,
}

/** Everything the page prints about the place, as one string. */
const printed = (place: ReturnType<typeof shownPlace>) =>
  [place?.name, place?.address, place?.city, place?.country].filter(Boolean).join(' | ')

const COORDINATES = /-?\d{1,3}[.,]\d{3,}/

describe('shownPlace', () => {
  it('names the town and country of a car away from the showroom, not its street', () => {
    const place = shownPlace(
      {
        address: '3-1 Minatomirai',
        postcode: '220-0012',
        city: 'Yokohama',
        country: 'JP',
        lat: 35.4567,
        lng: 139.6321,
      },
      SHOWROOM,
    )
    expect(place).toMatchObject({ atShowroom: false, name: null, address: null, city: 'Yokohama', country: 'JP' })
    expect(printed(place)).not.toMatch(COORDINATES)
    expect(printed(place)).not.toContain('Minatomirai')
  })

  it('rounds the map centre away from the showroom to about a kilometre', () => {
    const place = shownPlace({ city: 'Munich', country: 'DE', lat: 48.13743, lng: 11.57549 }, SHOWROOM)
    expect(place?.centre).toEqual({ lat: 48.14, lng: 11.58 })
  })

  it('gives the showroom its name and full address when the car is there', () => {
    const place = shownPlace({ ...SHOWROOM, name: undefined, address: '12 Quai Perrache ' }, SHOWROOM)
    expect(place).toEqual({
      atShowroom: true,
      name: 'Autoport Lyon',
      address: '12 quai Perrache',
      city: '69002 Lyon',
      country: 'FR',
      centre: { lat: 45.7485, lng: 4.8259 },
    })
    expect(printed(place)).not.toMatch(COORDINATES)
  })

  it('falls back on the showroom when the car has no town, and on nothing without either', () => {
    expect(shownPlace({ lat: 1.23456, lng: 2.34567 }, SHOWROOM)?.name).toBe('Autoport Lyon')
    expect(shownPlace(null, { name: 'Autoport' })).toBeNull()
    expect(shownPlace(undefined, undefined)).toBeNull()
  })

  it('has no map centre without both coordinates', () => {
    expect(shownPlace({ city: 'Turin', country: 'IT', lat: 45.07 }, SHOWROOM)?.centre).toBeNull()
  })
})
