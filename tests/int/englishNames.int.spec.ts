import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { getQuoteList, type SignedInCustomer } from '@/app/(frontend)/_data/account'
import { runSearch } from '@/app/(frontend)/_data/vehicleSearch'
import { parseVehicleSearch } from '@/domain/vehicleSearch'
import type { Vehicle } from '@/payload-types'
import { createCustomer, vehicleData } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { resetDatabase } from '../helpers/resetDatabase'

const context = { disableRevalidate: true }

/** What a visitor finds typing `text` on the page in `locale`: the makes, models and trims of the cards. */
async function found(text: string, locale: 'fr' | 'en') {
  const { cards } = await runSearch(parseVehicleSearch({ model: text }), locale)
  return cards.map((card) => [card.make, card.modelName || card.model, card.trimName || card.trim].join(' '))
}

describe('English names on the English storefront', () => {
  let payload: Payload
  let series3: Vehicle

  beforeAll(async () => {
    payload = await testPayload()
    await resetDatabase(payload)
    // Created in French, then given its English names, as the seed and staff do.
    series3 = await payload.create({
      collection: 'vehicles',
      locale: 'fr',
      data: vehicleData({ make: 'BMW', model: 'Série 3', trim: 'M340i xDrive', body: 'sedan', originCountry: 'DE' }),
      context,
    })
    await payload.update({
      collection: 'vehicles',
      id: series3.id,
      locale: 'en',
      data: { modelName: '3 Series' },
      context,
    })
    const classC = await payload.create({
      collection: 'vehicles',
      locale: 'fr',
      data: vehicleData({
        make: 'Mercedes-Benz',
        model: 'Classe C',
        trim: 'C 200 Break',
        fuel: 'diesel',
        body: 'estate',
        originCountry: 'US',
      }),
      context,
    })
    await payload.update({
      collection: 'vehicles',
      id: classC.id,
      locale: 'en',
      data: { modelName: 'C-Class', trimName: 'C 200 Estate' },
      context,
    })
    await payload.create({
      collection: 'vehicles',
      data: vehicleData({
        make: 'BMW',
        model: 'M3 (E30)',
        trim: '2.3 195 ch',
        fuel: 'electric',
        body: 'hatchback',
        originCountry: 'JP',
      }),
      context,
    })
  })

  it('finds a car by its English name on the English pages, by its French name on the French ones', async () => {
    expect(await found('3 Series', 'en')).toEqual(['BMW 3 Series M340i xDrive'])
    expect(await found('bmw 3 series m340i', 'en')).toEqual(['BMW 3 Series M340i xDrive'])
    expect(await found('Série 3', 'fr')).toEqual(['BMW Série 3 M340i xDrive'])
    // Accents and case never matter; and the other language's name still finds the car.
    expect(await found('serie 3', 'fr')).toHaveLength(1)
    expect(await found('C-Class', 'en')).toEqual(['Mercedes-Benz C-Class C 200 Estate'])
    expect(await found('classe c break', 'fr')).toEqual(['Mercedes-Benz Classe C C 200 Break'])
    expect(await found('c class estate', 'en')).toHaveLength(1)
    // Power written in a trim is found in either unit.
    expect(await found('195 hp', 'en')).toHaveLength(1)
    expect(await found('195 ch', 'fr')).toHaveLength(1)
    expect(await found('5 Series', 'en')).toEqual([])
  })

  it('keeps the other language findable when one language’s names are saved', async () => {
    await payload.update({ collection: 'vehicles', id: series3.id, locale: 'fr', data: { mileageKm: 43_000 }, context })
    expect(await found('3 Series', 'en')).toHaveLength(1)
    await payload.update({
      collection: 'vehicles',
      id: series3.id,
      locale: 'en',
      data: { trimName: 'M340i xDrive Touring' },
      context,
    })
    expect(await found('Série 3', 'fr')).toHaveLength(1)
    expect(await found('touring', 'en')).toHaveLength(1)
    await payload.update({ collection: 'vehicles', id: series3.id, locale: 'en', data: { trimName: null }, context })
    expect(await found('touring', 'en')).toHaveLength(0)
  })

  it('reads the names in the page’s language, and never shows the search text', async () => {
    const read = (locale: 'fr' | 'en') =>
      payload.findByID({ collection: 'vehicles', id: series3.id, locale, overrideAccess: false, user: null })
    const [fr, en] = await Promise.all([read('fr'), read('en')])
    expect(en.modelName).toBe('3 Series')
    expect(fr.modelName ?? null).toBeNull()
    expect(fr.model).toBe('Série 3')
    expect(en).not.toHaveProperty('searchText')
  })

  it('refuses a search text written by hand', async () => {
    const updated = await payload.update({
      collection: 'vehicles',
      id: series3.id,
      data: { searchText: 'porsche' } as Partial<Vehicle>,
      context,
    })
    expect(updated.id).toBe(series3.id)
    expect(await found('porsche', 'fr')).toEqual([])
  })

  it('lists filter options in the order of their labels in the page’s language', async () => {
    const fr = await runSearch(parseVehicleSearch({}), 'fr')
    const en = await runSearch(parseVehicleSearch({}), 'en')
    // Berline, Break, Compacte / Estate, Hatchback, Saloon.
    expect(fr.facets.body.map(({ value }) => value)).toEqual(['sedan', 'estate', 'hatchback'])
    expect(en.facets.body.map(({ value }) => value)).toEqual(['estate', 'hatchback', 'sedan'])
    // Allemagne, États-Unis, Japon / Germany, Japan, United States.
    expect(fr.facets.origin.map(({ value }) => value)).toEqual(['DE', 'US', 'JP'])
    expect(en.facets.origin.map(({ value }) => value)).toEqual(['DE', 'JP', 'US'])
    // Diesel, Électrique, Essence: "É" among the E's, not after "Z".
    expect(fr.facets.fuel.map(({ value }) => value)).toEqual(['diesel', 'electric', 'petrol'])
  })

  it('keeps a quote’s car in both languages, and the portal shows the reader’s', async () => {
    const alice = await createCustomer(payload, 'alice')
    const quote = await payload.create({
      collection: 'quotes',
      data: {
        kind: 'stock',
        customer: alice.user.id,
        vehicle: series3.id,
        destination: { country: 'FR', region: 'IDF' },
        status: 'in_progress',
      },
      context,
    })
    expect(quote.vehicleLabel).toBe('BMW Série 3 M340i xDrive · 2022')
    expect(quote.vehicleLabelEn).toBe('BMW 3 Series M340i xDrive · 2022')
    const customer = alice.user as unknown as SignedInCustomer
    expect((await getQuoteList(customer, 'en')).map((row) => row.subject)).toEqual(['BMW 3 Series M340i xDrive · 2022'])
    expect((await getQuoteList(customer, 'fr')).map((row) => row.subject)).toEqual(['BMW Série 3 M340i xDrive · 2022'])
  })
})
