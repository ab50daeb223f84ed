import { priceSections } from '@/domain/priceSections'

import type { PaperText } from './paperText'
import type { Sheet } from './sheet'
import type { InvoiceLine } from './types'

/**
 * The priced body of an invoice or a quote: the lines under a description / amount heading, grouped
 * by how VAT applies to them with a subtotal each, then the total incl. VAT.
 */
export function linesTable(
  sheet: Sheet,
  lines: readonly InvoiceLine[],
  total: number,
  money: (cents: number) => string,
  text: PaperText,
) {
  sheet.put(text.description.toUpperCase(), sheet.left, { size: 8, bold: true, muted: true })
  sheet.put(text.amount.toUpperCase(), sheet.right, { size: 8, bold: true, muted: true, align: 'right' })
  sheet.down(6)
  sheet.rule()
  sheet.down(16)
  for (const section of priceSections(lines)) {
    const words = text.sections[section.key]
    sheet.ensure(48)
    sheet.paragraph(words.title, sheet.left, sheet.right - sheet.left, { size: 10, bold: true })
    sheet.down(2)
    for (const line of section.lines) sheet.row(line.label, money(line.amount), { indent: 10 })
    sheet.row(words.subtotal, money(section.subtotal), { bold: true, indent: 10 })
    sheet.down(8)
  }
  sheet.ensure(30)
  sheet.rule(1)
  sheet.down(18)
  sheet.row(text.total, money(total), { size: 12, bold: true })
}
