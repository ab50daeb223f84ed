import { isIsoDate, type IsoDate } from './calendarDate'
import { isCurrency, normalizeRate, toEuroCents, type CurrencyCode } from './currencies'
import { exchangeRateOn } from './exchangeRates'
import type { Energy, ImportRules, RegionCode } from './importRules'
import {
  computeLandedCost,
  type ExchangeBasis,
  type LandedCostInput,
  type LandedCostResult,
  type OtherServiceCost,
  type Refusal,
  type ServiceCost,
  type ServiceCosts,
} from './landedCost'
import { money, moneyFr, monthOf, monthOfFr, rate, rateFr } from './landedCost/currencyText'
import { dateFr, eurCents, eurCentsFr } from './landedCost/ruleText'

/** Staff's word on heading 9705: `age` leaves it to the car's age (30 years), the others decide. */
export type CollectorStatus = 'age' | 'attested' | 'not_collector'
/** Whether the car itself has EU type approval; `unknown` leaves it to the COC and the CO2 figure. */
export type TypeApprovalStatus = 'unknown' | 'eu' | 'none'

export function isCollectorOf(status: CollectorStatus | null | undefined): boolean | null {
  return status === 'attested' ? true : status === 'not_collector' ? false : null
}

export function euTypeApprovalOf(status: TypeApprovalStatus | null | undefined): boolean | null {
  return status === 'eu' ? true : status === 'none' ? false : null
}

/** The vehicle facts the landed cost needs, as stored in the inventory (amounts in cents). */
export type VehicleFacts = {
  /** `amount` in the minor units of `currency` (cents, or yen for JPY); absent currency is EUR. */
  price?: { amount?: number | null; currency?: string | null } | null
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
  /** Whether the car itself has EU type approval (malus on CO2 or, without it, on CV). */
  typeApproval?: TypeApprovalStatus | null
  /** Staff's word on heading 9705 (FFVE or maker attestation); `age` or absent: derived from the age. */
  collector?: CollectorStatus | null
}

/** A rate staff read themselves (a bank's, or the customs rate before the import rules hold it). */
export interface StaffExchangeRate {
  /** Units of the vehicle's currency per 1 euro. */
  perEuro: string | number
  /** The day staff read it. */
  date: IsoDate
}

export interface VehicleLandedCostOptions {
  region: RegionCode
  registrationDate: string
  /** Day of customs clearance; absent, the registration date. */
  clearanceDate?: string | null
  services?: ServiceAmounts
  /** For a price in another currency: staff's rate, used instead of the import rules' monthly rate. */
  exchangeRate?: StaffExchangeRate | null
}

/**
 * A service as the page or the quote prices it: an amount in cents, or the amount with the flags staff
 * set on the quote line (VAT included, in the customs value, in the import VAT base). Flags left out
 * take the defaults of the service's kind (`defaultTreatment`).
 */
type Amount = number | ServiceCost | null | undefined
/** The services a quote prices by amount (pricing inputs, quote defaults). */
export const PRICED_SERVICES = [
  'transport',
  'insurance',
  'portHandling',
  'inlandTransport',
  'coc',
  'rti',
  'broker',
  'technicalInspection',
] as const
export type ServiceAmounts = Partial<Record<(typeof PRICED_SERVICES)[number], Amount>> & {
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
  for (const key of PRICED_SERVICES) {
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
      euTypeApproval: euTypeApprovalOf(vehicle.typeApproval),
      isCollector: isCollectorOf(vehicle.collector),
      services,
    },
  }
}

export type VehicleLandedCost =
  Extract<LandedCostResult, { ok: false }> | (Extract<LandedCostResult, { ok: true }> & { input: LandedCostInput })

const refuseRate = (reason: string, reasonFr: string): Refusal => ({
  ok: false,
  field: 'exchangeRate',
  reason,
  reasonFr,
})

/**
 * The rate converting a price in `currency`: staff's when given, else the import rules' monthly rate in
 * force on the day customs accept the declaration (an import) or on the registration day (a car bought
 * in the EU). A missing or unusable rate is a refusal, never a price converted at a guess.
 */
