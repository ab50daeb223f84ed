import { compareDates, isIsoDate } from '../calendarDate'
import { isCents } from '../money'
import { isRegionCode } from '../regions'
import { refuse, type LandedCostInput, type Refusal } from './types'

const NUMERIC_FIELDS_FR = {
  co2GKm: 'Le CO2 WLTP (g/km)',
  co2NedcGKm: 'Le CO2 NEDC (g/km)',
  massKg: 'La masse en ordre de marche (kg)',
  electricRangeKm: 'L’autonomie électrique (km)',
} as const

/** The input's own mistakes (a price that is not whole cents, an unknown region…), before any rule is read. */
export function invalidInput(input: LandedCostInput): Refusal | null {
  if (!isCents(input.vehiclePrice) || input.vehiclePrice < 0) {
    return refuse(
      'vehiclePrice',
      'The vehicle price must be a whole number of cents, 0 or more.',
      'Le prix du véhicule doit être un nombre entier de centimes, positif ou nul.',
    )
  }
  if (!/^[A-Z]{2}$/i.test(input.originCountry ?? '')) {
    return refuse(
      'originCountry',
      'The origin country must be an ISO 3166 alpha-2 code.',
      'Le pays d’origine doit être un code ISO 3166 à deux lettres.',
    )
  }
  if (input.destination?.country !== 'FR') {
    return refuse(
      'destination.country',
      'Only registrations in France are priced.',
      'Seules les immatriculations en France sont chiffrées.',
    )
  }
  if (!isRegionCode(input.destination.region)) {
    return refuse('destination.region', 'Unknown French region code.', 'Code de région française inconnu.')
  }
  if (!isIsoDate(input.registrationDate)) {
    return refuse(
      'registrationDate',
      'The registration date must be YYYY-MM-DD.',
      'La date d’immatriculation doit être au format AAAA-MM-JJ.',
    )
  }
  const clearance = input.clearanceDate
  if (clearance != null) {
    if (!isIsoDate(clearance)) {
      return refuse(
        'clearanceDate',
        'The clearance date must be YYYY-MM-DD.',
        'La date de dédouanement doit être au format AAAA-MM-JJ.',
      )
    }
    // The customs certificate (846A) is needed to register: clearance cannot come after registration.
    if (compareDates(clearance, input.registrationDate) > 0) {
      return refuse(
        'clearanceDate',
        'Customs clearance cannot be after the French registration.',
        'Le dédouanement ne peut pas être postérieur à l’immatriculation française.',
      )
    }
  }
  const first = input.firstRegistrationDate
  if (first != null) {
    if (!isIsoDate(first)) {
      return refuse(
        'firstRegistrationDate',
        'The first registration date must be YYYY-MM-DD.',
        'La date de première immatriculation doit être au format AAAA-MM-JJ.',
      )
    }
    if (compareDates(first, input.registrationDate) > 0) {
      return refuse(
        'firstRegistrationDate',
        'The first registration cannot be after the French registration.',
        'La première immatriculation ne peut pas être postérieure à l’immatriculation française.',
      )
    }
  }
  if (!Number.isFinite(input.mileageKm) || input.mileageKm < 0) {
    return refuse('mileageKm', 'The mileage must be 0 km or more.', 'Le kilométrage doit être de 0 km ou plus.')
  }
  if (!Number.isInteger(input.fiscalHp) || input.fiscalHp < 1) {
    return refuse(
      'fiscalHp',
      'The fiscal horsepower (CV) must be a whole number, 1 or more.',
      'La puissance fiscale (CV) doit être un nombre entier, 1 ou plus.',
    )
  }
  for (const field of ['co2GKm', 'co2NedcGKm', 'massKg', 'electricRangeKm'] as const) {
    const value = input[field]
    if (value != null && (!Number.isFinite(value) || value < 0)) {
      return refuse(field, `${field} must be 0 or more.`, `${NUMERIC_FIELDS_FR[field]} doit valoir 0 ou plus.`)
    }
  }
  const services = input.services ?? {}
  for (const [key, cost] of Object.entries(services)) {
    const costs = Array.isArray(cost) ? cost : [cost]
    if (costs.some((c) => c && (!isCents(c.amount) || c.amount < 0))) {
      return refuse(
        `services.${key}`,
        'Service amounts must be whole numbers of cents, 0 or more.',
        'Les montants des prestations doivent être des nombres entiers de centimes, positifs ou nuls.',
      )
    }
  }
  return null
}
