import { sql } from '@payloadcms/db-postgres'
import type { SQL } from 'drizzle-orm'

import { MULTI_FACETS, type MultiFacet, type VehicleSearch } from '@/domain/vehicleSearch'
import { FACET_COLUMN, facetMatch, vehicleSearchFrom, vehicleSearchWhere } from './vehicleSearchWhere'

/** The row of the total among the facet rows: no facet has an empty name. */
export const TOTAL_FACET = ''

/**
 * Every facet's counts and the search's total in one pass over the vehicles, instead of one scan per
 * facet (each facet's counts ignore its own filter, so each needed its own WHERE).
 *
 * One GROUP BY with a grouping set per facet (and the empty one for the total) reads the rows once;
 * each set's count is filtered on the other facets' filters (the total's on all of them). Rows that
 * fail two facet filters or more can count nowhere: the WHERE drops them first.
 *
 * Rows: `{ facet, value, count }` (counts of 0 included, for values only the facet's own filter
 * admits), plus `{ facet: TOTAL_FACET, value: null, count: total }`.
 */
export function vehicleSearchFacetsQuery(search: VehicleSearch): SQL {
  const matches = Object.fromEntries(MULTI_FACETS.map((facet) => [facet, facetMatch(search, facet)])) as Record<
    MultiFacet,
    SQL | null
  >
  const filtered = MULTI_FACETS.filter((facet) => matches[facet])
  // NULL (a car without that field) never matches a filter: false, so the flags add up.
  const holds = (facet: MultiFacet) => sql`COALESCE(${matches[facet]}, FALSE)`
  const countWhere = (facets: MultiFacet[]) =>
    facets.length ? sql`count(*) FILTER (WHERE ${sql.join(facets.map(holds), sql` AND `)})` : sql`count(*)`
  const grouped = (facet: MultiFacet) => sql`GROUPING(${FACET_COLUMN[facet]}) = 0`

  const where = [vehicleSearchWhere(search, 'facets')]
  if (filtered.length >= 2)
    where.push(
      sql`(${sql.join(
        filtered.map((facet) => sql`${holds(facet)}::int`),
        sql` + `,
      )}) >= ${filtered.length - 1}`,
    )

  const facetName = sql.join(
    MULTI_FACETS.map((facet) => sql`WHEN ${grouped(facet)} THEN ${facet}`),
    sql` `,
  )
  const value = sql.join(
    MULTI_FACETS.map((facet) => sql`WHEN ${grouped(facet)} THEN ${FACET_COLUMN[facet]}`),
    sql` `,
  )
  const count = sql.join(
    MULTI_FACETS.map(
      (facet) => sql`WHEN ${grouped(facet)} THEN ${countWhere(filtered.filter((other) => other !== facet))}`,
    ),
    sql` `,
  )
  return sql`
    SELECT CASE ${facetName} ELSE ${TOTAL_FACET} END AS facet, CASE ${value} END AS value,
      CASE ${count} ELSE ${countWhere(filtered)} END AS count
    FROM ${vehicleSearchFrom(search)}
    WHERE ${sql.join(where, sql` AND `)}
    GROUP BY GROUPING SETS (${sql.join(
      MULTI_FACETS.map((facet) => sql`(${FACET_COLUMN[facet]})`),
      sql`, `,
    )}, ())`
}
