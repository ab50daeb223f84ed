import type { SelectType } from 'payload'

/**
 * What a vehicle card shows: the fields a page block or a quote gets when it links to a vehicle
 * (`defaultPopulate`) and the public REST list returns unless it is asked for others (`select`).
 * The full record (description, equipment, specification, location) is one vehicle's read.
 */
export const VEHICLE_CARD = {
  title: true,
  slug: true,
  make: true,
  model: true,
  trim: true,
  modelName: true,
  trimName: true,
  year: true,
  mileageKm: true,
  fuel: true,
  transmission: true,
  body: true,
  price: true,
  status: true,
  originCountry: true,
  hasCoc: true,
  headline: true,
  gallery: true,
} as const satisfies SelectType
