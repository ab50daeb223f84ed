import { ValidationError } from 'payload'
import type { CollectionBeforeChangeHook } from 'payload'

import { parisDayOf } from '@/domain/calendarDate'
import { chooseClearanceDate, type ClearanceDateSource } from '@/domain/clearanceDate'
import type { LandedCostLine, OtherServiceCost } from '@/domain/landedCost'
import { ruleNote } from '@/domain/landedCost/ruleNote'
import {
  SERVICE_KEYS,
  flagsForOther,
  labelKey,
  otherServiceCosts,
  staffFlagsOf,
  type ServiceFlags,
  type StaffFlags,
} from '@/domain/quoteServiceFlags'
import { idOf } from '@/domain/relationId'
import { serviceDefaults } from '@/domain/serviceDefaults'
import { inEuros, vehicleLandedCost, type ServiceAmounts } from '@/domain/vehicleLandedCost'
import { loadImportRules } from '@/globals/ImportRules/loadImportRules'
import type { Quote } from '@/payload-types'
import { pricingInputErrors } from './pricingInputErrors'

/** What a quote keeps of its last calculation, read back to keep staff's flags. */
type StoredCalculation = { result?: { lines?: LandedCostLine[] }; staffFlags?: StaffFlags } | null | undefined

/** A staff's service with its flags where set: an amount alone takes its kind's defaults. */
const withFlags = (amount: number | null | undefined, flags: ServiceFlags | undefined) =>
  amount == null || !flags ? amount : { amount, ...flags }

/**
 * "Price from landed cost" in the quote builder: fills the lines from the French landed cost of the
 * chosen vehicle, keeps the staff amounts and service flags already set for the same lines, and records
 * the calculation (rules, sources, the clearance date and where it came from) with the quote.
 */
