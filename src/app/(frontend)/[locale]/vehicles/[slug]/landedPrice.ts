import type { LandedCostResult } from '@/domain/landedCost'
import type { ImportRules, RegionCode } from '@/domain/importRules'
import { serviceDefaults, type QuoteDefaults } from '@/domain/serviceDefaults'
import { inEuros, vehicleLandedCost, type VehicleFacts } from '@/domain/vehicleLandedCost'

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
  const options = { region, registrationDate: today }
  // Estimates that are a share of the price (insurance) take it in euros, not in the seller's yen.
  const services = serviceDefaults(defaults, inEuros(vehicle, options, rules), { rules, date: today })
  const priced = vehicleLandedCost(vehicle, { ...options, services }, rules)
  if (!priced.ok) return { ok: false, reason: priced.reason, reasonFr: priced.reasonFr }
  const { input: _input, ...result } = priced
  const serviceFee = services.serviceFee ?? 0
  return { ok: true, result, serviceFee, total: result.total + serviceFee }
}
