import type { Field, FieldHook } from 'payload'

import { idOf } from '@/domain/relationId'
import { vehicleName, type NameLanguage } from '@/domain/vehicleName'

const computed = { create: () => false, update: () => false }

/** The snapshot in one language: the car's name in that language and its year. */
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
      select: { make: true, model: true, trim: true, modelName: true, trimName: true, year: true },
      depth: 0,
      limit: 1,
      draft: true,
      locale: language,
      req,
    })
    const car = found.docs[0]
    return car ? [vehicleName(car, language), car.year].filter(Boolean).join(' · ') : null
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
