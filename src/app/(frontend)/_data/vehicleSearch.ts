import 'server-only'

import { sql } from '@payloadcms/db-postgres'
import type { SQL } from 'drizzle-orm'
import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import { TOTAL_FACET, vehicleSearchFacetsQuery } from '@/db/vehicleSearchFacets'
import { vehicleSearchFrom as from, vehicleSearchWhere as conditions } from '@/db/vehicleSearchWhere'
import { DEFAULT_REGION, type RegionCode } from '@/domain/regions'
import {
  MULTI_FACETS,
  PAGE_SIZE,
  parseVehicleSearch,
  serializeVehicleSearch,
  type MultiFacet,
  type VehicleSearch,
} from '@/domain/vehicleSearch'
import { sortByLabel } from '@/domain/collate'
import { facetLabel } from '@/i18n/facetLabel'
import type { Locale } from '@/i18n/routing'
import type { Media, Vehicle } from '@/payload-types'
import { MEDIA_CARD } from './media'
import { getPayloadClient } from './payload'
import { VEHICLE_CARD } from '@/collections/Vehicles/card'

export type VehicleCard = Pick<
  Vehicle,
  | 'id'
  | 'slug'
  | 'title'
  | 'make'
  | 'model'
  | 'trim'
  | 'modelName'
  | 'trimName'
  | 'year'
  | 'mileageKm'
  | 'fuel'
  | 'transmission'
  | 'price'
  | 'status'
  | 'originCountry'
  | 'headline'
  | 'hasCoc'
> & {
  image: Pick<Media, 'url' | 'alt' | 'width' | 'height' | 'sizes'> | null
  /** The stored landed price for `region` (null total: the car cannot be priced); null: not priced yet. */
  landed: CardLandedPrice | null
}

export type CardLandedPrice = { region: RegionCode; total: number | null }

export type FacetCounts = Record<MultiFacet, { value: string; count: number }[]>

export type SearchResult = { cards: VehicleCard[]; total: number; page: number; pages: number; facets: FacetCounts }

const ORDER: Record<VehicleSearch['sort'], SQL> = {
  newest: sql.raw('v.created_at DESC, v.id'),
  // Cars that cannot be priced come last either way: they have no landed price to rank.
  landed_asc: sql.raw('lp.total_cents ASC NULLS LAST, v.id'),
  landed_desc: sql.raw('lp.total_cents DESC NULLS LAST, v.id'),
  price_asc: sql.raw('v.price_euro_amount ASC, v.id'),
  price_desc: sql.raw('v.price_euro_amount DESC, v.id'),
  year_desc: sql.raw('v.year DESC, v.created_at DESC, v.id'),
  year_asc: sql.raw('v.year ASC, v.created_at DESC, v.id'),
  mileage_asc: sql.raw('v.mileage_km ASC, v.id'),
}

/** The search itself, uncached (tests and the cached wrapper below). */
export async function runSearch(search: VehicleSearch, locale: Locale): Promise<SearchResult> {
  const payload = await getPayloadClient()
  const db = payload.db.drizzle
  const offset = (search.page - 1) * PAGE_SIZE

  const [idRows, facetRows] = await Promise.all([
    // The landed price joins here only when the sort or the budget reads it (PostgreSQL removes an
    // unread LEFT JOIN on a primary key); the page's 24 prices are then read by key, beside the cards.
    // No count here: the facets' pass counts the total, so this one can stop after the page's rows
    // (walking a sort's index when the filters are broad).
    db.execute<{ id: string }>(sql`
      SELECT v.id FROM ${from(search)}
      WHERE ${conditions(search)} ORDER BY ${ORDER[search.sort]} LIMIT ${PAGE_SIZE} OFFSET ${offset}`),
    db.execute<{ facet: MultiFacet | typeof TOTAL_FACET; value: string | null; count: string }>(
      vehicleSearchFacetsQuery(search),
    ),
  ])

  const ids = idRows.rows.map((row) => row.id)
  let total = 0
  const facets = Object.fromEntries(MULTI_FACETS.map((facet) => [facet, [] as FacetCounts[MultiFacet]])) as FacetCounts
  for (const row of facetRows.rows) {
    if (row.facet === TOTAL_FACET) total = Number(row.count)
    // A value only its own facet's filter admitted comes back with no car to count: not offered.
    else if (row.value !== null && Number(row.count) > 0)
      facets[row.facet].push({ value: row.value, count: Number(row.count) })
  }
  // In the order of their labels in the page's language, as the filters list them.
  for (const facet of MULTI_FACETS)
    facets[facet] = sortByLabel(facets[facet], ({ value }) => facetLabel(facet, value, locale), locale)

  const [cards, landed] = await Promise.all([cardsByIds(ids, locale), landedPricesOf(ids, search.region)])
  return {
    cards: cards.map((card) => ({ ...card, landed: landed.get(card.id) ?? null })),
    total,
    page: search.page,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    facets,
  }
}

