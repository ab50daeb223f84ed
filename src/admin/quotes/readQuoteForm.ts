import type { FormState } from 'payload'

import { adminWords } from '@/admin/i18n/words'
import { formatCalendarDay, type DisplayLanguage } from '@/domain/displayFormat'
import { warningIn } from '@/domain/landedCost/inLanguage'
import type { ClearanceDateSource } from '@/domain/clearanceDate'
import type { LandedCostWarning, RegistrationNote } from '@/domain/landedCost/types'
import type { QuoteLine } from '@/domain/quoteTotals'

/** Which days the last calculation read its rules on, and where the clearance day came from. */
function datesText(
  calculation:
    | { registrationDate?: string; clearanceDate?: string | null; clearanceDateFrom?: ClearanceDateSource | null }
    | undefined,
  language: DisplayLanguage,
): string | null {
  if (!calculation?.registrationDate) return null
  const words = adminWords(language).quoteBuilder
  const registration = formatCalendarDay(calculation.registrationDate, language)
  if (!calculation.clearanceDate) return words.registrationOn(registration)
  const from = calculation.clearanceDateFrom ? words.clearanceFrom[calculation.clearanceDateFrom] : ''
  return words.clearanceAndRegistration(formatCalendarDay(calculation.clearanceDate, language), from, registration)
}

const value = <T>(fields: FormState, path: string): T | undefined => fields[path]?.value as T | undefined

/**
 * The bits of the quote form the builder computes with, read from Payload's flat form state, with
 * its texts in the admin user's language.
 */
export function readQuoteForm(fields: FormState, language: DisplayLanguage = 'fr') {
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
    dates: datesText(landedCost, language),
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
      ...(landedCost?.result?.registrationCheck?.notes ?? []).map((note) =>
        language === 'en' ? note?.en || note?.fr || '' : note?.fr || note?.en || '',
      ),
      ...(landedCost?.result?.warnings ?? []).map((warning) => warningIn(warning, language)),
    ].filter(Boolean),
  }
}
