import type { PayloadRequest } from 'payload'

import type { Paperwork } from '@/api/paperworkResponse'
import { paperText } from '@/documents/paperText'
import { customerParty, sellerParty } from '@/documents/parties'
import { pricedLines } from '@/documents/pricedLines'
import type { InvoiceData, InvoiceLine, PaperLocale } from '@/documents/types'
import { sumCents } from '@/domain/money'
import { idOf } from '@/domain/relationId'
import { vehicleLabelIn } from '@/domain/vehicleName'

/**
 * The final invoice of an order, read as the caller: staff and the ordering customer see it, anyone
 * else finds nothing; an order they may read that is not invoiced yet has `data: null`. The lines
 * are the accepted quote's, with the quote's own VAT lines; if the order's total was changed after
 * the quote, one adjustment line keeps the invoice adding up to what was actually charged.
 */
export async function loadInvoiceData(
  req: PayloadRequest,
  id: string,
  locale?: PaperLocale,
): Promise<Paperwork<InvoiceData>> {
  const order = await req.payload.findByID({
    collection: 'orders',
    id,
    depth: 1,
    overrideAccess: false,
    user: req.user,
    disableErrors: true,
    req,
    select: {
      number: true,
      status: true,
      quote: true,
      customer: true,
      vehicle: true,
      vehicleLabel: true,
      vehicleLabelEn: true,
      totals: true,
      amountPaid: true,
      amountDue: true,
      invoiceNumber: true,
      invoicedAt: true,
    },
    populate: { vehicles: { title: true, year: true }, quotes: { number: true, lines: true, totals: true } },
  })
  if (!order) return { found: false }
  if (!order.invoiceNumber) return { found: true, data: null }

  const [customer, settings, payments] = await Promise.all([
    req.payload.findByID({ collection: 'customers', id: idOf(order.customer) ?? '', depth: 0, req }),
    req.payload.findGlobal({ slug: 'site-settings', depth: 0, req }),
    req.payload.find({
      collection: 'payments',
      where: { and: [{ order: { equals: order.id } }, { status: { equals: 'succeeded' } }] },
      sort: 'receivedAt',
      pagination: false,
      depth: 0,
      req,
      select: { receiptNumber: true, receivedAt: true, createdAt: true, kind: true, amount: true },
    }),
  ])
  const language: PaperLocale = locale ?? (customer.language === 'en' ? 'en' : 'fr')
  const text = paperText(language)
  const seller = sellerParty(settings)
  const quote = typeof order.quote === 'object' ? order.quote : null
  const vehicle = typeof order.vehicle === 'object' ? order.vehicle : null
  const vehicleName = vehicleLabelIn(order, language) ?? (vehicle?.title ? `${vehicle.title} · ${vehicle.year}` : null)

  const lines: InvoiceLine[] = pricedLines(
    quote?.lines ?? [],
    quote?.totals?.serviceFee ?? 0,
    text.serviceFee(seller.siteName),
  )
  const gap = order.totals.total - sumCents(lines.map((line) => line.amount))
  if (gap !== 0) {
    const label = lines.length ? text.adjustment : (vehicleName ?? `${text.order} ${order.number ?? ''}`)
    lines.push({ label, amount: gap, category: 'supply', vatIncluded: true })
  }

  return {
    found: true,
    data: {
      locale: language,
      seller,
      customer: customerParty(customer, language),
      number: order.invoiceNumber,
      date: order.invoicedAt ?? new Date().toISOString(),
      orderNumber: order.number ?? '—',
      quoteNumber: quote?.number ?? null,
      vehicle: vehicleName,
      lines,
      total: order.totals.total,
      currency: order.totals.currency ?? 'EUR',
      payments: payments.docs
        .filter((payment) => payment.receiptNumber)
        .map((payment) => ({
          receiptNumber: payment.receiptNumber ?? '',
          date: payment.receivedAt ?? payment.createdAt,
          kind: payment.kind,
          amount: payment.amount,
        })),
      amountPaid: order.amountPaid ?? 0,
      amountDue: order.amountDue ?? 0,
    },
  }
}
