import type Stripe from 'stripe'

import type { PaymentEvent, PaymentKind } from '../port'

export function kindOf(value: string | undefined): PaymentKind | undefined {
  return value === 'deposit' || value === 'balance' ? value : undefined
}

export function idOf(value: string | { id: string } | null | undefined): string | undefined {
  if (!value) return undefined
  return typeof value === 'string' ? value : value.id
}

function sessionEvent(
  event: Stripe.Event,
  session: Stripe.Checkout.Session,
  type: 'payment_succeeded' | 'payment_failed',
  failureReason?: string,
): PaymentEvent {
  return {
    eventId: event.id,
    type,
    providerReference: session.id,
    amount: session.amount_total ?? 0,
    currency: (session.currency ?? '').toUpperCase(),
    captureReference: idOf(session.payment_intent),
    orderId: session.metadata?.orderId,
    kind: kindOf(session.metadata?.kind),
    ...(failureReason ? { failureReason } : {}),
  }
}

function refundEvent(event: Stripe.Event, refund: Stripe.Refund): PaymentEvent | null {
  let type: 'refund_succeeded' | 'refund_failed'
  if (refund.status === 'succeeded') type = 'refund_succeeded'
  else if (refund.status === 'failed' || refund.status === 'canceled') type = 'refund_failed'
  // Pending refunds settle nothing yet: a later refund.updated says how they ended.
  else return null
  return {
    eventId: event.id,
    type,
    refundReference: refund.id,
    captureReference: idOf(refund.payment_intent),
    amount: refund.amount,
    currency: refund.currency.toUpperCase(),
  }
}

/** Reduces a verified Stripe event to what settles our records; null for what we do not act on. */
export function toPaymentEvent(event: Stripe.Event): PaymentEvent | null {
  switch (event.type) {
    case 'checkout.session.completed':
    case 'checkout.session.async_payment_succeeded':
      // A completed session paid by a delayed method (bank debit) is still unpaid: wait for its outcome.
      return event.data.object.payment_status === 'paid'
        ? sessionEvent(event, event.data.object, 'payment_succeeded')
        : null
    case 'checkout.session.async_payment_failed':
      return sessionEvent(event, event.data.object, 'payment_failed', 'payment failed')
    case 'checkout.session.expired':
      return sessionEvent(event, event.data.object, 'payment_failed', 'checkout expired')
    case 'refund.created':
    case 'refund.updated':
    case 'refund.failed':
      return refundEvent(event, event.data.object)
    default:
      return null
  }
}
