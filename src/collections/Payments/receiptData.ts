import type { PayloadRequest } from 'payload'

import type { Paperwork } from '@/api/paperworkResponse'
import { customerParty, sellerParty } from '@/documents/parties'
import type { PaperLocale, ReceiptData } from '@/documents/types'
import { idOf } from '@/domain/relationId'
import { vehicleLabelIn } from '@/domain/vehicleName'

/**
 * The receipt of a payment, read as the caller: staff and the paying customer see it, anyone else
 * finds nothing. A payment they may read but that has no receipt number (pending, failed) has no
 * receipt yet (`data: null`).
 */
export async function loadReceiptData(
  req: PayloadRequest,
  id: string,
  locale?: PaperLocale,
): Promise<Paperwork<ReceiptData>> {
  const payment = await req.payload.findByID({
    collection: 'payments',
    id,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    disableErrors: true,
    req,
  })
  if (!payment) return { found: false }
  if (!payment.receiptNumber || payment.status !== 'succeeded') return { found: true, data: null }

  const [order, customer, settings, refunded] = await Promise.all([
    req.payload.findByID({
      collection: 'orders',
      id: idOf(payment.order) ?? '',
      depth: 1,
      req,
      select: { number: true, vehicleLabel: true, vehicleLabelEn: true, vehicle: true },
      populate: { vehicles: { title: true, year: true } },
    }),
    payment.customer
      ? req.payload.findByID({ collection: 'customers', id: idOf(payment.customer) ?? '', depth: 0, req })
      : null,
    req.payload.findGlobal({ slug: 'site-settings', depth: 0, req }),
    payment.refundOf
      ? req.payload.findByID({
          collection: 'payments',
          id: idOf(payment.refundOf) ?? '',
          depth: 0,
          req,
          disableErrors: true,
          select: { receiptNumber: true },
        })
      : null,
  ])
  const language: PaperLocale = locale ?? (customer?.language === 'en' ? 'en' : 'fr')
  const vehicle = typeof order.vehicle === 'object' ? order.vehicle : null
  return {
    found: true,
    data: {
      locale: language,
      seller: sellerParty(settings),
      customer: customerParty(customer, language),
      number: payment.receiptNumber,
      date: payment.receivedAt ?? payment.updatedAt,
      orderNumber: order.number ?? '—',
      vehicle: vehicleLabelIn(order, language) ?? (vehicle?.title ? `${vehicle.title} · ${vehicle.year}` : null),
      kind: payment.kind,
      provider: payment.provider,
      providerReference: payment.providerReference ?? null,
      refundOf: refunded?.receiptNumber ?? null,
      amount: payment.amount,
      currency: payment.currency ?? 'EUR',
    },
  }
}
