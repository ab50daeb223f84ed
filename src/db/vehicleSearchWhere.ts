import { sql } from '@payloadcms/db-postgres'
import type { SQL } from 'drizzle-orm'

import { PUBLIC_VEHICLE_STATUSES } from '@/domain/vehicleOptions'
import { searchWords } from '@/domain/vehicleName'
import { MULTI_FACETS, type MultiFacet, type VehicleSearch } from '@/domain/vehicleSearch'

/**
 * The SQL of a storefront search over `vehicles v`, shared by the /vehicles page and the saved-search
 * digest so that an alert lists exactly what the search page would show.
 */
export const FACET_COLUMN: Record<MultiFacet, SQL> = {
  // The enums compared as enums (their values are the lists parseVehicleSearch keeps to): a cast to
  // text per row costs a catalogue lookup each time and hides the columns' statistics from the planner.
  make: sql.raw('v.make'),
  fuel: sql.raw('v.fuel'),
  transmission: sql.raw('v.transmission'),
  body: sql.raw('v.body'),
  origin: sql.raw('v.origin_country'),
}

export const sqlList = (values: string[]) =>
  sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )

// Bounds the SQL one URL can make the database run (the text itself is capped at 60 characters).
const TEXT_WORDS = 8

/**
 * Visitors type "Porsche 911", "911 Carrera" or "3 Series", in either language: every word must
 * appear in the vehicle's search text (make, model, trim and each language's names, folded; see
 * domain/vehicleName). One column of the same table: no join of the localized names per search.
 */
function textConditions(text: string): SQL[] {
  return searchWords(text, TEXT_WORDS).map((word) => {
    const pattern = `%${word.replace(/[%_\\]/g, '\\$&')}%`
    return sql`v.search_text LIKE ${pattern}`
  })
}

/**
 * What a search reads: the vehicles, each with its stored landed price for the search's region (one
 * row by primary key; PostgreSQL drops the join when nothing reads it). See src/landedPrices.
 */
export function vehicleSearchFrom(search: Pick<VehicleSearch, 'region'>): SQL {
  return sql`vehicles v LEFT JOIN vehicle_landed_prices lp ON lp.vehicle_id = v.id AND lp.region = ${search.region}`
}

/**
 * Written as constants compared to the enum, as the partial index of the visible cars says it
 * (migration wip_search-perf): the planner must see that this clause implies the index's predicate.
 */
const VISIBLE_STATUS = sql.raw(`v.status IN (${PUBLIC_VEHICLE_STATUSES.map((status) => `'${status}'`).join(', ')})`)

/** A multi-valued filter as SQL (`column IN (…)`), or null when the search leaves that facet open. */
export function facetMatch(search: VehicleSearch, facet: MultiFacet): SQL | null {
  return search[facet].length ? sql`${FACET_COLUMN[facet]} IN (${sqlList(search[facet])})` : null
}

/**
 * The WHERE clause of a search (over `vehicleSearchFrom`). It starts from what visitors may see —
 * the same rule as the collection's read access (published, for sale or reserved) — because counts
 * and ids come from SQL; the cards themselves are then read through the Local API with the
 * visitor's access. `except` leaves out one facet's filter (its own counts); `'facets'` leaves out
 * all of them (the single pass of src/db/vehicleSearchFacets.ts applies them itself).
 */
export function vehicleSearchWhere(search: VehicleSearch, except?: MultiFacet | 'facets'): SQL {
  const where: SQL[] = [sql`v._status = 'published'`, VISIBLE_STATUS]
  if (except !== 'facets') {
    for (const facet of MULTI_FACETS) {
      const match = facet === except ? null : facetMatch(search, facet)
      if (match) where.push(match)
    }
  }
  if (search.model) where.push(...textConditions(search.model))
  if (search.yearMin) where.push(sql`v.year >= ${search.yearMin}`)
  if (search.yearMax) where.push(sql`v.year <= ${search.yearMax}`)
  if (search.priceMin !== undefined) where.push(sql`v.price_euro_amount >= ${search.priceMin * 100}`)
  if (search.priceMax !== undefined) where.push(sql`v.price_euro_amount <= ${search.priceMax * 100}`)
  // A car that cannot be priced has no landed price: no budget can include it.
  if (search.landedMax !== undefined) where.push(sql`lp.total_cents <= ${search.landedMax * 100}`)
  if (search.mileageMax !== undefined) where.push(sql`v.mileage_km <= ${search.mileageMax}`)
  if (search.noRti) where.push(sql`(v.has_coc OR v.first_registration_date <= now() - interval '30 years')`)
  return sql.join(where, sql` AND `)
}
