import type { Energy, RegionCode } from './importRules'
import type { LandedCostInput, ServiceCosts } from './landedCost'

/** The vehicle facts the landed cost needs, as stored in the inventory (amounts in cents). */
export type VehicleFacts = {
  price?: { amount?: number | null } | null
  sellerType?: 'dealer' | 'private' | null
  originCountry: string
  inEuFreeCirculation?: boolean | null
  firstRegistrationDate?: string | null
  mileageKm: number
  co2WltpGKm?: number | null
  co2NedcGKm?: number | null
  massKg?: number | null
  fiscalHp?: number | null
  fuel: string
  electricRangeKm?: number | null
  make?: string | null
  hasCoc?: boolean | null
  originStatement?: boolean | null
}

type Amount = number | null | undefined
export type ServiceAmounts = Partial<
  Record<'transport' | 'insurance' | 'inlandTransport' | 'coc' | 'rti' | 'broker' | 'technicalInspection', Amount>
>

const SERVICES_WITHOUT_VAT = new Set(['transport', 'insurance'])

/** Builds the landed-cost input of a stock vehicle for a destination region and registration day. */
export function landedCostInput(
  vehicle: VehicleFacts,
  options: { region: RegionCode; registrationDate: string; services?: ServiceAmounts },
): { ok: true; value: LandedCostInput } | { ok: false; reason: string; reasonFr: string } {
  if (!vehicle.price?.amount)
    return { ok: false, reason: 'The vehicle has no price.', reasonFr: 'Le véhicule n’a pas de prix.' }
  if (!vehicle.fiscalHp) {
    return {
      ok: false,
      reason: 'The vehicle has no fiscal horsepower (CV): the regional tax needs it.',
      reasonFr: 'La puissance fiscale (CV) du véhicule manque : la taxe régionale en dépend.',
    }
  }

  const services: ServiceCosts = {}
  for (const [key, amount] of Object.entries(options.services ?? {})) {
    if (amount && amount > 0) {
      // International freight and its insurance are invoiced without VAT; our other services include it.
      ;(services as Record<string, { amount: number; vatIncluded: boolean }>)[key] = {
        amount,
        vatIncluded: !SERVICES_WITHOUT_VAT.has(key),
      }
    }
  }

  return {
    ok: true,
    value: {
      vehiclePrice: vehicle.price.amount,
      sellerType: vehicle.sellerType ?? 'dealer',
      originCountry: vehicle.originCountry,
      inEuFreeCirculation: Boolean(vehicle.inEuFreeCirculation),
      destination: { country: 'FR', region: options.region },
      firstRegistrationDate: vehicle.firstRegistrationDate ? vehicle.firstRegistrationDate.slice(0, 10) : null,
      registrationDate: options.registrationDate,
      mileageKm: vehicle.mileageKm,
      co2GKm: vehicle.co2WltpGKm ?? null,
      co2NedcGKm: vehicle.co2NedcGKm ?? null,
      massKg: vehicle.massKg ?? null,
      fiscalHp: vehicle.fiscalHp,
      energy: vehicle.fuel as Energy,
      electricRangeKm: vehicle.electricRangeKm ?? null,
      make: vehicle.make ?? null,
      hasCoc: Boolean(vehicle.hasCoc),
      originStatement: Boolean(vehicle.originStatement),
      services,
    },
  }
}
