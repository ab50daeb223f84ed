import type { IsoDate } from './calendarDate'
import type { LandedCostLine } from './landedCost/types'
import { sumCents } from './money'
import {
  lineCategory,
  priceSections,
  serviceFeeLabel,
  type PriceSection,
  type SectionLanguage,
  type SectionLine,
} from './priceSections'

/** A line of the storefront estimate, grouped as on the quote, still carrying what explains it. */
export interface LandedSectionLine extends SectionLine {
  code: string
  label: string
  /** The rule with its figures; empty for our service fee. */
  rule: string
  tableYear?: number
  validFrom?: IsoDate
  sourceIds: string[]
}

export interface LandedSections {
  sections: PriceSection<LandedSectionLine>[]
  /** The carte grise subtotal: the notSubjectToVat section, which is the engine's `y6`. */
  y6: number
  total: number
}

/**
 * The landed cost as the quote will print it: the engine's lines in the reader's language, treated
 * for VAT as a quote priced from them stores them (a line without `vatIncluded` is excl. VAT), then
 * our service fee under the quote's label, grouped into the quote's sections.
 */
export function landedSections(
  lines: readonly LandedCostLine[],
  serviceFee: number,
  siteName: string,
  language: SectionLanguage,
): LandedSections {
  const priced: LandedSectionLine[] = lines.map((line) => ({
    code: line.code,
    label: language === 'fr' ? line.labelFr : line.label,
    amount: line.amount,
    category: lineCategory(line.code),
    vatIncluded: line.vatIncluded ?? false,
    rule: language === 'fr' ? line.ruleFr : line.rule,
    tableYear: line.tableYear,
    validFrom: line.validFrom,
    sourceIds: line.sourceIds,
  }))
  if (serviceFee) {
    priced.push({
      code: 'service_fee',
      label: serviceFeeLabel(siteName, language),
      amount: serviceFee,
      category: 'supply',
      vatIncluded: true,
      rule: '',
      sourceIds: [],
    })
  }
  const sections = priceSections(priced)
  return {
    sections,
    y6: sections.find((section) => section.key === 'notSubjectToVat')?.subtotal ?? 0,
    total: sumCents(priced.map((line) => line.amount)),
  }
}
