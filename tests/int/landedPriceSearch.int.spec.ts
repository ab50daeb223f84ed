import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { runSearch } from '@/app/(frontend)/_data/vehicleSearch'
import { parisDayOf } from '@/domain/calendarDate'
import type { ImportRules } from '@/domain/importRules'
import { landedPrice } from '@/domain/landedPrice'
import type { RegionCode } from '@/domain/regions'
import { parseVehicleSearch } from '@/domain/vehicleSearch'
import { fromDomainImportRules, toDomainImportRules } from '@/globals/ImportRules/mapping'
import { landedPricesStale, refreshAllLandedPrices } from '@/landedPrices/refresh'
import type { Vehicle } from '@/payload-types'
import { importRulesFr } from '@/seed/data/importRulesFr'
import { seedImportRules, vehicleData } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { resetDatabase } from '../helpers/resetDatabase'

const context = { disableRevalidate: true }
const QUOTE_DEFAULTS = {
  insurancePercent: 0.5,
  transport: [{ origin: 'DE' as const, amount: 90_000, inland: 0 }],
  brokerFee: 60_000,
  serviceFee: 99_000,
}

/**
 * The landed price on the search's cards, its sort and its budget: stored per vehicle and region,
 * equal to the vehicle page's total, kept up to date when the car, the rules or our estimates change.
 */
