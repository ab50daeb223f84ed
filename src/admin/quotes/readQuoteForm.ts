import type { FormState } from 'payload'

import { warningIn } from '@/domain/landedCost/inLanguage'
import type { LandedCostWarning, RegistrationNote } from '@/domain/landedCost/types'
import type { QuoteLine } from '@/domain/quoteTotals'

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
    result?: { warnings?: (LandedCostWarning | string)[]; registrationCheck?: { notes?: Partial<RegistrationNote>[] } }
  }>(fields, 'landedCost')
  return {
    status: value<string>(fields, 'status') ?? 'requested',
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
