import type { Energy, RegionCode } from './importRules'
import type { LandedCostInput, ServiceCost, ServiceCosts } from './landedCost'

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

/**
 * A service as the page or the quote prices it: an amount in cents, or the amount with the flags staff
 * set on the quote line (VAT included, in the customs value, in the import VAT base). Flags left out
 * take the defaults of the service's kind (`defaultTreatment`).
 */
type Amount = number | ServiceCost | null | undefined
export type ServiceAmounts = Partial<
  Record<
    'transport' | 'insurance' | 'inlandTransport' | 'portHandling' | 'coc' | 'rti' | 'broker' | 'technicalInspection',
    Amount
  >
>

function serviceCost(amount: Amount): ServiceCost | null {
  if (amount == null) return null
  const cost = typeof amount === 'number' ? { amount } : amount
  return cost.amount > 0 ? cost : null
}

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
  for (const [key, amount] of Object.entries(options.services ?? {}) as [keyof ServiceAmounts, Amount][]) {
    const cost = serviceCost(amount)
    if (cost) services[key] = cost
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
