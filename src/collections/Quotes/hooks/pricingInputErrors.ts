import { isCents } from '@/domain/money'
import { baseFlagError, lineFlagError, type OtherServiceInput, type PricedQuoteLine } from '@/domain/quoteServiceFlags'
import { PRICED_SERVICES } from '@/domain/vehicleLandedCost'

type Inputs = Partial<Record<(typeof PRICED_SERVICES)[number], number | null>> & {
  otherServices?: OtherServiceInput[] | null
}

const amountError = (value: number | null | undefined) =>
  value != null && (!isCents(value) || value < 0) ? 'An amount is a whole number of cents, 0 or more.' : null

/**
 * The first mistake in what a pricing reads, as a field path and message. Payload validates fields only
 * after the collection's beforeChange hooks, so pricing checks its inputs first: a bad input is a 400
 * on its own field, never a refusal of the whole calculation.
 */
export function pricingInputErrors(
  inputs: Inputs | null | undefined,
  lines: PricedQuoteLine[] | null | undefined,
): { path: string; message: string } | null {
  for (const key of PRICED_SERVICES) {
    const message = amountError(inputs?.[key])
    if (message) return { path: `pricingInputs.${key}`, message }
  }
  for (const [index, item] of (inputs?.otherServices ?? []).entries()) {
    const path = `pricingInputs.otherServices.${index}`
    if (!item.label?.trim() && !item.labelFr?.trim()) return { path: `${path}.labelFr`, message: 'Name the service.' }
    if (item.amount == null) return { path: `${path}.amount`, message: 'This amount is required.' }
    const message = amountError(item.amount) ?? null
    if (message) return { path: `${path}.amount`, message }
    const base = baseFlagError(item)
    if (base) return { path: `${path}.inImportVatBase`, message: base }
  }
  return lineFlagErrors(lines)
}

/**
 * The first line whose flags cannot be: a base flag on a line that is not a service, or a cost in the
 * customs value left out of the VAT base. The admin hides the flags on other lines, and Payload skips the
 * validation of a field its condition hides, so every save checks here.
 */
export function lineFlagErrors(lines: PricedQuoteLine[] | null | undefined): { path: string; message: string } | null {
  for (const [index, line] of (lines ?? []).entries()) {
    for (const field of ['inCustomsValue', 'inImportVatBase'] as const) {
      const message = lineFlagError(line.code, line[field])
      if (message) return { path: `lines.${index}.${field}`, message }
    }
    const base = baseFlagError(line)
    if (base) return { path: `lines.${index}.inImportVatBase`, message: base }
  }
  return null
}
