import type { PayloadRequest } from 'payload'

import { getEnv } from '@/config/env'
import type { Order } from '@/payload-types'
import type { MessageLocale, OrderSummary } from './templates/types'
import { vehicleLabelIn } from '@/domain/vehicleName'

/** Who a message is for: the customer's name and the language they read us in (French by default), read once. */
export async function recipientOf(req: PayloadRequest, customerId: string) {
  const customer = await req.payload.findByID({
    collection: 'customers',
    id: customerId,
    depth: 0,
    req,
    select: { firstName: true, lastName: true, email: true, language: true },
  })
  const locale: MessageLocale = customer.language === 'en' ? 'en' : 'fr'
  return { ...customer, locale }
}

/** An absolute storefront link in the reader's language (French at the root, English under /en). */
export function siteLink(locale: MessageLocale, path: string): string {
  return `${getEnv().SERVER_URL}${locale === 'en' ? '/en' : ''}${path}`
}

export function adminLink(path: string): string {
  return `${getEnv().SERVER_URL}/admin${path}`
}

export function orderSummary(
  order: Pick<Order, 'number' | 'vehicleLabel' | 'vehicleLabelEn' | 'totals' | 'amountPaid' | 'amountDue'>,
  locale: MessageLocale,
): OrderSummary {
  return {
    number: order.number ?? '',
    vehicle: vehicleLabelIn(order, locale),
    total: order.totals?.total ?? 0,
    paid: order.amountPaid ?? 0,
    due: Math.max(0, order.amountDue ?? 0),
  }
}
