import type { FormState } from 'payload'

import { warningIn } from '@/domain/landedCost/inLanguage'
import type { ClearanceDateSource } from '@/domain/clearanceDate'
import type { LandedCostWarning, RegistrationNote } from '@/domain/landedCost/types'
import type { QuoteLine } from '@/domain/quoteTotals'

const CLEARANCE_FROM: Record<ClearanceDateSource, string> = {
  staff: 'typed by staff',
  order_customs_cleared: 'the order’s “customs cleared” milestone',
  order_eta: 'the order’s ETA',
  expected_arrival: 'the expected arrival at the EU port',
  registration_date: 'no arrival known: the registration day',
}

/** Which days the last calculation read its rules on, and where the clearance day came from. */
function datesText(
  calculation:
    | { registrationDate?: string; clearanceDate?: string | null; clearanceDateFrom?: ClearanceDateSource | null }
    | undefined,
): string | null {
  if (!calculation?.registrationDate) return null
  if (!calculation.clearanceDate) return `Registration taxes read on ${calculation.registrationDate}.`
  const from = calculation.clearanceDateFrom ? ` (${CLEARANCE_FROM[calculation.clearanceDateFrom]})` : ''
  return `Duty and import VAT read on ${calculation.clearanceDate}${from}; registration taxes on ${calculation.registrationDate}.`
}

const value = <T>(fields: FormState, path: string): T | undefined => fields[path]?.value as T | undefined

/** The bits of the quote form the builder computes with, read from Payload's flat form state. */
export function readQuoteForm(fields: FormState) {
  const rowCount = fields.lines?.rows?.length ?? Number(value<number>(fields, 'lines') ?? 0)
  const lines: QuoteLine[] = Array.from({ length: rowCount }, (_, index) => ({
    code: value<string>(fields, `lines.${index}.code`) ?? 'other',
    label: value<string>(fields, `lines.${index}.label`) ?? '',
    amount: value<number>(fields, `lines.${index}.amount`) ?? 0,
    override: value<number | null>(fields, `lines.${index}.override`) ?? null,
    vatIncluded: value<boolean>(fields, `lines.${index}.vatIncluded`) ?? true,
  }))
  // Stored with the quote: calculations made before warnings were bilingual hold plain strings.
  const landedCost = value<{
    registrationDate?: string
    clearanceDate?: string | null
    clearanceDateFrom?: ClearanceDateSource | null
    result?: { warnings?: (LandedCostWarning | string)[]; registrationCheck?: { notes?: Partial<RegistrationNote>[] } }
  }>(fields, 'landedCost')
  return {
    status: value<string>(fields, 'status') ?? 'requested',
    dates: datesText(landedCost),
    lines,
    margin: {
      kind: value<string>(fields, 'margin.kind') ?? 'fixed',
      amount: value<number | null>(fields, 'margin.amount') ?? null,
      percent: value<number | null>(fields, 'margin.percent') ?? null,
    },
    deposit: {
      kind: value<string>(fields, 'deposit.kind') ?? 'percent',
      amount: value<number | null>(fields, 'deposit.amount') ?? null,
      percent: value<number | null>(fields, 'deposit.percent') ?? null,
    },
    // Staff read French, like the quotes they send.
    warnings: [
      ...(landedCost?.result?.registrationCheck?.notes ?? []).map((note) => note?.fr || note?.en || ''),
      ...(landedCost?.result?.warnings ?? []).map((warning) => warningIn(warning, 'fr')),
    ].filter(Boolean),
  }
}
