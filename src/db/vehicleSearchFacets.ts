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
 * Each row that passes the other filters (price, year, text…) says, per facet, whether the other
 * facets' filters hold (`ok_<facet>`) and whether all do (`ok_all`). One GROUP BY with a grouping
 * set per facet, (value, its flag), and one for the total, (ok_all), reads the rows once; only the
 * groups whose flag holds are kept. Rows that fail two facet filters or more count nowhere: the
 * WHERE drops them first.
 *
 * Rows: `{ facet, value, count }`, plus `{ facet: TOTAL_FACET, value: null, count: total }` unless
 * nothing matches.
 */
export function vehicleSearchFacetsQuery(search: VehicleSearch): SQL {
  const matches = Object.fromEntries(MULTI_FACETS.map((facet) => [facet, facetMatch(search, facet)])) as Record<
    MultiFacet,
    SQL | null
  >
  const filtered = MULTI_FACETS.filter((facet) => matches[facet])
  // NULL (a car without that field) never matches a filter: false, so the flags add up.
  const holds = (facet: MultiFacet) => sql`COALESCE(${matches[facet]}, FALSE)`
  const allOf = (facets: MultiFacet[]) => (facets.length ? sql.join(facets.map(holds), sql` AND `) : sql`TRUE`)
  const ok = (facet: MultiFacet | 'all') => sql.raw(`ok_${facet}`)
  const value = (facet: MultiFacet) => sql.raw(`value_${facet}`)
  const grouped = (facet: MultiFacet) => sql`GROUPING(${value(facet)}) = 0`

  const where = [vehicleSearchWhere(search, 'facets')]
  if (filtered.length >= 2)
    where.push(
      sql`(${sql.join(
        filtered.map((facet) => sql`${holds(facet)}::int`),
        sql` + `,
      )}) >= ${filtered.length - 1}`,
    )
  const columns = [
    ...MULTI_FACETS.map((facet) => sql`${FACET_COLUMN[facet]} AS ${value(facet)}`),
    ...MULTI_FACETS.map((facet) => sql`${allOf(filtered.filter((other) => other !== facet))} AS ${ok(facet)}`),
    sql`${allOf(filtered)} AS ${ok('all')}`,
  ]
  const whichSet = (pick: (facet: MultiFacet) => SQL, otherwise: SQL) =>
    sql`CASE ${sql.join(
      MULTI_FACETS.map((facet) => sql`WHEN ${grouped(facet)} THEN ${pick(facet)}`),
      sql` `,
    )} ELSE ${otherwise} END`

  return sql`
    SELECT ${whichSet((facet) => sql`${facet}`, sql`${TOTAL_FACET}`)} AS facet,
      ${whichSet((facet) => sql`${value(facet)}::text`, sql`NULL`)} AS value, count(*) AS count
    FROM (SELECT ${sql.join(columns, sql`, `)} FROM ${vehicleSearchFrom(search)}
          WHERE ${sql.join(where, sql` AND `)}) s
    GROUP BY GROUPING SETS (${sql.join(
      MULTI_FACETS.map((facet) => sql`(${value(facet)}, ${ok(facet)})`),
      sql`, `,
    )}, (${ok('all')}))
    HAVING ${whichSet(ok, ok('all'))}`
}
