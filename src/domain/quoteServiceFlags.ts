import type { LandedCostLine, OtherServiceCost, ServiceCost } from './landedCost/types'

/** The three flags of a service line (docs/import-rules.md, "Service costs"). */
export type ServiceFlags = Pick<ServiceCost, 'vatIncluded' | 'inCustomsValue' | 'inImportVatBase'>
const FLAGS = ['vatIncluded', 'inCustomsValue', 'inImportVatBase'] as const

/** Quote line code → the engine's service it prices. */
export const SERVICE_KEYS = {
  transport: 'transport',
  insurance: 'insurance',
  port_handling: 'portHandling',
  inland_transport: 'inlandTransport',
  coc: 'coc',
  rti: 'rti',
  broker: 'broker',
  technical_inspection: 'technicalInspection',
} as const
export type FixedServiceCode = keyof typeof SERVICE_KEYS

/** Lines that are services we pass on, whose flags mean something; `other` covers staff's own services. */
export function isServiceLineCode(code: string | null | undefined): boolean {
  return code === 'other' || (code != null && code in SERVICE_KEYS)
}

/** Refusal for a base flag on a line that is not a service (the vehicle price, a duty, a tax), or null. */
export function lineFlagError(code: string | null | undefined, value: boolean | null | undefined): string | null {
  return value && !isServiceLineCode(code)
    ? 'Only service lines (transport, port handling, broker, other services…) enter the customs value or the import VAT base: this line is a price or a tax.'
    : null
}

/** Refusal for a line in the customs value but not in the import VAT base (the base starts from the customs value). */
export function baseFlagError(flags: { inCustomsValue?: boolean | null; inImportVatBase?: boolean | null }) {
  return flags.inCustomsValue && !flags.inImportVatBase
    ? 'A cost in the customs value is in the import VAT base too (the base starts from the customs value): tick “In import VAT base”.'
    : null
}

/** A stable code for a service staff typed in: "FFVE attestation" → "ffve_attestation". */
export function serviceSlug(label: string): string {
  return (
    label
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '') || 'service'
  )
}

/** How a quote line or a staff service is matched across languages: its label, trimmed, any case. */
export const labelKey = (label: string | null | undefined) => (label ?? '').trim().toLowerCase()

export interface OtherServiceInput {
  label?: string | null
  labelFr?: string | null
  amount?: number | null
  vatIncluded?: boolean | null
  inCustomsValue?: boolean | null
  inImportVatBase?: boolean | null
}

const flagsOf = (source: Partial<Record<(typeof FLAGS)[number], boolean | null | undefined>>): ServiceFlags =>
  Object.fromEntries(FLAGS.filter((flag) => source[flag] != null).map((flag) => [flag, Boolean(source[flag])]))

/** Staff's own services as engine `other` services, each with a code unique within the quote. */
export function otherServiceCosts(items: OtherServiceInput[] | null | undefined): OtherServiceCost[] {
  const seen = new Map<string, number>()
  return (items ?? [])
    .filter((item) => (item.label || item.labelFr) && item.amount != null)
    .map((item) => {
      const label = (item.label || item.labelFr)!.trim()
      const labelFr = (item.labelFr || item.label)!.trim()
      const slug = serviceSlug(label)
      const count = (seen.get(slug) ?? 0) + 1
      seen.set(slug, count)
      return { code: count > 1 ? `${slug}_${count}` : slug, label, labelFr, amount: item.amount!, ...flagsOf(item) }
    })
}

export interface PricedQuoteLine {
  code?: string | null
  label?: string | null
  vatIncluded?: boolean | null
  inCustomsValue?: boolean | null
  inImportVatBase?: boolean | null
}

/** Staff's flags by service: a fixed service by its quote line code, an `other` one as `other:<label key>`. */
export type StaffFlags = Record<string, ServiceFlags>

/** The key of a quote line in `StaffFlags`, or null for a line that is not a service. */
export function flagKey(line: { code?: string | null; label?: string | null }): string | null {
  if (line.code === 'other') return `other:${labelKey(line.label)}`
  return line.code && line.code in SERVICE_KEYS ? line.code : null
}

/** The engine line a quote line was filled from: by code, and for an `other` line by its label in either language. */
function engineLineOf(line: PricedQuoteLine, engineLines: LandedCostLine[]): LandedCostLine | undefined {
  if (line.code !== 'other') return engineLines.find((engine) => engine.code === line.code)
  const key = labelKey(line.label)
  return engineLines.find(
    (engine) =>
      engine.code.startsWith('other:') && (labelKey(engine.label) === key || labelKey(engine.labelFr) === key),
  )
}

/**
 * The flags staff set on the quote lines: those kept from earlier pricings, plus every flag of a line
 * that differs from what the engine filled it with last time (as staff amounts are kept by code). A line
 * priced before the flags existed, or never priced, has nothing to differ from and keeps the defaults.
 */
export function staffFlagsOf(
  lines: PricedQuoteLine[] | null | undefined,
  previous: { lines?: LandedCostLine[] | null; staffFlags?: StaffFlags | null } | null | undefined,
): StaffFlags {
  const flags: StaffFlags = {}
  for (const [key, value] of Object.entries(previous?.staffFlags ?? {})) flags[key] = { ...value }
  for (const line of lines ?? []) {
    const key = flagKey(line)
    const engine = key ? engineLineOf(line, previous?.lines ?? []) : undefined
    if (!key || !engine) continue
    for (const flag of FLAGS) {
      const value = line[flag]
      if (value != null && value !== Boolean(engine[flag])) flags[key] = { ...flags[key], [flag]: value }
    }
  }
  return flags
}

/** Staff's flags for an engine `other` service, matched by its label in either language. */
export function flagsForOther(flags: StaffFlags, service: { label: string; labelFr: string }): ServiceFlags {
  return { ...flags[`other:${labelKey(service.label)}`], ...flags[`other:${labelKey(service.labelFr)}`] }
}
