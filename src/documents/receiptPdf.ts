import { price } from '@/domain/format'

import { letterhead, sellerMentions } from './letterhead'
import { paperDate, paperText } from './paperText'
import { Sheet } from './sheet'
import type { ReceiptData } from './types'

/** The receipt of one payment received, or for a refund the credit note that gives it back. */
export async function receiptPdf(data: ReceiptData): Promise<Uint8Array> {
  const text = paperText(data.locale)
  // Paperwork shows every amount to the cent.
  const money = (cents: number) => price(cents, data.currency, data.locale, { exact: true })
  const refund = data.kind === 'refund'
  const title = refund ? text.creditNote : text.receipt
  const sheet = await Sheet.create(`${title} ${data.number}`, data.seller.siteName)

  letterhead(
    sheet,
    data.seller,
    data.customer,
    title,
    [
      [text.number, data.number],
      [text.date, paperDate(data.date, data.locale)],
      [text.order, data.orderNumber],
      [text.vehicle, data.vehicle],
    ],
    text,
  )

  sheet.rule()
  sheet.down(18)
  const details: [string, string | null | undefined][] = [
    [text.kind, text.kinds[data.kind]],
    [text.method, text.providers[data.provider]],
    [text.reference, data.providerReference],
    [text.refundOf, refund ? data.refundOf : null],
  ]
  for (const [label, value] of details) if (value) sheet.row(label, value)
  sheet.down(4)
  sheet.rule()
  sheet.down(18)
  sheet.row(refund ? text.amountRefunded : text.amountReceived, money(data.amount), { size: 12, bold: true })
  sheet.down(14)
  const sentence = refund ? text.refundedTo : text.receivedFrom
  sheet.paragraph(sentence(money(data.amount), data.customer.name, data.orderNumber))

  return sheet.finish(sellerMentions(data.seller, text), text.page)
}
