import { compareDates, isIsoDate, type IsoDate } from './calendarDate'

/** Where a quote's customs clearance date came from, stored with its calculation. */
export type ClearanceDateSource =
  'staff' | 'order_customs_cleared' | 'order_eta' | 'expected_arrival' | 'registration_date'

export interface ClearanceDateFacts {
  /** `pricingInputs.clearanceDate`, as staff typed it. */
  staff?: string | null
  /** Timeline of the order the quote became: the `customs_cleared` entry is the 846A actually issued. */
  orderTimeline?: { status?: string | null; at?: string | null }[] | null
  /** The order's `shipping.eta`. */
  orderEta?: string | null
  /** `pricingInputs.expectedArrival`. */
  expectedArrival?: string | null
  registrationDate: IsoDate
}

export type ClearanceDateChoice =
  | { ok: true; date: IsoDate; from: ClearanceDateSource }
  | { ok: false; field: 'pricingInputs.clearanceDate' | 'pricingInputs.registrationDate'; message: string }

/** The calendar day an instant falls on in Paris, where the 846A is dated. */
export function parisDay(instant: string): IsoDate | null {
  const date = new Date(instant)
  if (Number.isNaN(date.getTime())) return null
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', dateStyle: 'short' }).format(date)
}

/** A date-only field as Payload stores it (an ISO instant at the start of the day) reduced to its day. */
const dayOf = (value: string | null | undefined): IsoDate | null => {
  const day = value ? value.slice(0, 10) : null
  return isIsoDate(day) ? day : null
}

const SOURCE_TEXT: Record<Exclude<ClearanceDateSource, 'staff' | 'registration_date'>, string> = {
  order_customs_cleared: 'the order’s “customs cleared” milestone',
  order_eta: 'the order’s shipping ETA',
  expected_arrival: 'the expected arrival at the EU port',
}

/**
 * The day customs duty and import VAT are read on: staff's date, else the best fact we hold, in this
 * order — the order's "customs cleared" milestone (the 846A is issued), the order's shipping ETA, the
 * quote's expected arrival at the EU port, and last the registration date. A car is cleared before it is
 * registered in France, so a clearance after the registration date is refused: on the clearance date
 * when staff typed it, on the registration date when it came from a fact the registration contradicts.
 */
export function chooseClearanceDate(facts: ClearanceDateFacts): ClearanceDateChoice {
  const registration = facts.registrationDate
  const staff = dayOf(facts.staff)
  if (staff) {
    return compareDates(staff, registration) > 0
      ? {
          ok: false,
          field: 'pricingInputs.clearanceDate',
          message: `Customs clearance (${staff}) cannot be after the French registration (${registration}): a car is cleared before it is registered.`,
        }
      : { ok: true, date: staff, from: 'staff' }
  }
  const cleared = (facts.orderTimeline ?? []).filter((entry) => entry.status === 'customs_cleared' && entry.at).at(-1)
  const candidates: [Exclude<ClearanceDateSource, 'staff' | 'registration_date'>, IsoDate | null][] = [
    ['order_customs_cleared', cleared?.at ? parisDay(cleared.at) : null],
    ['order_eta', dayOf(facts.orderEta)],
    ['expected_arrival', dayOf(facts.expectedArrival)],
  ]
  const found = candidates.find(([, date]) => date !== null)
  if (!found) return { ok: true, date: registration, from: 'registration_date' }
  const [from, date] = found as [(typeof candidates)[number][0], IsoDate]
  if (compareDates(date, registration) > 0) {
    return {
      ok: false,
      field: 'pricingInputs.registrationDate',
      message: `The expected registration (${registration}) is before customs clearance (${date}, from ${SOURCE_TEXT[from]}): set a later registration date, or the clearance date.`,
    }
  }
  return { ok: true, date, from }
}
