import { isEuCountry } from './countries'
import { percentOf } from './money'

/** The freight row that applies to every origin without a row of its own. */
export const ANY_ORIGIN = 'any'

/** Our published cost estimates (cents), as kept in the site settings' quote defaults. */
export type QuoteDefaults = {
  insurancePercent?: number | null
  transport?: { origin: string; amount: number; inland?: number | null }[] | null
  cocCost?: number | null
  rtiBudget?: number | null
  brokerFee?: number | null
  technicalInspection?: number | null
  serviceFee?: number | null
}

type VehicleFacts = {
  originCountry: string
  inEuFreeCirculation?: boolean | null
  hasCoc?: boolean | null
  price?: { amount?: number | null } | null
}

/** The services a vehicle will need, priced from our estimates for its origin. */
export function serviceDefaults(defaults: QuoteDefaults | null | undefined, vehicle: VehicleFacts) {
  const origin = vehicle.originCountry
  const freight =
    defaults?.transport?.find((row) => row.origin === origin) ??
    defaults?.transport?.find((row) => row.origin === ANY_ORIGIN)
  const outsideEu = !vehicle.inEuFreeCirculation && !isEuCountry(origin)
  const insurancePercent = defaults?.insurancePercent ?? 0
  return {
    transport: freight?.amount ?? null,
    inlandTransport: freight?.inland ?? null,
    insurance: insurancePercent > 0 ? percentOf(vehicle.price?.amount ?? 0, insurancePercent) : null,
    coc: !vehicle.hasCoc && !outsideEu ? (defaults?.cocCost ?? null) : null,
    rti: !vehicle.hasCoc && outsideEu ? (defaults?.rtiBudget ?? null) : null,
    broker: outsideEu ? (defaults?.brokerFee ?? null) : null,
    technicalInspection: defaults?.technicalInspection ?? null,
    serviceFee: defaults?.serviceFee ?? null,
  }
}