/** A card's fields: the same as the public list's and a linked vehicle's (Vehicles/card.ts). */
export const CARD_SELECT = VEHICLE_CARD

export function toCard(vehicle: Partial<Vehicle> & { id: string }): VehicleCard {
  const first = vehicle.gallery?.[0]
  const image = first && typeof first === 'object' ? first : null
  const { gallery: _gallery, ...rest } = vehicle
  return {
    ...(rest as VehicleCard),
    landed: null,
    image: image
      ? { url: image.url, alt: image.alt, width: image.width, height: image.height, sizes: image.sizes }
      : null,
  }
}

/** The cards of the given ids, in that order, read with a visitor's access (anonymous). */
export async function cardsByIds(ids: string[], locale: Locale): Promise<VehicleCard[]> {
  if (ids.length === 0) return []
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'vehicles',
    where: { id: { in: ids } },
    select: CARD_SELECT,
    populate: { media: MEDIA_CARD },
    depth: 1,
    limit: ids.length,
    pagination: false,
    locale,
    overrideAccess: false,
    user: null,
  })
  const byId = new Map(docs.map((doc) => [doc.id, toCard(doc as Vehicle)]))
  return ids.map((id) => byId.get(id)).filter((card): card is VehicleCard => Boolean(card))
}

/** The stored landed prices of these vehicles for `region`: one query by primary key, whatever their number. */
async function landedPricesOf(ids: string[], region: RegionCode): Promise<Map<string, CardLandedPrice>> {
  if (ids.length === 0) return new Map()
  const payload = await getPayloadClient()
  const { rows } = await payload.db.drizzle.execute<{ vehicle_id: string; total_cents: string | null }>(sql`
    SELECT vehicle_id, total_cents FROM vehicle_landed_prices
    WHERE region = ${region} AND vehicle_id IN (${sql.join(
      ids.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})`)
  return new Map(
    rows.map((row) => [row.vehicle_id, { region, total: row.total_cents === null ? null : Number(row.total_cents) }]),
  )
}

/** Cards chosen elsewhere (a page block's featured cars) with their stored landed price for `region`. */
export async function withLandedPrices(
  cards: VehicleCard[],
  region: RegionCode = DEFAULT_REGION,
): Promise<VehicleCard[]> {
  const landed = await landedPricesOf(
    cards.map((card) => card.id),
    region,
  )
  return cards.map((card) => ({ ...card, landed: landed.get(card.id) ?? null }))
}

/**
 * A page past the end (an old link, a hand-edited URL) shows the last page instead of "page 99 of 6"
 * and no car; callers build their canonical and pagination links from the returned search.
 */
export async function searchWithinPages(
  search: VehicleSearch,
  locale: Locale,
  run: (search: VehicleSearch, locale: Locale) => Promise<SearchResult> = runSearch,
): Promise<{ search: VehicleSearch; result: SearchResult }> {
  const result = await run(search, locale)
  if (result.page <= result.pages) return { search, result }
  const last = { ...search, page: result.pages }
  return { search: last, result: await run(last, locale) }
}

/**
 * Cached per canonical query and locale; any vehicle change drops the cache (tag "vehicles"). A
 * page and its metadata ask for the same search at once, before either has filled the cache: React's
 * per-render cache makes that one search, not two. It is keyed by the canonical query (a string):
 * the two callers parse their own search objects.
 */
export function searchVehicles(search: VehicleSearch, locale: Locale): Promise<SearchResult> {
  return searchOnce(serializeVehicleSearch(search), locale)
}

const searchOnce = cache((key: string, locale: Locale) =>
  unstable_cache(
    () => runSearch(parseVehicleSearch(new URLSearchParams(key)), locale),
    ['vehicle-search', locale, key],
    {
      tags: ['vehicles'],
      revalidate: 3600,
    },
  )(),
)
