/**
 * What the rest of Autoport needs from a card or wallet payment provider. Each adapter (stripe/,
 * paypal/) is the only code that imports its SDK; amounts are always integer minor units (cents),
 * computed on the server from the order.
 */

export type OnlineProviderId = 'stripe' | 'paypal'

export type PaymentKind = 'deposit' | 'balance'

export interface CheckoutRequest {
  /** Our order: sent to the provider as metadata so a webhook can always be tied back to it. */
  orderId: string
  orderNumber: string
  kind: PaymentKind
  /** Cents, computed on the server from the order. */
  amount: number
  currency: 'EUR'
  /** What the customer sees on the provider's page, e.g. "Deposit for order O-2026-0007". */
  description: string
  customerEmail?: string
  locale: 'fr' | 'en'
  /** Where the provider sends the customer back; it only shows a status, it never settles. */
  returnUrl: string
  cancelUrl: string
  /** Same key → same checkout at the provider (Stripe Idempotency-Key, PayPal-Request-Id). */
  idempotencyKey: string
}

export interface Checkout {
  /** Stripe Checkout Session id (cs_…) or PayPal order id: the key of our payment record. */
  providerReference: string
  /** The provider's hosted page the customer is sent to. */
  redirectUrl: string
}

export type ProviderPaymentStatus = 'pending' | 'succeeded' | 'failed'

export interface ProviderPayment {
  providerReference: string
  status: ProviderPaymentStatus
  /** What the provider actually took, in cents (may differ from what we asked if tampered with). */
  amount: number
  currency: string
  /** Stripe PaymentIntent id / PayPal capture id: what a refund is made against. */
  captureReference?: string
  orderId?: string
  kind?: PaymentKind
}

export interface RefundRequest {
  providerReference: string
  captureReference?: string
  amount: number
  currency: string
  /** Our refund record's id: a retried call never refunds twice. */
  idempotencyKey: string
  reason?: string
}

export interface ProviderRefund {
  refundReference: string
  status: ProviderPaymentStatus
}

/**
 * A verified webhook, reduced to what settles our records. `eventId` is the provider's own id of
 * the event (replays carry the same one).
 */
export type PaymentEvent =
  | {
      eventId: string
      type: 'payment_succeeded' | 'payment_failed'
      providerReference: string
      amount: number
      currency: string
      captureReference?: string
      orderId?: string
      kind?: PaymentKind
      failureReason?: string
    }
  | {
      eventId: string
      type: 'refund_succeeded' | 'refund_failed'
      refundReference: string
      /** The payment refunded, when the provider says (for refunds made outside Autoport). */
      captureReference?: string
      amount: number
      currency: string
    }

/** The provider could not be reached or answered with a server error: nothing was charged by us. */
export class ProviderUnavailableError extends Error {
  override name = 'ProviderUnavailableError'
}

/** The provider refused the request itself (bad amount, already refunded…). */
export class ProviderRejectedError extends Error {
  override name = 'ProviderRejectedError'
}

/** Unsigned, badly signed, stale or unreadable webhook: answered 400, nothing written. */
export class WebhookRejectedError extends Error {
  override name = 'WebhookRejectedError'
}

export interface PaymentProvider {
  readonly id: OnlineProviderId
  createCheckout(request: CheckoutRequest): Promise<Checkout>
  /**
   * Called when the customer comes back from the provider's page. PayPal needs the approved order
   * captured (idempotently); Stripe has nothing to do. Never settles anything itself.
   */
  completeReturn(providerReference: string): Promise<void>
  getPayment(providerReference: string): Promise<ProviderPayment>
  refund(request: RefundRequest): Promise<ProviderRefund>
  /**
   * Verifies the signature over the exact raw body and returns the event, or null for an event
   * type we do not act on. Throws WebhookRejectedError when it cannot be trusted.
   */
  parseWebhook(rawBody: string, headers: Headers): Promise<PaymentEvent | null>
}
