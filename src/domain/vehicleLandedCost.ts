import type { Energy, ImportRules, RegionCode } from './importRules'
import {
  computeLandedCost,
  type LandedCostInput,
  type LandedCostResult,
  type OtherServiceCost,
  type ServiceCost,
  type ServiceCosts,
} from './landedCost'

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
  /** Not on the vehicle record yet: whether the car itself has EU type approval (malus on CO2 or on CV). */
  euTypeApproval?: boolean | null
  /** Not on the vehicle record yet: staff's word on heading 9705; absent, derived from the age. */
  isCollector?: boolean | null
}

export interface VehicleLandedCostOptions {
  region: RegionCode
  registrationDate: string
  /** Day of customs clearance; absent, the registration date. */
  clearanceDate?: string | null
  services?: ServiceAmounts
}

/**
 * A service as the page or the quote prices it: an amount in cents, or the amount with the flags staff
 * set on the quote line (VAT included, in the customs value, in the import VAT base). Flags left out
 * take the defaults of the service's kind (`defaultTreatment`).
 */
type Amount = number | ServiceCost | null | undefined
const SERVICE_KEYS = [
  'transport',
  'insurance',
  'portHandling',
  'inlandTransport',
  'coc',
  'rti',
  'broker',
  'technicalInspection',
] as const
export type ServiceAmounts = Partial<Record<(typeof SERVICE_KEYS)[number], Amount>> & {
  /** Services staff add by hand (and the collector attestation): engine lines `other:<code>`. */
  other?: OtherServiceCost[] | null
}

function serviceCost(amount: Amount): ServiceCost | null {
  if (amount == null) return null
  const cost = typeof amount === 'number' ? { amount } : amount
  return cost.amount > 0 ? cost : null
}

/** Builds the landed-cost input of a stock vehicle for a destination region and registration day. */
export function landedCostInput(
  vehicle: VehicleFacts,
  options: VehicleLandedCostOptions,
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
  for (const key of SERVICE_KEYS) {
    const cost = serviceCost(options.services?.[key])
    if (cost) services[key] = cost
  }
  const other = (options.services?.other ?? []).filter((service) => service.amount !== 0)
  if (other.length) services.other = other

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
      clearanceDate: options.clearanceDate ?? null,
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
      euTypeApproval: vehicle.euTypeApproval ?? null,
      isCollector: vehicle.isCollector ?? null,
      services,
    },
  }
}

export type VehicleLandedCost =
  Extract<LandedCostResult, { ok: false }> | (Extract<LandedCostResult, { ok: true }> & { input: LandedCostInput })

/**
 * The landed cost of a stock vehicle, as the vehicle page and the quote builder price it: the engine's
 * result with the input it was computed from, or a refusal naming what is missing.
 */
export function vehicleLandedCost(
  vehicle: VehicleFacts,
  options: VehicleLandedCostOptions,
  rules: ImportRules,
): VehicleLandedCost {
  const input = landedCostInput(vehicle, options)
  if (!input.ok) {
    const field = vehicle.price?.amount ? 'fiscalHp' : 'vehiclePrice'
    return { ok: false, field, reason: input.reason, reasonFr: input.reasonFr }
  }
  const result = computeLandedCost(input.value, rules)
  return result.ok ? { ...result, input: input.value } : result
}
