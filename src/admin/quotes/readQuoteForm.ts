import type { FormState } from 'payload'

import type { QuoteLine } from '@/domain/quoteTotals'

const value = <T,>(fields: FormState, path: string): T | undefined => fields[path]?.value as T | undefined

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
  const landedCost = value<{ result?: { warnings?: string[]; registrationCheck?: { notes?: { en: string }[] } } }>(
    fields,
    'landedCost',
  )
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
    warnings: [
      ...(landedCost?.result?.registrationCheck?.notes?.map((note) => note.en) ?? []),
      ...(landedCost?.result?.warnings ?? []),
    ],
  }
}