function exchangeFor(
  currency: Exclude<CurrencyCode, 'EUR'>,
  amount: number,
  vehicle: VehicleFacts,
  options: VehicleLandedCostOptions,
  rules: ImportRules,
): Omit<ExchangeBasis, 'euroCents'> | Refusal {
  const staff = options.exchangeRate
  if (staff) {
    const perEuro = normalizeRate(staff.perEuro)
    if (!perEuro) {
      return refuseRate(
        `The staff exchange rate "${staff.perEuro}" is not a positive number of ${currency} per euro.`,
        `Le taux de change saisi « ${staff.perEuro} » n’est pas un nombre positif de ${currency} pour un euro.`,
      )
    }
    if (!isIsoDate(staff.date)) {
      return refuseRate(
        'The staff exchange rate needs the day it was read.',
        'Le taux de change saisi doit indiquer le jour où il a été relevé.',
      )
    }
    return { currency, amount, perEuro, date: staff.date, source: 'staff', sourceIds: [] }
  }
  const imported = !vehicle.inEuFreeCirculation
  const day = imported ? (options.clearanceDate ?? options.registrationDate) : options.registrationDate
  const row = exchangeRateOn(rules.exchangeRates, currency, day)
  const perEuro = row && normalizeRate(row.perEuro)
  if (!row || !perEuro) {
    return refuseRate(
      `No ${currency} exchange rate is held for ${monthOf(day)}, so the price in ${currency} cannot be converted to euros.`,
      `Aucun taux de change ${currency} n’est enregistré pour ${monthOfFr(day)} : le prix en ${currency} ne peut être converti en euros.`,
    )
  }
  return { currency, amount, perEuro, date: row.validFrom, source: 'customs', sourceIds: [...row.sourceIds] }
}

/** "¥3 250 000 at ¥162.35 per euro (customs rate of December 2026) = €20 018.48", in both languages. */
function conversionText(exchange: ExchangeBasis): { en: string; fr: string } {
  const currency = exchange.currency as CurrencyCode
  const which =
    exchange.source === 'customs'
      ? { en: `customs rate of ${monthOf(exchange.date)}`, fr: `taux douanier de ${monthOfFr(exchange.date)}` }
      : {
          en: `rate read by our staff on ${exchange.date}`,
          fr: `taux relevé par nos soins le ${dateFr(exchange.date)}`,
        }
  return {
    en:
      `${money(exchange.amount, currency)} at ${rate(exchange.perEuro, currency)} (${which.en}) = ` +
      eurCents(exchange.euroCents),
    fr:
      `${moneyFr(exchange.amount, currency)} à ${rateFr(exchange.perEuro, currency)} (${which.fr}) = ` +
      eurCentsFr(exchange.euroCents),
  }
}

/**
 * The vehicle with its price in euro cents, for what is estimated from the price before the landed
 * cost (the insurance default is a percentage of it). Unchanged when it is in euros or cannot be
 * converted: `vehicleLandedCost` then refuses it.
 */
export function inEuros<T extends VehicleFacts>(vehicle: T, options: VehicleLandedCostOptions, rules: ImportRules): T {
  const currency = vehicle.price?.currency ?? 'EUR'
  const amount = vehicle.price?.amount
  if (!isCurrency(currency) || currency === 'EUR' || !amount) return vehicle
  const found = exchangeFor(currency, amount, vehicle, options, rules)
  if ('ok' in found) return vehicle
  return { ...vehicle, price: { amount: toEuroCents(amount, currency, found.perEuro), currency: 'EUR' } }
}

/**
 * The landed cost of a stock vehicle, as the vehicle page and the quote builder price it: the engine's
 * result with the input it was computed from, or a refusal naming what is missing. A price in another
 * currency is converted to euro cents first; the vehicle line says how and `basis.exchange` keeps it.
 */
export function vehicleLandedCost(
  vehicle: VehicleFacts,
  options: VehicleLandedCostOptions,
  rules: ImportRules,
): VehicleLandedCost {
  const currency = vehicle.price?.currency ?? 'EUR'
  if (!isCurrency(currency)) {
    return {
      ok: false,
      field: 'currency',
      reason: `The price's currency ${currency} is not one we can convert.`,
      reasonFr: `La devise du prix (${currency}) n’est pas une devise que nous savons convertir.`,
    }
  }
  let exchange: ExchangeBasis | undefined
  let facts = vehicle
  const amount = vehicle.price?.amount
  if (currency !== 'EUR' && amount) {
    const found = exchangeFor(currency, amount, vehicle, options, rules)
    if ('ok' in found) return found
    exchange = { ...found, euroCents: toEuroCents(amount, currency, found.perEuro) }
    facts = { ...vehicle, price: { amount: exchange.euroCents, currency: 'EUR' } }
  }

  const input = landedCostInput(facts, options)
  if (!input.ok) {
    const field = vehicle.price?.amount ? 'fiscalHp' : 'vehiclePrice'
    return { ok: false, field, reason: input.reason, reasonFr: input.reasonFr }
  }
  const result = computeLandedCost(input.value, rules)
  if (!result.ok) return result
  if (!exchange) return { ...result, input: input.value }

  const used = exchange
  const text = conversionText(used)
  return {
    ...result,
    lines: result.lines.map((line) =>
      line.code === 'vehicle'
        ? {
            ...line,
            rule: `${line.rule}: ${text.en}`,
            ruleFr: `${line.ruleFr} : ${text.fr}`,
            validFrom: used.date,
            sourceIds: used.sourceIds,
          }
        : line,
    ),
    basis: { ...result.basis, exchange: used },
    input: input.value,
  }
}
