import { sql } from '@payloadcms/db-postgres'
import type { CollectionBeforeChangeHook } from 'payload'

import { requestDb } from '@/db/requestDb'
import { vehicleSearchText } from '@/domain/vehicleName'
import type { Vehicle } from '@/payload-types'

type Names = { modelName?: string | null; trimName?: string | null }

/** A localized value as saved: one language's text, or every language's when saved with locale "all". */
const texts = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : value && typeof value === 'object'
      ? Object.values(value).filter((text): text is string => typeof text === 'string')
      : []

/**
 * Keeps `searchText`, what the storefront's free text matches, in step with the names in every
 * language. A save carries one language's names; the others are read from the stored rows (one small
 * query by primary key, in the save's transaction), so that saving the English names keeps the
 * French ones findable.
 */
export const fillSearchText: CollectionBeforeChangeHook<Vehicle> = async ({ data, originalDoc, req, operation }) => {
  const merged = { ...originalDoc, ...data }
  const own: Names[] = [
    ...texts(merged.modelName).map((modelName) => ({ modelName })),
    ...texts(merged.trimName).map((trimName) => ({ trimName })),
  ]
  const id = operation === 'update' ? originalDoc?.id : undefined
  const saved = typeof req.locale === 'string' && req.locale !== 'all' ? req.locale : null
  let others: Names[] = []
  if (id && saved) {
    const db = await requestDb(req)
    const { rows } = await db.execute<{ model_name: string | null; trim_name: string | null }>(
      sql`SELECT model_name, trim_name FROM vehicles_locales WHERE _parent_id = ${id} AND _locale::text <> ${saved}`,
    )
    others = rows.map((row) => ({ modelName: row.model_name, trimName: row.trim_name }))
  }
  return { ...data, searchText: vehicleSearchText(merged, [...own, ...others]) }
}
