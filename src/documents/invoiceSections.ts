import { sumCents } from '@/domain/money'

import type { InvoiceLine, InvoiceLineCategory } from './types'

/** The VAT lines a landed cost computes. */
const VAT_CODES = new Set(['import_vat', 'vat_new_vehicle'])
/** Paid with the registration certificate (its Y.6 total): taxes outside the scope of VAT. */
const NOT_SUBJECT_TO_VAT_CODES = new Set(['regional_tax', 'co2_malus', 'weight_malus', 'y4', 'y5'])

export function lineCategory(code: string): InvoiceLineCategory {
  if (VAT_CODES.has(code)) return 'vat'
  if (NOT_SUBJECT_TO_VAT_CODES.has(code)) return 'notSubjectToVat'
  return 'supply'
}

export type SectionKey = 'exclVat' | 'vat' | 'inclVat' | 'notSubjectToVat'

export interface InvoiceSection {
  key: SectionKey
  lines: InvoiceLine[]
  subtotal: number
}

/**
 * The invoice body in the order a French buyer reads it: what is priced without VAT, the VAT the
 * quote computed on it, what already includes VAT, then the taxes collected for the State outside
 * VAT. Empty sections are left out; the sections always add up to the sum of the lines.
 */
export function invoiceSections(lines: readonly InvoiceLine[]): InvoiceSection[] {
  const pick = (key: SectionKey, test: (line: InvoiceLine) => boolean): InvoiceSection => {
    const chosen = lines.filter(test)
    return { key, lines: chosen, subtotal: sumCents(chosen.map((line) => line.amount)) }
  }
  return [
    pick('exclVat', (line) => line.category === 'supply' && !line.vatIncluded),
    pick('vat', (line) => line.category === 'vat'),
    pick('inclVat', (line) => line.category === 'supply' && line.vatIncluded),
    pick('notSubjectToVat', (line) => line.category === 'notSubjectToVat'),
  ].filter((section) => section.lines.length > 0)
}
