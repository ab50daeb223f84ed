import { divideHalfUp } from '../money'
import type { ServiceCost, VatRegime } from './types'

export function vatRegimeOf(
  inEuFreeCirculation: boolean,
  newForVat: boolean,
  sellerType: 'dealer' | 'private',
): VatRegime {
  if (!inEuFreeCirculation) return 'import'
  if (newForVat) return 'eu_new_vehicle'
  return sellerType === 'dealer' ? 'eu_used_dealer' : 'eu_private'
}

/** A cost without the French VAT it may include, for the customs value and the import VAT base. */
export function netOfVat(cost: Pick<ServiceCost, 'amount' | 'vatIncluded'> | undefined, vatPercent: number): number {
  if (!cost) return 0
  if (!cost.vatIncluded) return cost.amount
  const scale = 10_000
  return Number(divideHalfUp(BigInt(cost.amount) * BigInt(100 * scale), BigInt(Math.round((100 + vatPercent) * scale))))
}
