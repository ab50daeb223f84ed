import type { LandedCostResult } from './landedCost'
import type { ImportRules, RegionCode } from './importRules'
import { serviceDefaults, type QuoteDefaults } from './serviceDefaults'
import { inEuros, vehicleLandedCost, type VehicleFacts } from './vehicleLandedCost'

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

/** One region's stored landed price: the page's total in euro cents, or why the car cannot be priced. */
export type RegionLandedPrice =
  | { region: RegionCode; total: number; reason: null; reasonFr: null }
  | { region: RegionCode; total: null; reason: string; reasonFr: string }

/**
 * The car's landed price in every region, as the vehicle page would show it on `today`: what the
 * search stores, so that a card, a sort and a budget agree with the page to the cent.
 */
export function landedPricesByRegion(
  vehicle: Parameters<typeof landedPrice>[0],
  regions: readonly RegionCode[],
  rules: ImportRules,
  defaults: QuoteDefaults | null | undefined,
  today: string,
): RegionLandedPrice[] {
  return regions.map((region) => {
    const price = landedPrice(vehicle, region, rules, defaults, today)
    return price.ok
      ? { region, total: price.total, reason: null, reasonFr: null }
      : { region, total: null, reason: price.reason, reasonFr: price.reasonFr }
  })
}