export const priceFromLandedCost: CollectionBeforeChangeHook<Quote> = async ({ data, originalDoc, req }) => {
  if (!data.reprice) return data
  const merged = { ...originalDoc, ...data }
  const refuse = (path: string, message: string) =>
    new ValidationError({ collection: 'quotes', errors: [{ path, message }] }, req.t)

  const inputs = merged.pricingInputs ?? {}
  const invalid = pricingInputErrors(inputs, merged.lines)
  if (invalid) throw refuse(invalid.path, invalid.message)

  const vehicleId = idOf(merged.vehicle)
  if (!vehicleId) throw refuse('vehicle', 'Choose the vehicle to price (for a sourcing request, the candidate found).')
  const vehicle = await req.payload.findByID({ collection: 'vehicles', id: vehicleId, depth: 0, draft: true, req })

  const registrationDate = inputs.registrationDate ? inputs.registrationDate.slice(0, 10) : parisDayOf(new Date())
  const rules = await loadImportRules(req)
  const settings = await req.payload.findGlobal({ slug: 'site-settings', depth: 0, req })

  // Only an import is cleared; a car already in the EU is read on its registration day throughout.
  let clearance: { date: string; from: ClearanceDateSource } | null = null
  if (!vehicle.inEuFreeCirculation) {
    const orderId = merged.order ? idOf(merged.order) : null
    const order = orderId
      ? await req.payload.findByID({
          collection: 'orders',
          id: orderId,
          depth: 0,
          req,
          select: { timeline: true, shipping: { eta: true } },
        })
      : null
    const choice = chooseClearanceDate({
      staff: inputs.clearanceDate,
      orderTimeline: order?.timeline,
      orderEta: order?.shipping?.eta,
      expectedArrival: inputs.expectedArrival,
      registrationDate,
    })
    if (!choice.ok) throw refuse(choice.field, choice.message)
    clearance = { date: choice.date, from: choice.from }
  }

  const exchangeRate = inputs.exchangeRate?.perEuro
    ? { perEuro: inputs.exchangeRate.perEuro, date: (inputs.exchangeRate.date ?? '').slice(0, 10) }
    : null
  const options = {
    region: merged.destination?.region ?? 'IDF',
    registrationDate,
    clearanceDate: clearance?.date,
    exchangeRate,
  }
  // A price in another currency: the insurance default is a share of its euro value.
  const defaults = serviceDefaults(settings.quoteDefaults, inEuros(vehicle, options, rules), {
    rules,
    date: registrationDate,
  })

  const previous = originalDoc?.landedCost as StoredCalculation
  const typed = otherServiceCosts(inputs.otherServices)
  // A service staff typed keeps its flags on its own row (written back below), which may have changed since.
  const typedKeys = new Set(
    typed.flatMap((service) => [service.label, service.labelFr]).map((l) => `other:${labelKey(l)}`),
  )
  const kept = Object.fromEntries(Object.entries(previous?.staffFlags ?? {}).filter(([key]) => !typedKeys.has(key)))
  const staffFlags = staffFlagsOf(merged.lines, { lines: previous?.result?.lines, staffFlags: kept })
  const services: ServiceAmounts = {}
  for (const [code, key] of Object.entries(SERVICE_KEYS)) {
    services[key] = withFlags(inputs[key] ?? defaults[key], staffFlags[code])
  }
  // Staff's own services; the collector attestation of the defaults unless staff priced one themselves.
  const attestation = defaults.other.filter(() => !typed.some((service) => service.code.includes('ffve')))
  services.other = [...typed, ...attestation].map((service): OtherServiceCost => ({
    ...service,
    ...flagsForOther(staffFlags, service),
  }))
  // A flag staff changed on an "other" line shows on the service they typed, so both say the same.
  const otherServices = inputs.otherServices?.map((item) => {
    const flags = flagsForOther(staffFlags, { label: item.label ?? '', labelFr: item.labelFr ?? '' })
    return { ...item, ...flags }
  })

  const priced = vehicleLandedCost(vehicle, { ...options, services }, rules)
  if (!priced.ok) {
    // A date or rate the engine cannot use is staff's input (this hook runs before the fields' own
    // validation, so it reports it on its field); anything else is about the car.
    const path = ['clearanceDate', 'registrationDate'].includes(priced.field)
      ? `pricingInputs.${priced.field}`
      : priced.field !== 'exchangeRate'
        ? 'vehicle'
        : exchangeRate && !exchangeRate.date
          ? 'pricingInputs.exchangeRate.date'
          : 'pricingInputs.exchangeRate.perEuro'
    throw refuse(path, `Landed cost refused (${priced.field}): ${priced.reason}`)
  }
  const { input, ...result } = priced

  const customer = merged.customer
    ? await req.payload.findByID({
        collection: 'customers',
        id: idOf(merged.customer),
        depth: 0,
        req,
        select: { language: true },
      })
    : null
  const french = (customer?.language ?? 'fr') === 'fr'
  // Staff amounts are kept by code, and for an "other" line by its label.
  const lineKey = (code: string, label: string | null | undefined) =>
    code === 'other' ? `other:${labelKey(label)}` : code
  const previousOverrides = new Map<string, number | null>(
    (merged.lines ?? []).map((line) => [lineKey(line.code, line.label), line.override ?? null]),
  )
  const lines = result.lines.map((line) => {
    const code = line.code.startsWith('other:') ? 'other' : line.code
    const label = french ? line.labelFr : line.label
    return {
      code,
      label,
      amount: line.amount,
      override: previousOverrides.get(lineKey(code, label)) ?? null,
      vatIncluded: line.vatIncluded ?? false,
      inCustomsValue: line.inCustomsValue ?? false,
      inImportVatBase: line.inImportVatBase ?? false,
      rule: ruleNote(line, french),
    }
  })

  const validityDays = settings.quoteDefaults?.validityDays ?? 14
  return {
    ...data,
    reprice: false,
    lines,
    ...(otherServices ? { pricingInputs: { ...inputs, otherServices } } : {}),
    landedCost: {
      computedAt: new Date().toISOString(),
      registrationDate,
      clearanceDate: clearance?.date ?? null,
      clearanceDateFrom: clearance?.from ?? null,
      staffFlags,
      input,
      result,
    },
    status: merged.status === 'requested' ? 'in_progress' : data.status,
    validUntil: merged.validUntil ?? new Date(Date.now() + validityDays * 86_400_000).toISOString(),
    margin:
      merged.margin?.amount || merged.margin?.percent
        ? merged.margin
        : { kind: 'fixed', amount: defaults.serviceFee ?? 0 },
    deposit:
      merged.deposit?.percent != null || merged.deposit?.amount
        ? merged.deposit
        : { kind: 'percent', percent: settings.quoteDefaults?.depositPercent ?? 10 },
  }
}
