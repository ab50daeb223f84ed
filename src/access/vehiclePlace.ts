import type { FieldAccess } from 'payload'

import { isStaffUser } from './roles'

/**
 * Set in `context` by the storefront's server-side read of a vehicle page, the one reader outside
 * staff that needs the exact place: it turns it into what a visitor may see (the town, or our
 * showroom's address; coordinates rounded to the town away from it, src/domain/vehiclePlace.ts).
 * A REST or GraphQL request cannot set `context`: it starts empty.
 */
export const VEHICLE_PLACE_CONTEXT = 'readVehiclePlace'

/**
 * The street address and the coordinates of a car are often a private seller's home or a dealer we
 * buy from: staff read them, and the vehicle page's server code through `VEHICLE_PLACE_CONTEXT`.
 */
export const readExactPlace: FieldAccess = ({ req }) =>
  isStaffUser(req.user) || req.context?.[VEHICLE_PLACE_CONTEXT] === true
