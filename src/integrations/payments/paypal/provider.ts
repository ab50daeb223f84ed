import { request as httpRequest, type IncomingMessage, type RequestOptions } from 'node:http'

import {
  CheckoutPaymentIntent,
  Client,
  Environment,
  type Order,
  OrdersController,
  PaymentsController,
  PaypalExperienceUserAction,
  PaypalWalletContextShippingPreference,
} from '@paypal/paypal-server-sdk'

import {
  type Checkout,
  type CheckoutRequest,
  type PaymentProvider,
  type ProviderPayment,
  type ProviderPaymentStatus,
  type ProviderRefund,
  ProviderRejectedError,
  ProviderUnavailableError,
  type RefundRequest,
} from '../port'
import { centsToPayPalValue, payPalValueToCents } from './amount'
import { payPalIssue, toProviderError } from './errors'
import { customIdFor, invoiceIdFor, parseCustomId } from './references'
import { createWebhookVerifier, toPaymentEvent } from './webhook'

export interface PayPalConfig {
  clientId: string
  clientSecret: string
  webhookId: string
  environment: 'sandbox' | 'live'
  /** A plain-HTTP stand-in for PayPal's API (the local fake in tests). */
  apiBase?: string
  timeoutMs?: number
}

const API_BASES = { sandbox: 'https://api-m.sandbox.paypal.com', live: 'https://api-m.paypal.com' } as const

/**
 * The SDK only knows PayPal's two hosts. Its axios proxy option does not help: axios tunnels HTTPS
 * targets through CONNECT. So the SDK gets an axios transport that sends the same method, path and
 * headers over plain HTTP to apiBase instead.
 */
function transportTo(apiBase: string) {
  const base = new URL(apiBase)
  const prefix = base.pathname.replace(/\/$/, '')
  return {
    request(options: RequestOptions, callback?: (response: IncomingMessage) => void) {
      return httpRequest(
        {
          ...options,
          protocol: 'http:',
          hostname: base.hostname,
          host: base.hostname,
          port: base.port || 80,
          path: `${prefix}${options.path ?? '/'}`,
          agent: undefined,
        },
        callback,
      )
    },
  }
}

const PAID_CAPTURE = new Set(['COMPLETED', 'PARTIALLY_REFUNDED', 'REFUNDED'])
const FAILED_CAPTURE = new Set(['DECLINED', 'FAILED'])

function paymentFromOrder(order: Order, providerReference: string): ProviderPayment {
  const unit = order.purchaseUnits?.[0]
  const captures = unit?.payments?.captures ?? []
  const paid = captures.find((capture) => capture.status && PAID_CAPTURE.has(capture.status))
  const money = paid?.amount ?? unit?.amount
  const references = parseCustomId(paid?.customId ?? unit?.customId)
  let status: ProviderPaymentStatus = 'pending'
  if (order.status === 'COMPLETED' && paid) status = 'succeeded'
  else if (order.status === 'VOIDED' || captures.some((c) => c.status && FAILED_CAPTURE.has(c.status))) {
    status = 'failed'
  }
  return {
    providerReference,
    status,
    amount: money ? payPalValueToCents(money.value) : 0,
    currency: money?.currencyCode ?? 'EUR',
    ...(paid?.id ? { captureReference: paid.id } : {}),
    ...references,
  }
}

export function createPayPalProvider(config: PayPalConfig): PaymentProvider {
  const timeoutMs = config.timeoutMs ?? 20_000
  const client = new Client({
    clientCredentialsAuthCredentials: { oAuthClientId: config.clientId, oAuthClientSecret: config.clientSecret },
    environment: config.environment === 'live' ? Environment.Production : Environment.Sandbox,
    timeout: timeoutMs,
    ...(config.apiBase ? { unstable_httpClientOptions: { transport: transportTo(config.apiBase) } } : {}),
  })
  const orders = new OrdersController(client)
  const payments = new PaymentsController(client)
  const verifiedEvent = createWebhookVerifier({
    base: (config.apiBase ?? API_BASES[config.environment]).replace(/\/$/, ''),
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    webhookId: config.webhookId,
    timeoutMs,
  })

  async function getOrder(id: string): Promise<Order> {
    try {
      return (await orders.getOrder({ id })).result
    } catch (error) {
      throw toProviderError(error, 'read the order')
    }
  }

  async function getPayment(providerReference: string): Promise<ProviderPayment> {
    return paymentFromOrder(await getOrder(providerReference), providerReference)
  }

  return {
    id: 'paypal',

    async createCheckout(request: CheckoutRequest): Promise<Checkout> {
      let order: Order
      try {
        const response = await orders.createOrder({
          paypalRequestId: request.idempotencyKey,
          prefer: 'return=representation',
          body: {
            intent: CheckoutPaymentIntent.Capture,
            purchaseUnits: [
              {
                amount: { currencyCode: request.currency, value: centsToPayPalValue(request.amount) },
                customId: customIdFor(request.orderId, request.kind),
                invoiceId: invoiceIdFor(request.orderNumber, request.kind, request.idempotencyKey),
                description: request.description.slice(0, 127),
              },
            ],
            paymentSource: {
              paypal: {
                ...(request.customerEmail ? { emailAddress: request.customerEmail } : {}),
                experienceContext: {
                  returnUrl: request.returnUrl,
                  cancelUrl: request.cancelUrl,
                  locale: request.locale === 'fr' ? 'fr-FR' : 'en-GB',
                  userAction: PaypalExperienceUserAction.PayNow,
                  shippingPreference: PaypalWalletContextShippingPreference.NoShipping,
                },
              },
            },
          },
        })
        order = response.result
      } catch (error) {
        throw toProviderError(error, 'create the order')
      }
      const link = order.links?.find((l) => l.rel === 'payer-action') ?? order.links?.find((l) => l.rel === 'approve')
      if (!order.id || !link) throw new ProviderUnavailableError('PayPal answered an order without an approval link')
      return { providerReference: order.id, redirectUrl: link.href }
    },

    async completeReturn(providerReference: string): Promise<void> {
      try {
        // One request id per order: a reload of the return page, or two tabs, capture once.
        await orders.captureOrder({
          id: providerReference,
          paypalRequestId: `capture-${providerReference}`,
          prefer: 'return=minimal',
        })
      } catch (error) {
        if (payPalIssue(error) === 'ORDER_ALREADY_CAPTURED') return
        throw toProviderError(error, 'capture the order')
      }
    },

    getPayment,

    async refund(request: RefundRequest): Promise<ProviderRefund> {
      const captureId = request.captureReference ?? (await getPayment(request.providerReference)).captureReference
      if (!captureId) throw new ProviderRejectedError('PayPal has no capture to refund for this payment')
      try {
        const { result } = await payments.refundCapturedPayment({
          captureId,
          paypalRequestId: request.idempotencyKey,
          prefer: 'return=representation',
          body: {
            amount: { currencyCode: request.currency.toUpperCase(), value: centsToPayPalValue(request.amount) },
            ...(request.reason ? { noteToPayer: request.reason.slice(0, 255) } : {}),
          },
        })
        if (!result.id) throw new ProviderUnavailableError('PayPal answered a refund without an id')
        const status: ProviderPaymentStatus =
          result.status === 'COMPLETED' ? 'succeeded' : result.status === 'PENDING' ? 'pending' : 'failed'
        return { refundReference: result.id, status }
      } catch (error) {
        throw toProviderError(error, 'refund the capture')
      }
    },

    async parseWebhook(rawBody: string, headers: Headers) {
      return toPaymentEvent(await verifiedEvent(rawBody, headers))
    },
  }
}
