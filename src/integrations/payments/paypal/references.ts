import { createHash } from 'node:crypto'

import { type PaymentKind } from '../port'

/** `custom_id` ties every PayPal order, capture and webhook back to our order and payment kind. */
export function customIdFor(orderId: string, kind: PaymentKind): string {
  return `${orderId}:${kind}`
}

export function parseCustomId(customId: unknown): { orderId?: string; kind?: PaymentKind } {
  if (typeof customId !== 'string') return {}
  const separator = customId.lastIndexOf(':')
  if (separator <= 0) return {}
  const kind = customId.slice(separator + 1)
  if (kind !== 'deposit' && kind !== 'balance') return {}
  return { orderId: customId.slice(0, separator), kind }
}

/**
 * PayPal refuses a second order with the same invoice_id, so each checkout attempt gets its own,
 * still readable in the seller's PayPal account.
 */
export function invoiceIdFor(orderNumber: string, kind: PaymentKind, idempotencyKey: string): string {
  const hash = createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 8)
  return `${orderNumber}-${kind}-${hash}`.slice(0, 127)
}

/** The id at the end of a HATEOAS link such as …/v2/payments/captures/<id>. */
export function idFromLink(links: unknown, rel: string, collection: string): string | undefined {
  if (!Array.isArray(links)) return undefined
  for (const link of links as { rel?: unknown; href?: unknown }[]) {
    if (link?.rel !== rel || typeof link.href !== 'string') continue
    const match = new RegExp(`/${collection}/([^/?#]+)$`).exec(link.href)
    if (match) return decodeURIComponent(match[1]!)
  }
  return undefined
}
