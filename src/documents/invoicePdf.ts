import { price } from '@/domain/format'

import { letterhead, sellerMentions } from './letterhead'
import { linesTable } from './linesTable'
import { paperDate, paperText } from './paperText'
import { Sheet } from './sheet'
import type { InvoiceData } from './types'

/**
 * The final invoice of an order paid in full: the accepted quote's lines grouped by how VAT applies
 * to them, the total, then the payments that settled it and what is left to pay.
 */
export async function invoicePdf(data: InvoiceData): Promise<Uint8Array> {
  const text = paperText(data.locale)
  // Paperwork shows every amount to the cent.
  const money = (cents: number) => price(cents, data.currency, data.locale, { exact: true })
  const sheet = await Sheet.create(`${text.invoice} ${data.number}`, data.seller.siteName)

  letterhead(
    sheet,
    data.seller,
    data.customer,
    text.invoice,
    [
      [text.number, data.number],
      [text.date, paperDate(data.date, data.locale)],
      [text.order, data.orderNumber],
      [text.quote, data.quoteNumber],
      [text.vehicle, data.vehicle],
    ],
    text,
  )

  linesTable(sheet, data.lines, data.total, money, text)
  sheet.down(12)

  if (data.payments.length > 0) {
    sheet.ensure(50)
    sheet.paragraph(text.paymentsTitle, sheet.left, sheet.right - sheet.left, { size: 10, bold: true })
    sheet.down(2)
    for (const payment of data.payments) {
      const label = `${text.receiptNumber} ${payment.receiptNumber} · ${paperDate(payment.date, data.locale)} · ${text.kinds[payment.kind]}`
      sheet.row(label, money(payment.kind === 'refund' ? -payment.amount : payment.amount), { indent: 10 })
    }
    sheet.down(6)
  }
  sheet.ensure(40)
  sheet.rule()
  sheet.down(16)
  sheet.row(text.paid, money(data.amountPaid), { bold: true })
  sheet.row(text.due, money(data.amountDue), { bold: true })

  if (data.seller.invoiceNote) {
    sheet.down(16)
    sheet.paragraph(data.seller.invoiceNote, sheet.left, sheet.right - sheet.left, { size: 8, muted: true })
  }
  return sheet.finish(sellerMentions(data.seller, text), text.page)
}
