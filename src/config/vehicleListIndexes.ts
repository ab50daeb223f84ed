import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'
import { index, type PgTableWithColumns } from '@payloadcms/db-postgres/drizzle/pg-core'

type PostgresSchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]
type Table = PgTableWithColumns<any> // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * Indexes Payload does not declare, for the public list of vehicles (docs/architecture.md,
 * Performance budgets; measured at 10,000 vehicles with `scripts/profile-rest.ts`):
 *
 * - Payload joins a vehicle's localized values (`vehicles_locales`) and its `hasMany` texts
 *   (`vehicles_texts`) on the parent id alone, but indexes them on (locale, parent) only: each row
 *   of a page walked the whole index (11,200 buffers for 24 cars; 740 with these).
 * - The list's count runs on every request: on the usual filters (fuel, body, price) under the
 *   visitor's access condition (published, for sale or reserved) it reads this one index instead
 *   of every row (637 buffers for a sequential scan at 10,000; 26).
 *
 * Declared on the Drizzle schema rather than in SQL alone so that generated migrations keep them.
 */
export const vehicleListIndexes: PostgresSchemaHook = ({ schema, extendTable }) => {
  const tables = schema.tables as Record<string, Table | undefined>
  const { vehicles, vehicles_locales: locales, vehicles_texts: texts } = tables
  if (!vehicles || !locales || !texts) throw new Error('vehicleListIndexes: the vehicles tables are missing')
  extendTable({
    table: vehicles,
    extraConfig: (table) => ({
      listFilterIdx: index('vehicles_list_filter_idx').on(
        table.fuel,
        table.body,
        table._status,
        table.status,
        table.price_amount,
      ),
    }),
  })
  extendTable({
    table: locales,
    extraConfig: (table) => ({ parentIdx: index('vehicles_locales_parent_idx').on(table._parentID) }),
  })
  extendTable({
    table: texts,
    extraConfig: (table) => ({
      parentOrderIdx: index('vehicles_texts_parent_order_idx').on(table.parent, table.order),
    }),
  })
  return schema
}
