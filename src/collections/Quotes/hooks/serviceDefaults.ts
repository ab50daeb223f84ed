import { isEuCountry } from '@/domain/countries'
import { percentOf } from '@/domain/money'
import type { SiteSetting, Vehicle } from '@/payload-types'

type Defaults = NonNullable<SiteSetting['quoteDefaults']>

/** Our cost estimates for a vehicle's origin, from the quote defaults in the site settings (cents). */
export function serviceDefaults(defaults: Defaults | null | undefined, vehicle: Vehicle) {
  const origin = vehicle.originCountry
  const freight = defaults?.transport?.find((row) => row.origin === origin) ?? defaults?.transport?.find((row) => row.origin === '*')
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
