import { formatMoney } from '@/domain/money'

import { invoiceSections } from './invoiceSections'
import { letterhead, sellerMentions } from './letterhead'
import { intlLocaleOf, paperDate, paperText } from './paperText'
import { Sheet } from './sheet'
import type { InvoiceData } from './types'

/**
 * The final invoice of an order paid in full: the accepted quote's lines grouped by how VAT applies
 * to them, the total, then the payments that settled it and what is left to pay.
 */
export async function invoicePdf(data: InvoiceData): Promise<Uint8Array> {
  const text = paperText(data.locale)
  const money = (cents: number) => formatMoney(cents, data.currency, intlLocaleOf(data.locale))
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

  sheet.put(text.description.toUpperCase(), sheet.left, { size: 8, bold: true, muted: true })
  sheet.put(text.amount.toUpperCase(), sheet.right, { size: 8, bold: true, muted: true, align: 'right' })
  sheet.down(6)
  sheet.rule()
  sheet.down(16)
  for (const section of invoiceSections(data.lines)) {
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
  sheet.row(text.total, money(data.total), { size: 12, bold: true })
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
