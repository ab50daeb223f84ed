import { ValidationError } from 'payload'
import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '@/domain/relationId'
import { serviceDefaults } from '@/domain/serviceDefaults'
import { inEuros, vehicleLandedCost } from '@/domain/vehicleLandedCost'
import { loadImportRules } from '@/globals/ImportRules/loadImportRules'
import type { Quote } from '@/payload-types'

/** "Sources: S14, S28", in French "Sources : S14, S28". */
const sourcesText = (ids: string[], french: boolean) =>
  ids.length ? `Sources${french ? ' :' : ':'} ${ids.join(', ')}` : ''

/**
 * "Price from landed cost" in the quote builder: fills the lines from the French landed cost of the
 * chosen vehicle, keeps the staff amounts already typed for the same lines, and records the
 * calculation (rules, sources) with the quote.
 */
export const priceFromLandedCost: CollectionBeforeChangeHook<Quote> = async ({ data, originalDoc, req }) => {
  if (!data.reprice) return data
  const merged = { ...originalDoc, ...data }
  const refuse = (path: string, message: string) =>
    new ValidationError({ collection: 'quotes', errors: [{ path, message }] }, req.t)

  const vehicleId = idOf(merged.vehicle)
  if (!vehicleId) throw refuse('vehicle', 'Choose the vehicle to price (for a sourcing request, the candidate found).')
  const vehicle = await req.payload.findByID({ collection: 'vehicles', id: vehicleId, depth: 0, draft: true, req })

  const settings = await req.payload.findGlobal({ slug: 'site-settings', depth: 0, req })
  const inputs = merged.pricingInputs ?? {}
  const registrationDate = (inputs.registrationDate ?? new Date().toISOString()).slice(0, 10)
  const rules = await loadImportRules(req)
  const exchangeRate = inputs.exchangeRate?.perEuro
    ? { perEuro: inputs.exchangeRate.perEuro, date: (inputs.exchangeRate.date ?? '').slice(0, 10) }
    : null
  const options = { region: merged.destination?.region ?? 'IDF', registrationDate, exchangeRate }
  // A price in another currency: the insurance default is a share of its euro value.
  const defaults = serviceDefaults(settings.quoteDefaults, inEuros(vehicle, options, rules))
  const pick = (key: Exclude<keyof typeof defaults, 'serviceFee'>) => inputs[key] ?? defaults[key]

  const priced = vehicleLandedCost(
    vehicle,
    {
      ...options,
      services: {
        transport: pick('transport'),
        insurance: pick('insurance'),
        inlandTransport: pick('inlandTransport'),
        coc: pick('coc'),
        rti: pick('rti'),
        broker: pick('broker'),
        technicalInspection: pick('technicalInspection'),
      },
    },
    rules,
  )
  if (!priced.ok) {
    // This hook runs before the fields' own validation: a refused staff rate is reported on its field.
    const path =
      priced.field !== 'exchangeRate'
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
  const previous = new Map<string, number | null>(
    (merged.lines ?? []).map((line) => [line.code, line.override ?? null]),
  )
  const lines = result.lines.map((line) => {
    const code = line.code.startsWith('other:') ? 'other' : line.code
    return {
      code,
      label: french ? line.labelFr : line.label,
      amount: line.amount,
      override: previous.get(code) ?? null,
      vatIncluded: line.vatIncluded ?? false,
      rule: [french ? line.ruleFr : line.rule, sourcesText(line.sourceIds, french)].filter(Boolean).join(' — '),
    }
  })

  const validityDays = settings.quoteDefaults?.validityDays ?? 14
  return {
    ...data,
    reprice: false,
    lines,
    landedCost: { computedAt: new Date().toISOString(), registrationDate, input, result },
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
