import { describe, expect, it } from 'vitest'

import { landedPrice, landedPricesByRegion } from '@/domain/landedPrice'
import { DEFAULT_REGION, REGION_CODES } from '@/domain/regions'
import { canonicalSavedSearchQuery } from '@/domain/savedSearch'
import { activeFilterCount, parseVehicleSearch, serializeVehicleSearch } from '@/domain/vehicleSearch'
import { importRulesFr as rules } from '@/seed/data/importRulesFr'
import { LANDED_CASES } from '../helpers/landedCostCases'

const DEFAULTS = {
  insurancePercent: 0.5,
  transport: [
    { origin: 'DE', amount: 90_000, inland: 0 },
    { origin: 'any', amount: 180_000, inland: 40_000 },
  ],
  brokerFee: 60_000,
  serviceFee: 99_000,
}

describe('the landed price in the search address', () => {
  it('reads the region, the landed budget and the landed sorts', () => {
    const search = parseVehicleSearch(new URLSearchParams('region=HDF&landedMax=45%20000%20€&sort=landed_asc'))
    expect(search).toMatchObject({ region: 'HDF', landedMax: 45_000, sort: 'landed_asc' })
    expect(parseVehicleSearch(new URLSearchParams('sort=landed_desc&region=occ'))).toMatchObject({
      sort: 'landed_desc',
      region: 'OCC',
    })
  })

  it('prices for Île-de-France unless told otherwise, like the vehicle page', () => {
    expect(parseVehicleSearch({}).region).toBe(DEFAULT_REGION)
    expect(DEFAULT_REGION).toBe('IDF')
  })

  it('drops bad values: an unknown region is the default one, a budget that is not whole euros is none', () => {
    for (const region of ['XX', 'IDF;DROP', '', '75']) expect(parseVehicleSearch({ region }).region).toBe('IDF')
    for (const landedMax of ['abc', '-5', '12.5', '1e9', '999999999999'])
      expect(parseVehicleSearch({ landedMax }).landedMax).toBeUndefined()
    expect(parseVehicleSearch({ sort: 'landed_sideways' }).sort).toBe('newest')
  })

  it('writes them canonically: the default region left out, the budget as digits', () => {
    expect(serializeVehicleSearch(parseVehicleSearch(new URLSearchParams('region=IDF&sort=landed_asc')))).toBe(
      'sort=landed_asc',
    )
    const query = serializeVehicleSearch(parseVehicleSearch(new URLSearchParams('landedMax=40.000&region=bre')))
    expect(query).toBe('landedMax=40000&region=BRE')
    expect(parseVehicleSearch(new URLSearchParams(query))).toMatchObject({ landedMax: 40_000, region: 'BRE' })
  })

  it('counts the budget as a filter, not the region', () => {
    expect(activeFilterCount(parseVehicleSearch({ region: 'BRE' }))).toBe(0)
    expect(activeFilterCount(parseVehicleSearch({ landedMax: '30000' }))).toBe(1)
  })

  it('gives one canonical query (the cached page the proxy rewrites to) whatever the order or a bad region', () => {
    const canonical = (query: string) => serializeVehicleSearch(parseVehicleSearch(new URLSearchParams(query)))
    expect(canonical('sort=landed_desc&region=PAC&landedMax=50000')).toBe(
      canonical('landedMax=50 000&region=pac&sort=landed_desc'),
    )
    expect(canonical('region=ZZ&sort=landed_asc')).toBe(canonical('sort=landed_asc'))
  })

  it('keeps the budget and region of a saved search, and refuses a budget it cannot read', () => {
    expect(canonicalSavedSearchQuery('landedMax=30000&region=BRE')).toBe('landedMax=30000&region=BRE')
    expect(canonicalSavedSearchQuery('landedMax=30000&region=IDF')).toBe('landedMax=30000')
    expect(canonicalSavedSearchQuery('make=BMW&landedMax=lots')).toBeNull()
    expect(canonicalSavedSearchQuery('make=BMW&region=XX')).toBeNull()
  })
})

describe('the landed prices stored for the search', () => {
  const DAY = '2026-11-25'

  it('are, region by region, the total the vehicle page computes', () => {
    for (const { vehicle } of LANDED_CASES.slice(0, 6)) {
      const stored = landedPricesByRegion(vehicle, REGION_CODES, rules, DEFAULTS, DAY)
      expect(stored.map((price) => price.region)).toEqual([...REGION_CODES])
      for (const price of stored) {
        const page = landedPrice(vehicle, price.region, rules, DEFAULTS, DAY)
        expect(price.total).toBe(page.ok ? page.total : null)
        expect(price.reason).toBe(page.ok ? null : page.reason)
      }
    }
  })

  it('differ by region (the per-CV registration tax) and include our service fee', () => {
    const [vehicle] = LANDED_CASES.map((item) => item.vehicle)
    const stored = landedPricesByRegion(vehicle!, ['IDF', 'BRE'], rules, DEFAULTS, DAY)
    expect(stored[0]!.total).not.toBe(stored[1]!.total)
    const noFee = landedPricesByRegion(vehicle!, ['IDF'], rules, { ...DEFAULTS, serviceFee: 0 }, DAY)
    expect(stored[0]!.total! - noFee[0]!.total!).toBe(99_000)
  })

  it('store the refusal, and no price, for a car that cannot be priced', () => {
    const [vehicle] = LANDED_CASES.map((item) => item.vehicle)
    const [price] = landedPricesByRegion({ ...vehicle!, fiscalHp: null }, ['IDF'], rules, DEFAULTS, DAY)
    expect(price).toMatchObject({ region: 'IDF', total: null })
    expect(price!.reason).toMatch(/fiscal horsepower/)
    expect(price!.reasonFr).toMatch(/puissance fiscale/)
  })
})
