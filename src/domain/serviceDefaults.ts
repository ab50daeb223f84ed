import type { IsoDate } from './calendarDate'
import { isEuCountry } from './countries'
import type { ImportRules } from './importRules'
import { registrationCheck } from './landedCost/registrationCheck'
import type { OtherServiceCost } from './landedCost/types'
import { percentOf } from './money'
import { isCollectorOf, type CollectorStatus } from './vehicleLandedCost'

/** The freight row that applies to every origin without a row of its own. */
export const ANY_ORIGIN = 'any'

/** Our published cost estimates (cents), as kept in the site settings' quote defaults. */
export type QuoteDefaults = {
  insurancePercent?: number | null
  transport?:
    | {
        origin: string
        amount: number
        inland?: number | null
        portHandling?: number | null
        /** A fixed insurance premium for this route; it replaces the percentage. */
        insurance?: number | null
      }[]
    | null
  cocCost?: number | null
  rtiBudget?: number | null
  collectorAttestation?: number | null
  brokerFee?: number | null
  technicalInspection?: number | null
  serviceFee?: number | null
}

type VehicleFacts = {
  originCountry: string
  inEuFreeCirculation?: boolean | null
  hasCoc?: boolean | null
  price?: { amount?: number | null } | null
  firstRegistrationDate?: string | null
  mileageKm?: number | null
  /** Staff's word on heading 9705 (the vehicle's `collector` status); `age` leaves it to the age rule. */
  collector?: CollectorStatus | null
}

/** The collector registration's attestation, priced as an `other` service (code `other:ffve_attestation`). */
export const COLLECTOR_ATTESTATION = {
  code: 'ffve_attestation',
  label: 'FFVE attestation (collector registration)',
  labelFr: 'Attestation FFVE (carte grise collection)',
} as const

/**
 * The services a vehicle will need, priced from our estimates for its origin. With the rules and the
 * registration day, the registration check decides as the engine will: a collector car (staff's word, or
 * 30 years old by then) registers on an FFVE attestation instead of an individual approval (RTI).
 * Without them only staff's `isCollector` counts.
 */
export function serviceDefaults(
  defaults: QuoteDefaults | null | undefined,
  vehicle: VehicleFacts,
  on?: { rules: ImportRules; date: IsoDate },
) {
  const origin = vehicle.originCountry
  const freight =
    defaults?.transport?.find((row) => row.origin === origin) ??
    defaults?.transport?.find((row) => row.origin === ANY_ORIGIN)
  const outsideEu = !vehicle.inEuFreeCirculation && !isEuCountry(origin)
  const insurancePercent = defaults?.insurancePercent ?? 0
  const first = vehicle.firstRegistrationDate ? vehicle.firstRegistrationDate.slice(0, 10) : null
  const collector = on
    ? registrationCheck(
        {
          originCountry: origin,
          inEuFreeCirculation: !outsideEu,
          firstRegistrationDate: first,
          mileageKm: vehicle.mileageKm ?? 0,
          hasCoc: Boolean(vehicle.hasCoc),
          isCollector: isCollectorOf(vehicle.collector),
        },
        on.rules,
        on.date,
      ).collectorEligible
    : Boolean(isCollectorOf(vehicle.collector))
  const attestation = collector && !vehicle.hasCoc ? (defaults?.collectorAttestation ?? 0) : 0
  const other: OtherServiceCost[] = attestation > 0 ? [{ ...COLLECTOR_ATTESTATION, amount: attestation }] : []
  return {
    transport: freight?.amount ?? null,
    insurance:
      freight?.insurance ?? (insurancePercent > 0 ? percentOf(vehicle.price?.amount ?? 0, insurancePercent) : null),
    portHandling: outsideEu ? (freight?.portHandling ?? null) : null,
    inlandTransport: freight?.inland ?? null,
    coc: !vehicle.hasCoc && !outsideEu && !collector ? (defaults?.cocCost ?? null) : null,
    rti: !vehicle.hasCoc && outsideEu && !collector ? (defaults?.rtiBudget ?? null) : null,
    broker: outsideEu ? (defaults?.brokerFee ?? null) : null,
    technicalInspection: defaults?.technicalInspection ?? null,
    other,
    serviceFee: defaults?.serviceFee ?? null,
  }
}