describe('landed prices in the storefront search', () => {
  let payload: Payload
  const ids: Record<string, string> = {}

  /** What the vehicle page shows for this car and region today, read as a visitor reads it. */
  async function pageTotal(id: string, region: RegionCode): Promise<number | null> {
    const { docs } = await payload.find({
      collection: 'vehicles',
      where: { id: { equals: id } },
      depth: 0,
      locale: 'fr',
      overrideAccess: false,
      user: null,
    })
    const [rules, settings] = await Promise.all([
      payload.findGlobal({ slug: 'import-rules', depth: 0, overrideAccess: false, user: null }),
      payload.findGlobal({ slug: 'site-settings', depth: 0, locale: 'fr', overrideAccess: false, user: null }),
    ])
    const price = landedPrice(
      docs[0] as Vehicle,
      region,
      toDomainImportRules(rules as never),
      settings.quoteDefaults,
      parisDayOf(new Date()),
    )
    return price.ok ? price.total : null
  }

  /** The search as a visitor runs it (the /vehicles page's data path, cards read with overrideAccess:false). */
  const search = (query: string) => runSearch(parseVehicleSearch(new URLSearchParams(query)), 'fr')
  const cardOf = async (query: string, id: string) => (await search(query)).cards.find((card) => card.id === id)

  async function storedRows(id: string) {
    const { rows } = await payload.db.pool.query<{
      region: string
      total_cents: string | null
      refusal: string | null
    }>('SELECT region, total_cents, refusal FROM vehicle_landed_prices WHERE vehicle_id = $1 ORDER BY region', [id])
    return rows
  }

  async function runQueuedJobs() {
    await payload.jobs.run({ limit: 100 })
  }

  beforeAll(async () => {
    payload = await testPayload()
    await resetDatabase(payload)
    await seedImportRules(payload)
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { siteName: 'Autoport', quoteDefaults: QUOTE_DEFAULTS },
      context,
    })
    const cars: [string, Partial<Vehicle>][] = [
      ['small', { make: 'Toyota', model: 'Aygo', price: { amount: 1_200_000, currency: 'EUR' }, fiscalHp: 4 }],
      ['family', { make: 'Peugeot', model: '308', price: { amount: 2_490_000, currency: 'EUR' }, fiscalHp: 7 }],
      // Cheaper at the seller than `sport`, dearer landed: the CO2 malus and its horsepower.
      [
        'gt',
        {
          make: 'Toyota',
          model: 'GR86',
          price: { amount: 2_740_000, currency: 'EUR' },
          fiscalHp: 17,
          co2WltpGKm: 250,
          massKg: 1_280,
          firstRegistrationDate: '2025-06-01T00:00:00.000Z',
          year: 2025,
        },
      ],
      [
        'sport',
        {
          make: 'BMW',
          model: 'M240i',
          price: { amount: 2_900_000, currency: 'EUR' },
          fiscalHp: 9,
          co2WltpGKm: 118,
        },
      ],
      // No fiscal horsepower: the regional tax cannot be computed, so the car cannot be priced.
      ['unpriced', { make: 'Lada', model: 'Niva', price: { amount: 900_000, currency: 'EUR' }, fiscalHp: null }],
    ]
    for (const [key, overrides] of cars) {
      ids[key] = (await payload.create({ collection: 'vehicles', data: vehicleData(overrides), context })).id
    }
    // Never seen by visitors: not in the search, whatever its price.
    ids.draft = (
      await payload.create({
        collection: 'vehicles',
        data: vehicleData({ make: 'Dacia', model: 'Spring', _status: 'draft' }),
        draft: true,
        context,
      })
    ).id
  })

  it('stores a price for every region when a car is created, and a refusal without price when it cannot be priced', async () => {
    const rows = await storedRows(ids.family!)
    expect(rows).toHaveLength(13)
    expect(rows.every((row) => row.total_cents !== null && row.refusal === null)).toBe(true)
    const refused = await storedRows(ids.unpriced!)
    expect(refused).toHaveLength(13)
    expect(refused.every((row) => row.total_cents === null && /fiscal horsepower/.test(row.refusal ?? ''))).toBe(true)
  })

  it('shows on each card, to the cent, the total of the vehicle page, in Île-de-France by default and in Bretagne', async () => {
    for (const region of ['IDF', 'BRE'] as const) {
      const query = region === 'IDF' ? 'sort=landed_asc' : `sort=landed_asc&region=${region}`
      const { cards } = await search(query)
      expect(cards.map((card) => card.id).sort()).toEqual(
        [ids.small, ids.family, ids.gt, ids.sport, ids.unpriced].sort(),
      )
      for (const key of ['small', 'family', 'gt', 'sport', 'unpriced']) {
        const card = cards.find((item) => item.id === ids[key])!
        expect(card.landed, `${key} in ${region}`).toEqual({ region, total: await pageTotal(ids[key]!, region) })
      }
    }
    const idf = (await cardOf('', ids.gt!))!.landed!.total!
    const bre = (await cardOf('region=BRE', ids.gt!))!.landed!.total!
    // Bretagne's tax per CV (60 €) is higher than Île-de-France's: the region is really applied.
    expect(bre).not.toBe(idf)
  })

  it('sorts by landed price, cheapest or dearest first, cars that cannot be priced last', async () => {
    const totals = await Promise.all(
      ['small', 'family', 'gt', 'sport'].map(async (key) => ({
        id: ids[key]!,
        total: (await pageTotal(ids[key]!, 'IDF'))!,
      })),
    )
    const ascending = [...totals].sort((a, b) => a.total - b.total).map((item) => item.id)
    expect((await search('sort=landed_asc')).cards.map((card) => card.id)).toEqual([...ascending, ids.unpriced])
    expect((await search('sort=landed_desc')).cards.map((card) => card.id)).toEqual([
      ...[...ascending].reverse(),
      ids.unpriced,
    ])
    // The landed order is not the seller's: the GR86 is cheaper at the seller than the M240i.
    const bySeller = (await search('sort=price_asc')).cards.map((card) => card.id)
    expect(bySeller.indexOf(ids.gt!)).toBeLessThan(bySeller.indexOf(ids.sport!))
    expect(ascending.indexOf(ids.gt!)).toBeGreaterThan(ascending.indexOf(ids.sport!))
  })

  it('filters by a landed budget for the chosen region, leaving out what cannot be priced', async () => {
    const family = (await pageTotal(ids.family!, 'IDF'))!
    const euros = Math.floor(family / 100)
    const result = await search(`landedMax=${euros + 1}&sort=landed_asc`)
    const expected = (
      await Promise.all(
        ['small', 'family', 'gt', 'sport'].map(async (key) => ({
          id: ids[key]!,
          total: (await pageTotal(ids[key]!, 'IDF'))!,
        })),
      )
    )
      .filter((item) => item.total <= (euros + 1) * 100)
      .sort((a, b) => a.total - b.total)
      .map((item) => item.id)
    expect(result.cards.map((card) => card.id)).toEqual(expected)
    expect(result.total).toBe(expected.length)
    expect(expected).toContain(ids.family)
    expect(result.cards.map((card) => card.id)).not.toContain(ids.unpriced)
    // One euro under the family car's total leaves it out.
    expect((await search(`landedMax=${Math.floor(family / 100) - 1}`)).cards.map((card) => card.id)).not.toContain(
      ids.family,
    )
    // The facet counts agree with the budget.
    const makes = Object.fromEntries(result.facets.make.map((row) => [row.value, row.count]))
    expect(Object.values(makes).reduce((sum, count) => sum + count, 0)).toBe(expected.length)
  })

  it('reads bad values of the new parameters as absent, the same search as without them', async () => {
    const plain = await search('sort=landed_asc')
    for (const bad of ['region=XX', 'region=%3Cscript%3E', 'landedMax=cheap', 'landedMax=-3', 'landedMax=1e6']) {
      const result = await search(`sort=landed_asc&${bad}`)
      expect(
        result.cards.map((card) => card.id),
        bad,
      ).toEqual(plain.cards.map((card) => card.id))
      expect(result.cards.every((card) => card.landed?.region === 'IDF' || card.landed === null)).toBe(true)
    }
    expect((await search('sort=landed_up')).cards.map((card) => card.id)).toEqual(
      (await search('')).cards.map((card) => card.id),
    )
  })

  it('re-prices a car in its own save', async () => {
    const before = (await cardOf('', ids.family!))!.landed!.total!
    await payload.update({
      collection: 'vehicles',
      id: ids.family!,
      data: { price: { amount: 2_590_000, currency: 'EUR' } },
      context,
    })
    const after = (await cardOf('', ids.family!))!.landed!.total!
    expect(after).toBe(await pageTotal(ids.family!, 'IDF'))
    expect(after).toBeGreaterThan(before)
    // Given its fiscal horsepower, the car that could not be priced now can.
    await payload.update({ collection: 'vehicles', id: ids.unpriced!, data: { fiscalHp: 6 }, context })
    expect((await cardOf('', ids.unpriced!))!.landed).toEqual({
      region: 'IDF',
      total: await pageTotal(ids.unpriced!, 'IDF'),
    })
    expect((await storedRows(ids.unpriced!)).every((row) => row.refusal === null)).toBe(true)
  })

  // Queued refreshes waiting to run now; the hourly run, once scheduled (other files handle the
  // schedules), waits for its hour and is not what a save queued.
  const refreshesDueNow = async () =>
    (
      await payload.count({
        collection: 'payload-jobs',
        where: {
          and: [
            { taskSlug: { equals: 'refreshLandedPrices' } },
            { completedAt: { exists: false } },
            { or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than_equal: new Date().toISOString() } }] },
          ],
        },
      })
    ).totalDocs

  it('re-prices every car in the background when our service fee changes, not in the save', async () => {
    const before = (await cardOf('', ids.sport!))!.landed!.total!
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { quoteDefaults: { ...QUOTE_DEFAULTS, serviceFee: 149_000 } },
      context,
    })
    // The save queued the work and returned: the stored price has not moved yet.
    expect((await cardOf('', ids.sport!))!.landed!.total).toBe(before)
    expect(await refreshesDueNow()).toBe(1)
    await runQueuedJobs()
    const after = (await cardOf('', ids.sport!))!.landed!.total!
    expect(after - before).toBe(50_000)
    expect(after).toBe(await pageTotal(ids.sport!, 'IDF'))
  })

  it('does not re-price for a site settings change that does not enter the price', async () => {
    await payload.updateGlobal({ slug: 'site-settings', data: { tagline: 'Importer, simplement' }, context })
    expect(await refreshesDueNow()).toBe(0)
  })

  it('re-prices every car when the import rules are saved (a new regional rate)', async () => {
    const before = (await cardOf('region=BRE', ids.gt!))!.landed!.total!
    const rules: ImportRules = structuredClone(importRulesFr)
    rules.regionalTax.rates = rules.regionalTax.rates.map((row) =>
      row.region === 'BRE' ? { ...row, ratePerCvCents: row.ratePerCvCents + 1_000 } : row,
    )
    await payload.updateGlobal({ slug: 'import-rules', data: fromDomainImportRules(rules) as never, context })
    // Saving twice before the queue runs re-prices once.
    await payload.updateGlobal({ slug: 'import-rules', data: fromDomainImportRules(rules) as never, context })
    expect(await refreshesDueNow()).toBe(1)
    await runQueuedJobs()
    const after = (await cardOf('region=BRE', ids.gt!))!.landed!.total!
    expect(after).toBe(await pageTotal(ids.gt!, 'BRE'))
    expect(after).toBeGreaterThan(before)
    // Île-de-France's rate did not change, nor its price.
    expect((await cardOf('', ids.gt!))!.landed!.total).toBe(await pageTotal(ids.gt!, 'IDF'))
  })

  it('re-prices on the day a rule row starts (the daily run), and not before', async () => {
    const now = new Date()
    const today = parisDayOf(now)
    const tomorrowDate = new Date(now.getTime() + 24 * 3600 * 1000)
    const tomorrow = parisDayOf(tomorrowDate)
    const stored = toDomainImportRules(
      (await payload.findGlobal({ slug: 'import-rules', depth: 0, overrideAccess: false, user: null })) as never,
    )
    // Normandie's rate goes up by 20 € per CV from tomorrow.
    const current = stored.regionalTax.rates.find((row) => row.region === 'NOR' && !row.validTo)!
    stored.regionalTax.rates = [
      ...stored.regionalTax.rates.filter((row) => row !== current),
      { ...current, validTo: today },
      { ...current, validFrom: tomorrow, ratePerCvCents: current.ratePerCvCents + 2_000 },
    ]
    await payload.updateGlobal({ slug: 'import-rules', data: fromDomainImportRules(stored) as never, context })
    await runQueuedJobs()
    const todays = (await cardOf('region=NOR', ids.family!))!.landed!.total!
    expect(todays).toBe(await pageTotal(ids.family!, 'NOR'))

    expect(await landedPricesStale(payload, now)).toBe(false)
    expect(await landedPricesStale(payload, tomorrowDate)).toBe(true)
    await refreshAllLandedPrices(payload, tomorrowDate)
    expect(await landedPricesStale(payload, tomorrowDate)).toBe(false)
    const tomorrows = (await cardOf('region=NOR', ids.family!))!.landed!.total!
    expect(tomorrows - todays).toBe(7 * 2_000)
  })

  it('re-prices on its hourly run only what may have changed since', async () => {
    const lastComputed = async () =>
      (await payload.db.pool.query<{ at: Date }>('SELECT max(computed_at) AS at FROM vehicle_landed_prices')).rows[0]!
        .at
    const hourly = async () => {
      await payload.jobs.queue({ task: 'refreshLandedPrices', input: {} })
      await runQueuedJobs()
    }
    await refreshAllLandedPrices(payload)
    const before = await lastComputed()
    await hourly()
    expect(await lastComputed()).toEqual(before)
    // A save after the last pricing (here one a waiting run would have swallowed) makes the next run re-price.
    await payload.updateGlobal({ slug: 'site-settings', data: { tagline: 'Importer, tout compris' }, context })
    await hourly()
    expect((await lastComputed()).getTime()).toBeGreaterThan(before.getTime())
  })

  it('forgets the prices of a deleted car', async () => {
    await payload.delete({ collection: 'vehicles', id: ids.small!, context })
    expect(await storedRows(ids.small!)).toEqual([])
    expect((await search('sort=landed_asc')).cards.map((card) => card.id)).not.toContain(ids.small)
  })
})
