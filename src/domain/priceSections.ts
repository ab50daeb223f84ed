import { sumCents } from './money'

/** The VAT lines a landed cost computes. */
const VAT_CODES = new Set(['import_vat', 'vat_new_vehicle'])

/**
 * The taxes paid with the registration certificate (the "carte grise"), outside the scope of VAT:
 * their sum is what the certificate prints as Y.6.
 */
export const CERTIFICATE_CODES: ReadonlySet<string> = new Set(['regional_tax', 'co2_malus', 'weight_malus', 'y4', 'y5'])

/**
 * Where a priced line sits on a quote or an invoice: a supply (goods, transport, duties, services:
 * with or without VAT as the quote says), the VAT the quote computed, or a tax collected for the
 * State that is outside the scope of VAT (registration certificate taxes, maluses).
 */
export type LineCategory = 'supply' | 'vat' | 'notSubjectToVat'

export function lineCategory(code: string): LineCategory {
  if (VAT_CODES.has(code)) return 'vat'
  if (CERTIFICATE_CODES.has(code)) return 'notSubjectToVat'
  return 'supply'
}

export type SectionKey = 'exclVat' | 'vat' | 'inclVat' | 'notSubjectToVat'

/** What grouping needs of a line; the page's lines also carry their rule, the PDF's only a label. */
export interface SectionLine {
  /** Cents; a discount is negative. */
  amount: number
  category: LineCategory
  vatIncluded: boolean
}

export interface PriceSection<L extends SectionLine = SectionLine> {
  key: SectionKey
  lines: L[]
  subtotal: number
}

/**
 * The priced lines in the order a French buyer reads them: what is priced without VAT, the VAT
 * computed on it, what already includes VAT, then the taxes of the registration certificate (Y.6),
 * outside VAT. Empty sections are left out; the sections always add up to the sum of the lines.
 * The vehicle page, the customer portal and the quote and invoice PDFs all group their lines here.
 */
export function priceSections<L extends SectionLine>(lines: readonly L[]): PriceSection<L>[] {
  const pick = (key: SectionKey, test: (line: L) => boolean): PriceSection<L> => {
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

export type SectionLanguage = 'fr' | 'en'

/** Each section's heading and subtotal, the same words on the page, in the portal and on paper. */
export const SECTION_WORDS = {
  fr: {
    exclVat: { title: 'Montants hors TVA', subtotal: 'Sous-total HT' },
    vat: { title: 'TVA', subtotal: 'Total TVA' },
    inclVat: { title: 'Montants TVA incluse', subtotal: 'Sous-total TTC' },
    notSubjectToVat: {
      title: 'Taxes non soumises à la TVA (carte grise)',
      subtotal: 'Total carte grise (Y.6)',
    },
  },
  en: {
    exclVat: { title: 'Amounts excluding VAT', subtotal: 'Subtotal excl. VAT' },
    vat: { title: 'VAT', subtotal: 'Total VAT' },
    inclVat: { title: 'Amounts including VAT', subtotal: 'Subtotal incl. VAT' },
    notSubjectToVat: {
      title: 'Taxes not subject to VAT (registration certificate)',
      subtotal: 'Registration certificate taxes (Y.6)',
    },
  },
} as const satisfies Record<SectionLanguage, Record<SectionKey, { title: string; subtotal: string }>>

/** "Frais de service Autoport": our fee as one line, worded alike wherever a price is shown. */
export function serviceFeeLabel(siteName: string, language: SectionLanguage): string {
  return language === 'fr' ? `Frais de service ${siteName}` : `${siteName} service fee`
}
