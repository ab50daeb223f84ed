import { lineLabelIn } from '@/domain/landedCost/lineLabelIn'
import { lineCategory, serviceFeeLabel } from '@/domain/priceSections'

import type { InvoiceLine } from './types'

type StoredLine = {
  code: string
  label: string
  amount: number
  override?: number | null
  vatIncluded?: boolean | null
}

/**
 * A quote's lines as the customer reads them on paper: a staff amount replaces the computed one,
 * and our service fee (the margin) shows as one line, so the lines add up to the quote's total.
 */
export function pricedLines(lines: readonly StoredLine[], serviceFee: number, serviceFeeLabel: string): InvoiceLine[] {
  const priced: InvoiceLine[] = lines.map((line) => ({
    label: line.label,
    amount: line.override ?? line.amount,
    category: lineCategory(line.code),
    vatIncluded: line.vatIncluded ?? true,
  }))
  if (serviceFee) priced.push({ label: serviceFeeLabel, amount: serviceFee, category: 'supply', vatIncluded: true })
  return priced
}

/**
 * A quote's lines as its reader sees them, on paper and in the portal alike: our labels in the
 * reader's language, then the service fee under our name.
 */
export function quoteLines(
  lines: readonly StoredLine[],
  serviceFee: number,
  siteName: string,
  language: 'fr' | 'en',
): InvoiceLine[] {
  return pricedLines(
    lines.map((line) => ({ ...line, label: lineLabelIn(line, language) })),
    serviceFee,
    serviceFeeLabel(siteName, language),
  )
}
