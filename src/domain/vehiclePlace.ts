/**
 * What a vehicle page says about where the car is: a place people recognise, never raw coordinates.
 * At our showroom: its name and full address (visitors come to see the car). Anywhere else: the town
 * and country only, because the street is usually a private seller's home or a dealer we buy from.
 * The coordinates only centre the map, shown with the visitor's consent; away from the showroom
 * they are rounded to about a kilometre so the map points at the town, not at a house.
 */
export type PlaceFields = {
  name?: string | null
  address?: string | null
  postcode?: string | null
  city?: string | null
  country?: string | null
  lat?: number | null
  lng?: number | null
}

export type ShownPlace = {
  atShowroom: boolean
  /** The showroom's name, or null elsewhere. */
  name: string | null
  /** The street, at the showroom only. */
  address: string | null
  /** "69007 Lyon" at the showroom, "Lyon" elsewhere. */
  city: string
  country: string | null
  /** For the map only; never printed. */
  centre: { lat: number; lng: number } | null
}

const same = (a?: string | null, b?: string | null) =>
  Boolean(a && b && a.trim().toLowerCase() === b.trim().toLowerCase())

const hasCoordinates = (place: PlaceFields): place is PlaceFields & { lat: number; lng: number } =>
  typeof place.lat === 'number' && typeof place.lng === 'number'

/** The vehicle's own location when it has a town, else the showroom's; null when neither is known. */
export function shownPlace(
  vehicle: PlaceFields | null | undefined,
  showroom: PlaceFields | null | undefined,
): ShownPlace | null {
  const atShowroom = !vehicle?.city || (same(vehicle.city, showroom?.city) && same(vehicle.address, showroom?.address))
  if (atShowroom) {
    if (!showroom?.city) return null
    return {
      atShowroom: true,
      name: showroom.name?.trim() || null,
      address: showroom.address?.trim() || null,
      city: [showroom.postcode, showroom.city].filter(Boolean).join(' '),
      country: showroom.country ?? null,
      centre: hasCoordinates(showroom) ? { lat: showroom.lat, lng: showroom.lng } : null,
    }
  }
  const round = (value: number) => Math.round(value * 100) / 100
  return {
    atShowroom: false,
    name: null,
    address: null,
    city: vehicle!.city!.trim(),
    country: vehicle!.country ?? null,
    centre: hasCoordinates(vehicle!) ? { lat: round(vehicle!.lat), lng: round(vehicle!.lng) } : null,
  }
}
