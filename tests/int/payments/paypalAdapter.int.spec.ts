import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getEnv } from '@/config/env'
import { createPayPalProvider } from '@/integrations/payments/paypal'
import {
  type CheckoutRequest,
  type PaymentProvider,
  ProviderRejectedError,
  ProviderUnavailableError,
  WebhookRejectedError,
} from '@/integrations/payments/port'

import { freePort } from '../../helpers/fakeProviders/env'
import { type FakePayPal, startFakePayPal } from '../../helpers/fakeProviders/paypal'

interface Delivered {
  body: string
  headers: Headers
}

describe('PayPal adapter against the local fake PayPal', () => {
  let fake: FakePayPal
  let provider: PaymentProvider
  const delivered: Delivered[] = []

  beforeAll(async () => {
    const env = getEnv()
    fake = await startFakePayPal({
      port: Number(new URL(env.PAYPAL_API_BASE!).port),
      clientId: env.PAYPAL_CLIENT_ID!,
      clientSecret: env.PAYPAL_CLIENT_SECRET!,
      webhookId: env.PAYPAL_WEBHOOK_ID!,
      deliver: async (request) => {
        delivered.push({ body: await request.text(), headers: request.headers })
        return new Response(null, { status: 200 })
      },
    })
    provider = createPayPalProvider({
      clientId: env.PAYPAL_CLIENT_ID!,
      clientSecret: env.PAYPAL_CLIENT_SECRET!,
      webhookId: env.PAYPAL_WEBHOOK_ID!,
      environment: env.PAYPAL_ENVIRONMENT,
      apiBase: env.PAYPAL_API_BASE,
      timeoutMs: 1_500,
    })
  })

  afterAll(async () => {
    await fake?.close()
  })

  let counter = 0
  const checkout = (overrides: Partial<CheckoutRequest> = {}): CheckoutRequest => ({
    orderId: '42',
    orderNumber: 'O-2026-0042',
    kind: 'deposit',
    amount: 123_456,
    currency: 'EUR',
    description: 'Deposit for order O-2026-0042',
    locale: 'fr',
    returnUrl: 'http://localhost:3000/orders/42/payment/return',
    cancelUrl: 'http://localhost:3000/orders/42/payment/cancel',
    idempotencyKey: `payment-${Date.now()}-${++counter}`,
    ...overrides,
  })

  const lastDelivery = async (type: string) => {
    await fake.settled()
    const found = delivered.findLast((d) => JSON.parse(d.body).event_type === type)
    if (!found) throw new Error(`no ${type} delivered`)
    return found
  }

  /** A checkout the buyer approved and that Autoport captured. */
  const paid = async (amount = 123_456) => {
    const created = await provider.createCheckout(checkout({ amount }))
    fake.approve(created.providerReference)
    await provider.completeReturn(created.providerReference)
    return created
  }

  it('creates an order whose approval link is the hosted page, with what the buyer must see', async () => {
    const created = await provider.createCheckout(checkout({ customerEmail: 'client@example.test' }))
    expect(created.redirectUrl).toBe(`${fake.url}/approve/${created.providerReference}`)
    const order = fake.orders.get(created.providerReference)!
    expect(order).toMatchObject({ amount: 123_456, currency: 'EUR', customId: '42:deposit', locale: 'fr-FR' })
    expect(order.request.purchase_units[0].amount).toEqual({ currency_code: 'EUR', value: '1234.56' })
    expect(order.invoiceId).toMatch(/^O-2026-0042-deposit-[0-9a-f]{8}$/)
    expect(order.request.payment_source.paypal.experience_context).toMatchObject({
      user_action: 'PAY_NOW',
      shipping_preference: 'NO_SHIPPING',
      return_url: 'http://localhost:3000/orders/42/payment/return',
      cancel_url: 'http://localhost:3000/orders/42/payment/cancel',
    })

    const page = await fetch(created.redirectUrl)
    const html = await page.text()
    expect(html).toContain('<title>Fake PayPal</title>')
    expect(html).toContain('1234,56 €')
    expect(html).toContain('Approve and pay')
  })

  it('gives the same order for the same idempotency key', async () => {
    const request = checkout()
    const first = await provider.createCheckout(request)
    const again = await provider.createCheckout(request)
    expect(again.providerReference).toBe(first.providerReference)
    const creations = fake.requests.filter((r) => r.method === 'POST' && r.path === '/v2/checkout/orders')
    expect(creations.slice(-2).map((r) => r.requestId)).toEqual([request.idempotencyKey, request.idempotencyKey])
  })

  it('refuses to capture before the buyer approved', async () => {
    const created = await provider.createCheckout(checkout())
    const refused = await provider.completeReturn(created.providerReference).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(ProviderRejectedError)
    expect((refused as Error).message).toBe('PayPal refused to capture the order: ORDER_NOT_APPROVED (HTTP 422)')
    expect((await provider.getPayment(created.providerReference)).status).toBe('pending')
  })

  it('approval through the hosted page redirects back with the order token', async () => {
    const created = await provider.createCheckout(checkout())
    const response = await fetch(`${fake.url}/approve/${created.providerReference}`, {
      method: 'POST',
      redirect: 'manual',
    })
    expect(response.status).toBe(303)
    const back = new URL(response.headers.get('location')!)
    expect(back.pathname).toBe('/orders/42/payment/return')
    expect(back.searchParams.get('token')).toBe(created.providerReference)
    expect(back.searchParams.get('PayerID')).toBe('FAKEPAYER')
  })

  it('captures on return; the verified webhook says payment_succeeded with the cents and the capture', async () => {
    const created = await provider.createCheckout(checkout({ amount: 50_001, kind: 'balance' }))
    await expect(provider.completeReturn(created.providerReference)).rejects.toBeInstanceOf(ProviderRejectedError)
    fake.approve(created.providerReference)
    await provider.completeReturn(created.providerReference)
    await provider.completeReturn(created.providerReference)

    const captureCalls = fake.requests.filter(
      (r) => r.path === `/v2/checkout/orders/${created.providerReference}/capture`,
    )
    expect(captureCalls.map((r) => r.requestId)).toEqual(Array(3).fill(`capture-${created.providerReference}`))
    const order = fake.orders.get(created.providerReference)!
    const captureId = order.capture!.id
    expect([...fake.captures.values()].filter((c) => c.orderId === created.providerReference)).toHaveLength(1)

    const delivery = await lastDelivery('PAYMENT.CAPTURE.COMPLETED')
    const events = fake.events.filter(
      (e) => e.type === 'PAYMENT.CAPTURE.COMPLETED' && JSON.parse(e.body).resource.id === captureId,
    )
    expect(events).toHaveLength(1)
    const event = await provider.parseWebhook(delivery.body, delivery.headers)
    expect(event).toEqual({
      eventId: events[0]!.id,
      type: 'payment_succeeded',
      providerReference: created.providerReference,
      captureReference: captureId,
      amount: 50_001,
      currency: 'EUR',
      orderId: '42',
      kind: 'balance',
    })

    expect(await provider.getPayment(created.providerReference)).toEqual({
      providerReference: created.providerReference,
      status: 'succeeded',
      amount: 50_001,
      currency: 'EUR',
      captureReference: captureId,
      orderId: '42',
      kind: 'balance',
    })
  })

  it('a resent event verifies again and carries the same event id', async () => {
    await paid(700)
    const original = await lastDelivery('PAYMENT.CAPTURE.COMPLETED')
    const first = await provider.parseWebhook(original.body, original.headers)
    const resent = await fake.resend(JSON.parse(original.body).id)
    const again = await provider.parseWebhook(resent.body, new Headers(resent.headers))
    expect(again).toEqual(first)
  })

  it('rejects forged, tampered and unsigned webhooks', async () => {
    await paid(900)
    const genuine = await lastDelivery('PAYMENT.CAPTURE.COMPLETED')
    const event = JSON.parse(genuine.body)

    await expect(provider.parseWebhook(genuine.body, new Headers(fake.forge(event)))).rejects.toBeInstanceOf(
      WebhookRejectedError,
    )

    const tampered = JSON.stringify({
      ...event,
      resource: { ...event.resource, amount: { currency_code: 'EUR', value: '0.01' } },
    })
    await expect(provider.parseWebhook(tampered, genuine.headers)).rejects.toBeInstanceOf(WebhookRejectedError)

    const missing = new Headers(genuine.headers)
    missing.delete('paypal-transmission-sig')
    await expect(provider.parseWebhook(genuine.body, missing)).rejects.toBeInstanceOf(WebhookRejectedError)
    await expect(provider.parseWebhook(genuine.body, new Headers())).rejects.toBeInstanceOf(WebhookRejectedError)
    await expect(provider.parseWebhook('{not json', genuine.headers)).rejects.toBeInstanceOf(WebhookRejectedError)
  })

  it('refunds part, then the rest; one cent more is refused', async () => {
    const created = await paid(10_000)
    const { captureReference } = await provider.getPayment(created.providerReference)
    const base = { providerReference: created.providerReference, captureReference, currency: 'EUR' }

    const part = await provider.refund({ ...base, amount: 2_501, idempotencyKey: `refund-a-${counter}` })
    expect(fake.requests.at(-1)).toMatchObject({
      path: `/v2/payments/captures/${captureReference}/refund`,
      requestId: `refund-a-${counter}`,
    })
    expect(part.status).toBe('succeeded')
    const retried = await provider.refund({ ...base, amount: 2_501, idempotencyKey: `refund-a-${counter}` })
    expect(retried.refundReference).toBe(part.refundReference)

    const rest = await provider.refund({ ...base, amount: 7_499, idempotencyKey: `refund-b-${counter}` })
    expect(rest.status).toBe('succeeded')
    await expect(provider.refund({ ...base, amount: 1, idempotencyKey: `refund-c-${counter}` })).rejects.toBeInstanceOf(
      ProviderRejectedError,
    )
    expect(fake.captures.get(captureReference!)).toMatchObject({ refunded: 10_000, status: 'REFUNDED' })

    const delivery = await lastDelivery('PAYMENT.CAPTURE.REFUNDED')
    expect(await provider.parseWebhook(delivery.body, delivery.headers)).toMatchObject({
      type: 'refund_succeeded',
      refundReference: rest.refundReference,
      captureReference,
      amount: 7_499,
      currency: 'EUR',
    })
    // Refunded captures still count as a payment PayPal took.
    expect((await provider.getPayment(created.providerReference)).status).toBe('succeeded')
  })

  it('a refund without a capture reference finds the capture from the order', async () => {
    const created = await paid(3_000)
    const refund = await provider.refund({
      providerReference: created.providerReference,
      amount: 3_000,
      currency: 'EUR',
      idempotencyKey: `refund-lookup-${counter}`,
    })
    expect(refund.status).toBe('succeeded')
  })

  it('a server error or a hung PayPal is ProviderUnavailableError', async () => {
    fake.failNext(500)
    await expect(provider.createCheckout(checkout())).rejects.toBeInstanceOf(ProviderUnavailableError)
    fake.failNext('timeout')
    await expect(provider.getPayment('ANYORDER')).rejects.toBeInstanceOf(ProviderUnavailableError)
    // And it recovers once PayPal answers again.
    const created = await provider.createCheckout(checkout())
    expect(created.providerReference).toBeTruthy()
  })

  it('keeps serving when the webhook receiver is down', async () => {
    const lonely = await startFakePayPal({
      port: await freePort(),
      clientId: 'lonely-client',
      clientSecret: 'lonely-secret',
      webhookId: 'WH-LONELY',
      deliver: `http://127.0.0.1:${await freePort()}/api/webhooks/paypal`,
    })
    try {
      const other = createPayPalProvider({
        clientId: 'lonely-client',
        clientSecret: 'lonely-secret',
        webhookId: 'WH-LONELY',
        environment: 'sandbox',
        apiBase: lonely.url,
      })
      const created = await other.createCheckout(checkout())
      lonely.approve(created.providerReference)
      await other.completeReturn(created.providerReference)
      await lonely.settled()
      expect(lonely.events).toHaveLength(1)
      expect(typeof lonely.events[0]!.delivery).toBe('string')
      expect((await other.getPayment(created.providerReference)).status).toBe('succeeded')
      const wrongKey = createPayPalProvider({
        clientId: 'lonely-client',
        clientSecret: 'not-the-secret',
        webhookId: 'WH-LONELY',
        environment: 'sandbox',
        apiBase: lonely.url,
      })
      await expect(wrongKey.getPayment(created.providerReference)).rejects.toBeInstanceOf(ProviderRejectedError)
    } finally {
      await lonely.close()
    }
  })

  it('an unknown order is a rejection, without secrets in the message', async () => {
    const error = await provider.getPayment('NOSUCHORDER').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ProviderRejectedError)
    expect((error as Error).message).toMatch(/INVALID_RESOURCE_ID/)
    expect((error as Error).message).not.toContain(getEnv().PAYPAL_CLIENT_SECRET!)
  })
})
