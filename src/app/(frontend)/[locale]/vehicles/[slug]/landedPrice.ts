import { computeLandedCost, type LandedCostResult } from '@/domain/landedCost'
import type { ImportRules, RegionCode } from '@/domain/importRules'
import { serviceDefaults, type QuoteDefaults } from '@/domain/serviceDefaults'
import { landedCostInput, type VehicleFacts } from '@/domain/vehicleLandedCost'

export type LandedPrice =
  | { ok: true; result: Extract<LandedCostResult, { ok: true }>; serviceFee: number; total: number }
  | { ok: false; reason: string; reasonFr: string }

/** The storefront estimate: the landed cost with our published service estimates and fee. */
export function landedPrice(
  vehicle: VehicleFacts & { hasCoc?: boolean | null; inEuFreeCirculation?: boolean | null },
  region: RegionCode,
  rules: ImportRules,
  defaults: QuoteDefaults | null | undefined,
  today: string,
): LandedPrice {
  const services = serviceDefaults(defaults, { ...vehicle, originCountry: vehicle.originCountry })
  const input = landedCostInput(vehicle, { region, registrationDate: today, services })
  if (!input.ok) return { ok: false, reason: input.reason, reasonFr: input.reasonFr }
  const result = computeLandedCost(input.value, rules)
  if (!result.ok) return { ok: false, reason: result.reason, reasonFr: result.reasonFr }
  const serviceFee = services.serviceFee ?? 0
  return { ok: true, result, serviceFee, total: result.total + serviceFee }
}
