import { sql } from '@payloadcms/db-postgres'
import type { Field, FieldHook } from 'payload'

import { requestDb } from '@/db/requestDb'
import { idOf } from '@/domain/relationId'
import { vehicleName, type NameLanguage } from '@/domain/vehicleName'

const computed = { create: () => false, update: () => false }

/**
 * The snapshot in one language: the car's name in that language and its year. The names in that
 * language are read with SQL in the save's transaction: a Local API read with a `locale` would set
 * it on the shared request, under the quote's own save and the other language's hook.
 */
function snapshotIn(language: NameLanguage): FieldHook {
  return async ({ siblingData, originalDoc, value, req }) => {
    const vehicle = siblingData.vehicle ?? originalDoc?.vehicle
    const id = idOf(vehicle)
    if (!id) return null
    const previous = idOf(originalDoc?.vehicle)
    if (value && String(previous) === String(id)) return value
    const found = await req.payload.find({
      collection: 'vehicles',
      where: { id: { equals: id } },
      select: { make: true, model: true, trim: true, year: true },
      depth: 0,
      limit: 1,
      draft: true,
      req,
    })
    const car = found.docs[0]
    if (!car) return null
    const { rows } = await (
      await requestDb(req)
    ).execute<{ model_name: string | null; trim_name: string | null }>(
      sql`SELECT model_name, trim_name FROM vehicles_locales WHERE _parent_id = ${car.id} AND _locale::text = ${language}`,
    )
    const names = { modelName: rows[0]?.model_name, trimName: rows[0]?.trim_name }
    return [vehicleName({ ...car, ...names }, language), car.year].filter(Boolean).join(' · ')
  }
}

/**
 * The vehicle as the customer agreed to it ("Porsche 911 Carrera · 2019"), written whenever the
 * vehicle changes. Once sold, the car leaves the public inventory and customers can no longer read
 * it, but their quote and order must still say what they bought — in their language, hence one
 * snapshot per language (`vehicleLabel` French, `vehicleLabelEn` English; see vehicleLabelIn).
 */
export const vehicleLabel: Field = {
  name: 'vehicleLabel',
  type: 'text',
  access: computed,
  admin: { readOnly: true, position: 'sidebar', description: 'Written from the vehicle.' },
  hooks: { beforeChange: [snapshotIn('fr')] },
}

export const vehicleLabelEn: Field = {
  name: 'vehicleLabelEn',
  label: 'Vehicle label (English)',
  type: 'text',
  access: computed,
  admin: { readOnly: true, position: 'sidebar', description: 'Written from the vehicle, for English readers.' },
  hooks: { beforeChange: [snapshotIn('en')] },
}
