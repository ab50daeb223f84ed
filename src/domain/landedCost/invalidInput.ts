import { compareDates, isIsoDate } from '../calendarDate'
import { isCents } from '../money'
import { isRegionCode } from '../regions'
import { refuse, type LandedCostInput, type Refusal } from './types'

/** The input's own mistakes (a price that is not whole cents, an unknown region…), before any rule is read. */
export function invalidInput(input: LandedCostInput): Refusal | null {
  if (!isCents(input.vehiclePrice) || input.vehiclePrice < 0) {
    return refuse('vehiclePrice', 'The vehicle price must be a whole number of cents, 0 or more.')
  }
  if (!/^[A-Z]{2}$/i.test(input.originCountry ?? '')) {
    return refuse('originCountry', 'The origin country must be an ISO 3166 alpha-2 code.')
  }
  if (input.destination?.country !== 'FR')
    return refuse('destination.country', 'Only registrations in France are priced.')
  if (!isRegionCode(input.destination.region)) return refuse('destination.region', 'Unknown French region code.')
  if (!isIsoDate(input.registrationDate)) return refuse('registrationDate', 'The registration date must be YYYY-MM-DD.')
  const first = input.firstRegistrationDate
  if (first != null) {
    if (!isIsoDate(first)) return refuse('firstRegistrationDate', 'The first registration date must be YYYY-MM-DD.')
    if (compareDates(first, input.registrationDate) > 0) {
      return refuse('firstRegistrationDate', 'The first registration cannot be after the French registration.')
    }
  }
  if (!Number.isFinite(input.mileageKm) || input.mileageKm < 0)
    return refuse('mileageKm', 'The mileage must be 0 km or more.')
  if (!Number.isInteger(input.fiscalHp) || input.fiscalHp < 1) {
    return refuse('fiscalHp', 'The fiscal horsepower (CV) must be a whole number, 1 or more.')
  }
  for (const field of ['co2GKm', 'co2NedcGKm', 'massKg', 'electricRangeKm'] as const) {
    const value = input[field]
    if (value != null && (!Number.isFinite(value) || value < 0)) return refuse(field, `${field} must be 0 or more.`)
  }
  const services = input.services ?? {}
  for (const [key, cost] of Object.entries(services)) {
    const costs = Array.isArray(cost) ? cost : [cost]
    if (costs.some((c) => c && (!isCents(c.amount) || c.amount < 0))) {
      return refuse(`services.${key}`, 'Service amounts must be whole numbers of cents, 0 or more.')
    }
  }
  return null
}
