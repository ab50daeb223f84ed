import Stripe from 'stripe'

import {
  ProviderRejectedError,
  ProviderUnavailableError,
  WebhookRejectedError,
  type Checkout,
  type CheckoutRequest,
  type PaymentEvent,
  type PaymentProvider,
  type ProviderPayment,
  type ProviderPaymentStatus,
  type ProviderRefund,
  type RefundRequest,
} from '../port'
import { toProviderError } from './providerError'
import { idOf, kindOf, toPaymentEvent } from './webhookEvent'

export interface StripeProviderConfig {
  secretKey: string
  webhookSecret: string
  /** Another API origin (a local fake in tests); unset means api.stripe.com. */
  apiBase?: string
  timeoutMs?: number
}

function connection(apiBase: string | undefined): Pick<Stripe.StripeConfig, 'host' | 'port' | 'protocol'> {
  if (!apiBase) return {}
  const url = new URL(apiBase)
  const protocol = url.protocol === 'http:' ? 'http' : 'https'
  return { host: url.hostname, port: url.port || (protocol === 'http' ? 80 : 443), protocol }
}

function refundStatus(status: string | null): ProviderPaymentStatus {
  if (status === 'succeeded') return 'succeeded'
  if (status === 'failed' || status === 'canceled') return 'failed'
  return 'pending'
}

function paymentStatus(session: Stripe.Checkout.Session): ProviderPaymentStatus {
  if (session.payment_status === 'paid') return 'succeeded'
  if (session.status === 'expired') return 'failed'
  return 'pending'
}

export function createStripeProvider(config: StripeProviderConfig): PaymentProvider {
  const stripe = new Stripe(config.secretKey, {
    ...connection(config.apiBase),
    // A checkout or refund call sits inside a customer's or staff member's request: fail fast.
    timeout: config.timeoutMs ?? 10_000,
    maxNetworkRetries: 1,
    telemetry: false,
  })

  async function call<T>(action: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run()
    } catch (error) {
      throw toProviderError(error, action)
    }
  }

  return {
    id: 'stripe',

    async createCheckout(request: CheckoutRequest): Promise<Checkout> {
      const metadata = { orderId: request.orderId, kind: request.kind }
      const session = await call('checkout', () =>
        stripe.checkout.sessions.create(
          {
            mode: 'payment',
            line_items: [
              {
                quantity: 1,
                price_data: {
                  currency: request.currency.toLowerCase(),
                  unit_amount: request.amount,
                  product_data: { name: request.description },
                },
              },
            ],
            metadata,
            payment_intent_data: { metadata, description: request.description },
            client_reference_id: request.orderId,
            success_url: request.returnUrl,
            cancel_url: request.cancelUrl,
            ...(request.customerEmail ? { customer_email: request.customerEmail } : {}),
            locale: request.locale,
          },
          { idempotencyKey: request.idempotencyKey },
        ),
      )
      if (!session.url) throw new ProviderUnavailableError('Stripe returned a Checkout Session without a URL')
      return { providerReference: session.id, redirectUrl: session.url }
    },

    async completeReturn(): Promise<void> {
      // Stripe settles a Checkout Session on its own; the webhook brings the outcome.
    },

    async getPayment(providerReference: string): Promise<ProviderPayment> {
      const session = await call('payment lookup', () => stripe.checkout.sessions.retrieve(providerReference))
      return {
        providerReference: session.id,
        status: paymentStatus(session),
        amount: session.amount_total ?? 0,
        currency: (session.currency ?? '').toUpperCase(),
        captureReference: idOf(session.payment_intent),
        orderId: session.metadata?.orderId,
        kind: kindOf(session.metadata?.kind),
      }
    },

    async refund(request: RefundRequest): Promise<ProviderRefund> {
      const paymentIntent =
        request.captureReference ??
        idOf((await call('refund', () => stripe.checkout.sessions.retrieve(request.providerReference))).payment_intent)
      if (!paymentIntent) throw new ProviderRejectedError('Stripe refund rejected: the Checkout Session was never paid')
      const refund = await call('refund', () =>
        stripe.refunds.create(
          {
            payment_intent: paymentIntent,
            amount: request.amount,
            ...(request.reason ? { metadata: { reason: request.reason.slice(0, 500) } } : {}),
          },
          { idempotencyKey: request.idempotencyKey },
        ),
      )
      return { refundReference: refund.id, status: refundStatus(refund.status) }
    },

    async parseWebhook(rawBody: string, headers: Headers): Promise<PaymentEvent | null> {
      const signature = headers.get('stripe-signature')
      if (!signature) throw new WebhookRejectedError('missing Stripe-Signature header')
      let event: Stripe.Event
      try {
        event = await stripe.webhooks.constructEventAsync(rawBody, signature, config.webhookSecret)
      } catch (error) {
        if (error instanceof Stripe.errors.StripeSignatureVerificationError) {
          throw new WebhookRejectedError(
            /tolerance/i.test(error.message) ? 'stale Stripe-Signature timestamp' : 'bad Stripe-Signature',
          )
        }
        throw new WebhookRejectedError('unreadable webhook body')
      }
      return toPaymentEvent(event)
    },
  }
}
