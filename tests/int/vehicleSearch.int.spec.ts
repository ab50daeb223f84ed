import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { runSearch, searchWithinPages } from '@/app/(frontend)/_data/vehicleSearch'
import { parseVehicleSearch, serializeVehicleSearch } from '@/domain/vehicleSearch'
import { PNG_1X1, vehicleData } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { resetDatabase } from '../helpers/resetDatabase'

const context = { disableRevalidate: true }

/** Counts the SQL statements a piece of work sends to PostgreSQL. */
async function countQueries<T>(payload: Payload, work: () => Promise<T>): Promise<{ result: T; queries: number }> {
  const pool = payload.db.pool as unknown as { query: (...args: unknown[]) => unknown }
  const original = pool.query.bind(pool)
  let queries = 0
  pool.query = (...args: unknown[]) => {
    queries += 1
    return original(...args)
  }
  try {
    return { result: await work(), queries }
  } finally {
    pool.query = original
  }
}

describe('storefront vehicle search', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await testPayload()
    await resetDatabase(payload)
    const photo = await payload.create({
      collection: 'media',
      data: { alt: 'Une voiture' },
      file: { data: PNG_1X1, mimetype: 'image/png', name: 'car.png', size: PNG_1X1.length },
      context,
    })
    const makes = ['BMW', 'Audi', 'Toyota']
    for (let index = 0; index < 30; index++) {
      await payload.create({
        collection: 'vehicles',
        data: vehicleData({
          make: makes[index % 3],
          model: `Model ${index}`,
          fuel: index % 2 ? 'diesel' : 'petrol',
          body: index % 5 === 0 ? 'suv' : 'hatchback',
          price: { amount: 1_000_000 + index * 100_000, currency: 'EUR' },
          status: index === 29 ? 'sold' : 'available',
          gallery: [photo.id, photo.id],
        }),
        context,
      })
    }
    await payload.create({
      collection: 'vehicles',
      data: vehicleData({ make: 'BMW', _status: 'draft' }),
      draft: true,
      context,
    })
  })

  it('finds only what visitors may see, filtered, sorted and paged, with facet counts', async () => {
    const result = await runSearch(parseVehicleSearch({ make: 'BMW', sort: 'price_desc' }), 'fr')
    expect(result.total).toBe(10)
    const prices = result.cards.map((card) => card.price.amount)
    expect(prices).toEqual([...prices].sort((a, b) => b - a))
    expect(result.cards.every((card) => card.make === 'BMW' && card.image?.url?.startsWith('/api/media/file/'))).toBe(
      true,
    )
    // A facet's counts ignore its own filter, so other makes stay selectable.
    expect(result.facets.make).toEqual([
      { value: 'Audi', count: 10 },
      { value: 'BMW', count: 10 },
      { value: 'Toyota', count: 9 },
    ])
    expect(result.facets.fuel.reduce((sum, { count }) => sum + count, 0)).toBe(10)
  })

  it('counts each facet under every filter but its own, and the total under all, in one pass', async () => {
    // What a visitor may see, counted here by hand from the cars themselves.
    const { docs } = await payload.find({
      collection: 'vehicles',
      pagination: false,
      overrideAccess: false,
      user: null,
      select: { make: true, fuel: true, body: true, transmission: true, originCountry: true, price: true },
    })
    const filters = { make: ['BMW', 'Audi'], fuel: ['diesel'], body: ['suv', 'hatchback'] }
    const priceMax = 3_500_000
    const field = {
      make: 'make',
      fuel: 'fuel',
      body: 'body',
      transmission: 'transmission',
      origin: 'originCountry',
    } as const
    const passes = (doc: (typeof docs)[number], except?: string) =>
      doc.price.amount <= priceMax &&
      Object.entries(filters).every(
        ([facet, values]) => facet === except || values.includes(doc[field[facet as keyof typeof filters]] as string),
      )
    const expected = (facet: keyof typeof field) => {
      const counts = new Map<string, number>()
      for (const doc of docs.filter((doc) => passes(doc, facet))) {
        const value = doc[field[facet]] as string
        counts.set(value, (counts.get(value) ?? 0) + 1)
      }
      return Object.fromEntries(counts)
    }
    const result = await runSearch(
      parseVehicleSearch({ ...filters, priceMax: String(priceMax / 100), sort: 'price_asc' }),
      'fr',
    )
    expect(result.total).toBe(docs.filter((doc) => passes(doc)).length)
    expect(result.total).toBeGreaterThan(0)
    for (const facet of ['make', 'fuel', 'body', 'transmission', 'origin'] as const) {
      const got = Object.fromEntries(result.facets[facet].map(({ value, count }) => [value, count]))
      expect(got, facet).toEqual(expected(facet))
    }
    // Petrol cars count for the fuel facet (the other filters hold) though the search asks for diesel.
    expect(result.facets.fuel.map(({ value }) => value).sort()).toEqual(['diesel', 'petrol'])
  })

  it('combines filters and ranges', async () => {
    const result = await runSearch(
      parseVehicleSearch({ fuel: 'diesel', priceMax: '15000', body: ['hatchback', 'suv'], sort: 'price_asc' }),
      'fr',
    )
    expect(result.cards.map((card) => card.price.amount)).toEqual([1_100_000, 1_300_000, 1_500_000])
    expect(result.total).toBe(3)
  })

  it('pages through results and answers an empty page past the end', async () => {
    const page2 = await runSearch(parseVehicleSearch({ page: '2' }), 'fr')
    expect(page2.total).toBe(29)
    expect(page2.cards).toHaveLength(5)
    const beyond = await runSearch(parseVehicleSearch({ page: '9' }), 'fr')
    expect(beyond).toMatchObject({ total: 29, cards: [] })
  })

  it('shows the last page, and says so, when asked for a page past the end', async () => {
    const { search, result } = await searchWithinPages(parseVehicleSearch({ page: '99' }), 'fr')
    expect(search.page).toBe(2)
    expect(serializeVehicleSearch(search)).toBe('page=2')
    expect(result).toMatchObject({ total: 29, page: 2, pages: 2 })
    expect(result.cards).toHaveLength(5)
    const inRange = await searchWithinPages(parseVehicleSearch({ make: 'BMW', page: '1' }), 'fr')
    expect(inRange.search.page).toBe(1)
    const none = await searchWithinPages(parseVehicleSearch({ make: 'Lada', page: '3' }), 'fr')
    expect(none.search.page).toBe(1)
    expect(none.result).toMatchObject({ total: 0, page: 1, pages: 1, cards: [] })
  })

  it('issues the same number of SQL queries for 24 cards as for 2 (no N+1)', async () => {
    const full = await countQueries(payload, () => runSearch(parseVehicleSearch({}), 'fr'))
    const small = await countQueries(payload, () =>
      runSearch(parseVehicleSearch({ make: 'Audi', priceMax: '14000' }), 'fr'),
    )
    expect(full.result.cards).toHaveLength(24)
    expect(small.result.cards.length).toBeLessThan(5)
    expect(small.result.cards.length).toBeGreaterThan(0)
    expect(full.queries).toBe(small.queries)
    expect(full.queries).toBeLessThanOrEqual(6)
  })
})

