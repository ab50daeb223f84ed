import type { PaperText } from './paperText'
import type { Sheet } from './sheet'
import type { CustomerParty, SellerParty } from './types'

/** The seller's legal mentions on one line, for the foot of every page. */
export function sellerMentions(seller: SellerParty, text: PaperText): string {
  return [
    [seller.legalName, seller.legalForm].filter(Boolean).join(', '),
    seller.address?.replace(/\s*\n\s*/g, ', '),
    seller.siret && `${text.siret} ${seller.siret}`,
    seller.rcs && `${text.rcs} ${seller.rcs}`,
    seller.vatNumber && `${text.vatNumber} ${seller.vatNumber}`,
  ]
    .filter(Boolean)
    .join(' · ')
}

/**
 * The top of a document: the seller (letterhead, legal identity) on the left, the customer on the
 * right, then the title and the reference facts (number, date, order, vehicle).
 */
export function letterhead(
  sheet: Sheet,
  seller: SellerParty,
  customer: CustomerParty,
  title: string,
  facts: [string, string | null | undefined][],
  text: PaperText,
) {
  const top = sheet.y
  const column = sheet.left + 290
  sheet.put(seller.siteName, sheet.left, { size: 18, bold: true })
  sheet.down(20)
  const sellerLines = [
    [seller.legalName, seller.legalForm].filter(Boolean).join(', '),
    ...(seller.address ?? '').split('\n'),
    seller.siret && `${text.siret} ${seller.siret}`,
    seller.rcs && `${text.rcs} ${seller.rcs}`,
    seller.vatNumber && `${text.vatNumber} ${seller.vatNumber}`,
  ].filter((line): line is string => Boolean(line && line.trim()))
  for (const line of sellerLines) sheet.paragraph(line, sheet.left, column - sheet.left - 20, { size: 9 })
  const sellerBottom = sheet.y

  sheet.y = top - 4
  sheet.put(text.billedTo.toUpperCase(), column, { size: 8, bold: true, muted: true })
  sheet.down(14)
  sheet.paragraph(customer.name, column, sheet.right - column, { size: 10, bold: true })
  for (const line of [...customer.address, customer.email ?? ''].filter(Boolean)) {
    sheet.paragraph(line, column, sheet.right - column, { size: 9 })
  }
  sheet.y = Math.min(sheet.y, sellerBottom) - 24

  sheet.put(title, sheet.left, { size: 16, bold: true })
  sheet.down(22)
  for (const [label, value] of facts) {
    if (!value) continue
    sheet.put(label, sheet.left, { size: 9, muted: true })
    sheet.paragraph(value, sheet.left + 110, sheet.right - sheet.left - 110, { size: 10 })
  }
  sheet.down(10)
}
