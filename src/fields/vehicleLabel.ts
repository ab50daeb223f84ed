import type { Field } from 'payload'

import { idOf } from '@/domain/relationId'

const computed = { create: () => false, update: () => false }

/**
 * The vehicle as the customer agreed to it ("Porsche 911 Carrera · 2019"), written whenever the
 * vehicle changes. Once sold, the car leaves the public inventory and customers can no longer read
 * it, but their quote and order must still say what they bought.
 */
export const vehicleLabel: Field = {
  name: 'vehicleLabel',
  type: 'text',
  access: computed,
  admin: { readOnly: true, position: 'sidebar', description: 'Written from the vehicle.' },
  hooks: {
    beforeChange: [
      async ({ siblingData, originalDoc, value, req }) => {
        const vehicle = siblingData.vehicle ?? originalDoc?.vehicle
        const id = idOf(vehicle)
        if (!id) return null
        const previous = idOf(originalDoc?.vehicle)
        if (value && String(previous) === String(id)) return value
        const found = await req.payload.find({
          collection: 'vehicles',
          where: { id: { equals: id } },
          select: { title: true, year: true },
          depth: 0,
          limit: 1,
          draft: true,
          req,
        })
        const car = found.docs[0]
        return car ? [car.title, car.year].filter(Boolean).join(' · ') : null
      },
    ],
  },
}