describe('storefront free-text search', () => {
  beforeAll(async () => {
    const payload = await testPayload()
    await resetDatabase(payload)
    const cars = [
      ...['Carrera', 'Carrera S', 'Carrera 4S', 'Targa 4', 'Turbo S', 'GT3'].map((trim) => ({
        make: 'Porsche',
        model: '911',
        trim,
      })),
      { make: 'Porsche', model: 'Cayenne', trim: 'E-Hybrid' },
      { make: 'Peugeot', model: '308', trim: 'GT' },
    ]
    for (const car of cars) await payload.create({ collection: 'vehicles', data: vehicleData(car), context })
  })

  const find = (model: string) => runSearch(parseVehicleSearch({ model }), 'fr')

  it('matches every word against make, model or trim', async () => {
    const both = await find('Porsche 911')
    expect(both.total).toBe(6)
    expect(both.cards.every((card) => card.make === 'Porsche' && card.model === '911')).toBe(true)
    expect((await find('911')).total).toBe(6)
    expect((await find('porsche carrera')).total).toBe(3)
    expect((await find('911 GT3')).cards.map((card) => card.trim)).toEqual(['GT3'])
  })

  it('needs all the words, not any of them', async () => {
    const cayenne = await find('Porsche Cayenne')
    expect(cayenne.cards.map((card) => card.model)).toEqual(['Cayenne'])
    expect((await find('Peugeot 911')).total).toBe(0)
  })

  it('searches the trim too', async () => {
    expect((await find('gt')).cards.map((card) => card.trim).sort()).toEqual(['GT', 'GT3'])
  })
})
