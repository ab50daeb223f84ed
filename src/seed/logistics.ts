/** Carriers, vessels, ports, container numbers and French plates for the demo orders. */
import { containerCheckDigit } from '@/domain/containerNumber'
import { isEuCountry } from '@/domain/countries'
import type { Order } from '@/payload-types'
import type { Random } from './random'

const DAY = 86_400_000
const day = (offsetDays: number, now: number) => {
  const date = new Date(now + offsetDays * DAY)
  date.setUTCHours(12, 0, 0, 0)
  return date.toISOString()
}

/** A container number such as MSCU1234565, with its ISO 6346 check digit. */
export function containerNumber(owner: string, random: Random): string {
  const code = `${owner}U${random.chars('0123456789', 6)}`
  return `${code}${containerCheckDigit(code)}`
}

/** A French SIV plate such as GH-123-JK (no I, O or U; never SS or WW). */
export function frenchPlate(random: Random): string {
  const letters = 'ABCDEFGHJKLMNPQRSTVWXYZ'
  const pair = () => {
    for (;;) {
      const candidate = random.chars(letters, 2)
      if (candidate !== 'SS' && candidate !== 'WW') return candidate
    }
  }
  return `${pair()}-${random.chars('0123456789', 3)}-${pair()}`
}

type Leg = {
  carrier: string
  vessel?: string
  /** The ship's IMO number (public: what AIS sites look ships up by). */
  imo?: string
  owner?: string
  portOfLoading?: string
  portOfDischarge?: string
  transitDays: number
}

function legFor(origin: string, random: Random): Leg {
  if (origin === 'JP') {
    // MSC first: the demo client@'s order (the first pick of its own PRNG) lands on a line whose
    // container the portal can link to (docs/business.md, Tracking a shipment).
    return random.pick<Leg>([
      {
        carrier: 'MSC',
        vessel: 'MSC Gülsün',
        imo: '9839430',
        owner: 'MSC',
        portOfLoading: 'Nagoya',
        portOfDischarge: 'Le Havre',
        transitDays: 46,
      },
      {
        carrier: 'Ocean Network Express (ONE)',
        vessel: 'ONE Harmony',
        owner: 'ONE',
        portOfLoading: 'Yokohama',
        portOfDischarge: 'Le Havre',
        transitDays: 44,
      },
    ])
  }
  if (origin === 'US') {
    return random.pick<Leg>([
      {
        carrier: 'CMA CGM',
        vessel: 'CMA CGM Marco Polo',
        imo: '9454436',
        owner: 'CMA',
        portOfLoading: 'Newark (New York/New Jersey)',
        portOfDischarge: 'Le Havre',
        transitDays: 14,
      },
      {
        carrier: 'Maersk',
        vessel: 'Maersk Essen',
        imo: '9456783',
        owner: 'MSK',
        portOfLoading: 'Los Angeles',
        portOfDischarge: 'Le Havre',
        transitDays: 32,
      },
    ])
  }
  if (origin === 'CN' || origin === 'KR') {
    return {
      carrier: 'CMA CGM',
      vessel: 'CMA CGM Jacques Saadé',
      imo: '9839179',
      owner: 'CMA',
      portOfLoading: origin === 'CN' ? 'Shanghai' : 'Busan',
      portOfDischarge: 'Marseille-Fos',
      transitDays: 38,
    }
  }
  if (origin === 'GB') {
    return {
      carrier: 'Brittany Ferries Freight',
      vessel: 'Mont St Michel',
      portOfLoading: 'Portsmouth',
      portOfDischarge: 'Caen-Ouistreham',
      transitDays: 2,
    }
  }
  return random.pick<Leg>([
    { carrier: 'CAT Group (porte-voitures)', transitDays: 4 },
    { carrier: 'CEVA Logistics (porte-voitures)', transitDays: 5 },
    { carrier: 'Transports Hannequin (plateau individuel)', transitDays: 3 },
  ])
}

/** How many days ago the car arrived, by the stage the order has reached. */
const ARRIVED_DAYS_AGO: Partial<Record<NonNullable<Order['status']>, number>> = {
  arrived: 3,
  customs_cleared: 9,
  homologated: 16,
  registered: 24,
  ready: 30,
  delivered: 42,
}

export type ShippingPlan = {
  booked: NonNullable<Order['shipping']>
  shipped: NonNullable<Order['shipping']>
  sea: boolean
}

/** The shipping details of an order that will reach `target`, dated from today. */
export function shippingPlan(
  origin: string,
  target: NonNullable<Order['status']>,
  random: Random,
  now = Date.now(),
): ShippingPlan {
  const leg = legFor(origin, random)
  const transit = leg.transitDays
  let etd: number
  if (target === 'transport_booked') etd = random.int(5, 12)
  else if (target === 'shipped') etd = -Math.max(1, Math.floor(transit / 3))
  else etd = -(ARRIVED_DAYS_AGO[target] ?? 3) - transit
  const booking = `${(leg.owner ?? 'TRK').slice(0, 3)}${random.chars('0123456789', 7)}`
  const booked = {
    carrier: leg.carrier,
    bookingReference: booking,
    portOfLoading: leg.portOfLoading ?? null,
    portOfDischarge: leg.portOfDischarge ?? null,
    etd: day(etd, now),
    eta: day(etd + transit, now),
  }
  return {
    sea: Boolean(leg.vessel),
    booked,
    shipped: {
      ...booked,
      vessel: leg.vessel ?? null,
      vesselImo: leg.imo ?? null,
      containerNumber: leg.owner ? containerNumber(leg.owner, random) : null,
      // The B/L number follows the booking's (no new random draw: the rest of the demo stays the same).
      billOfLading: leg.vessel ? `${booking.slice(0, 3)}LH${booking.slice(3)}` : null,
    },
  }
}

export const needsCustoms = (origin: string) => !isEuCountry(origin)
export { day as daysFromNow }
