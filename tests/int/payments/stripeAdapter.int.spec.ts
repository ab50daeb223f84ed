import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { getEnv } from '@/config/env'
import {
  ProviderRejectedError,
  ProviderUnavailableError,
  WebhookRejectedError,
  type CheckoutRequest,
  type PaymentProvider,
} from '@/integrations/payments/port'
import { createStripeProvider } from '@/integrations/payments/stripe'
import { startFakeStripe, type FakeStripe } from '../../helpers/fakeProviders/stripe'

interface Received {
  body: string
  headers: Headers
}

describe('Stripe adapter against the fake Stripe', () => {
  let fake: FakeStripe
  let stripe: PaymentProvider
  const received: Received[] = []

  const providerFor = (overrides: { secretKey?: string; timeoutMs?: number } = {}) => {
    const env = getEnv()
    return createStripeProvider({
      secretKey: overrides.secretKey ?? env.STRIPE_SECRET_KEY!,
      webhookSecret: env.STRIPE_WEBHOOK_SECRET!,
      apiBase: env.STRIPE_API_BASE,
      timeoutMs: overrides.timeoutMs,
    })
  }

  let counter = 0
  const checkoutRequest = (overrides: Partial<CheckoutRequest> = {}): CheckoutRequest => {
    counter += 1
    return {
      orderId: `order-${counter}`,
      orderNumber: `O-2026-${String(counter).padStart(4, '0')}`,
      kind: 'deposit',
      amount: 123_456,
      currency: 'EUR',
      description: `Deposit for order O-2026-${String(counter).padStart(4, '0')}`,
      customerEmail: 'buyer@example.test',
      locale: 'fr',
      returnUrl: 'http://localhost:3000/fr/payment/return?session_id={CHECKOUT_SESSION_ID}',
      cancelUrl: 'http://localhost:3000/fr/payment/cancelled',
      idempotencyKey: `checkout-${counter}-${Date.now()}`,
      ...overrides,
    }
  }

  const lastReceived = () => {
    const last = received.at(-1)
    if (!last) throw new Error('no webhook received')
    return last
  }

  beforeAll(async () => {
    const env = getEnv()
    fake = await startFakeStripe({
      port: Number(new URL(env.STRIPE_API_BASE!).port),
      secretKey: env.STRIPE_SECRET_KEY!,
      webhookSecret: env.STRIPE_WEBHOOK_SECRET!,
      deliver: async (request) => {
        received.push({ body: await request.text(), headers: request.headers })
        return new Response(null, { status: 200 })
      },
    })
    stripe = providerFor()
  })

  afterAll(async () => {
    await fake?.close()
  })

  beforeEach(() => {
    received.length = 0
  })

  it('creates a Checkout Session and returns the hosted page', async () => {
    const request = checkoutRequest()
    const checkout = await stripe.createCheckout(request)

    expect(checkout.providerReference).toMatch(/^cs_test_/)
    expect(checkout.redirectUrl).toBe(`${getEnv().STRIPE_API_BASE}/checkout/${checkout.providerReference}`)
    const session = fake.sessions.get(checkout.providerReference)!
    expect(session).toMatchObject({
      amount_total: 123_456,
      currency: 'eur',
      mode: 'payment',
      client_reference_id: request.orderId,
      customer_email: 'buyer@example.test',
      locale: 'fr',
      metadata: { orderId: request.orderId, kind: 'deposit' },
      success_url: request.returnUrl,
      cancel_url: request.cancelUrl,
    })

    const page = await fetch(checkout.redirectUrl)
    const html = await page.text()
    expect(page.status).toBe(200)
    expect(html).toContain('<title>Fake Stripe Checkout</title>')
    expect(html).toContain(request.description)
    expect(html).toContain('€1,234.56')
    expect(html).toContain('<button type="submit">Pay</button>')
    expect(html).toContain(`<a href="${request.cancelUrl}">Cancel</a>`)
  })

  it('answers the same idempotency key with the same session', async () => {
    const request = checkoutRequest()
    const before = fake.sessions.size
    const first = await stripe.createCheckout(request)
    const second = await stripe.createCheckout(request)
    expect(second).toEqual(first)
    expect(fake.sessions.size).toBe(before + 1)
  })

  it('reports a session pending until paid, then succeeded with the payment intent', async () => {
    const request = checkoutRequest({ kind: 'balance', amount: 50_000 })
    const { providerReference } = await stripe.createCheckout(request)

    expect(await stripe.getPayment(providerReference)).toMatchObject({
      providerReference,
      status: 'pending',
      amount: 50_000,
      currency: 'EUR',
      orderId: request.orderId,
      kind: 'balance',
    })

    const response = await fetch(`${getEnv().STRIPE_API_BASE}/checkout/${providerReference}/pay`, {
      method: 'POST',
      redirect: 'manual',
    })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(
      `http://localhost:3000/fr/payment/return?session_id=${providerReference}`,
    )

    const payment = await stripe.getPayment(providerReference)
    expect(payment).toMatchObject({ status: 'succeeded', amount: 50_000, orderId: request.orderId, kind: 'balance' })
    expect(payment.captureReference).toMatch(/^pi_/)
  })

  it('reports an expired session as failed and maps its webhook', async () => {
    const { providerReference } = await stripe.createCheckout(checkoutRequest())
    const event = await fake.expire(providerReference)
    expect((await stripe.getPayment(providerReference)).status).toBe('failed')
    const { body, headers } = lastReceived()
    expect(await stripe.parseWebhook(body, headers)).toMatchObject({
      eventId: event.id,
      type: 'payment_failed',
      providerReference,
      failureReason: 'checkout expired',
    })
  })

  it('accepts the signed checkout.session.completed event and maps it in cents', async () => {
    const request = checkoutRequest({ amount: 99_999 })
    const { providerReference } = await stripe.createCheckout(request)
    const event = await fake.pay(providerReference)

    const { body, headers } = lastReceived()
    expect(body).toBe(event.body)
    const mapped = await stripe.parseWebhook(body, headers)
    expect(mapped).toEqual({
      eventId: event.id,
      type: 'payment_succeeded',
      providerReference,
      amount: 99_999,
      currency: 'EUR',
      captureReference: fake.sessions.get(providerReference)!.payment_intent,
      orderId: request.orderId,
      kind: 'deposit',
    })
  })

  it('reports what was actually charged when the amount was tampered with', async () => {
    const { providerReference } = await stripe.createCheckout(checkoutRequest({ amount: 100_000 }))
    await fake.pay(providerReference, { amount: 100 })
    const { body, headers } = lastReceived()
    expect(await stripe.parseWebhook(body, headers)).toMatchObject({ type: 'payment_succeeded', amount: 100 })
    expect((await stripe.getPayment(providerReference)).amount).toBe(100)
  })

  it('gives every event its own id and redelivers with the same id', async () => {
    const { providerReference } = await stripe.createCheckout(checkoutRequest())
    const event = await fake.pay(providerReference)
    await fake.resend(event.id)
    expect(received).toHaveLength(2)
    const [first, again] = await Promise.all(received.map(({ body, headers }) => stripe.parseWebhook(body, headers)))
    expect(again).toEqual(first)
    expect(new Set(fake.events.map(({ id }) => id)).size).toBe(fake.events.length)
  })

  describe('refuses webhooks it cannot trust', () => {
    let body: string

    beforeAll(async () => {
      const { providerReference } = await stripe.createCheckout(checkoutRequest())
      body = (await fake.pay(providerReference)).body
    })

    it('signed with another secret', async () => {
      const headers = new Headers({ 'stripe-signature': fake.sign(body, { secret: 'whsec_someone_else' }) })
      await expect(stripe.parseWebhook(body, headers)).rejects.toThrow(WebhookRejectedError)
    })

    it('with a body changed after signing', async () => {
      const headers = new Headers({ 'stripe-signature': fake.sign(body) })
      const changed = body.replace(/"amount_total":\d+/, '"amount_total":1')
      await expect(stripe.parseWebhook(changed, headers)).rejects.toThrow(WebhookRejectedError)
    })

    it('signed more than 300 s ago', async () => {
      const headers = new Headers({ 'stripe-signature': fake.sign(body, { timestamp: Date.now() / 1000 - 301 }) })
      await expect(stripe.parseWebhook(body, headers)).rejects.toThrow(/stale/)
    })

    it('without a Stripe-Signature header', async () => {
      await expect(stripe.parseWebhook(body, new Headers())).rejects.toThrow(WebhookRejectedError)
    })
  })

  it('returns null for an event type it does not act on', async () => {
    const body = JSON.stringify({
      id: 'evt_unhandled',
      object: 'event',
      type: 'customer.created',
      data: { object: { id: 'cus_1', object: 'customer' } },
    })
    const headers = new Headers({ 'stripe-signature': fake.sign(body) })
    expect(await stripe.parseWebhook(body, headers)).toBeNull()
  })

  it('refunds in parts up to what was paid, then refuses one cent more', async () => {
    const { providerReference } = await stripe.createCheckout(checkoutRequest({ amount: 10_000 }))
    await fake.pay(providerReference)
    const captureReference = fake.sessions.get(providerReference)!.payment_intent!
    const refund = (amount: number, key: string) =>
      stripe.refund({ providerReference, captureReference, amount, currency: 'EUR', idempotencyKey: key })

    const part = await refund(3_000, `refund-a-${providerReference}`)
    expect(part.refundReference).toMatch(/^re_/)
    expect(part.status).toBe('succeeded')
    expect(await refund(3_000, `refund-a-${providerReference}`)).toEqual(part)

    await fake.idle()
    const { body, headers } = lastReceived()
    expect(await stripe.parseWebhook(body, headers)).toMatchObject({
      type: 'refund_succeeded',
      refundReference: part.refundReference,
      captureReference,
      amount: 3_000,
      currency: 'EUR',
    })

    const rest = await refund(7_000, `refund-b-${providerReference}`)
    expect(rest.status).toBe('succeeded')
    await expect(refund(1, `refund-c-${providerReference}`)).rejects.toThrow(ProviderRejectedError)
  })

  it('finds the payment intent from the session when no capture reference is given', async () => {
    const { providerReference } = await stripe.createCheckout(checkoutRequest({ amount: 2_000 }))
    await fake.pay(providerReference)
    const refund = await stripe.refund({
      providerReference,
      amount: 2_000,
      currency: 'EUR',
      idempotencyKey: `refund-${providerReference}`,
    })
    expect(fake.refunds.get(refund.refundReference)).toMatchObject({
      amount: 2_000,
      payment_intent: fake.sessions.get(providerReference)!.payment_intent,
    })
  })

  it('refuses a wrong secret key without echoing it', async () => {
    const wrong = providerFor({ secretKey: 'sk_test_not_the_right_one' })
    const error = await wrong.createCheckout(checkoutRequest()).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ProviderRejectedError)
    expect(String((error as Error).message)).not.toContain('sk_test')
  })

  it('reports a Stripe 500 as unavailable', async () => {
    fake.failNext(500)
    await expect(stripe.createCheckout(checkoutRequest())).rejects.toThrow(ProviderUnavailableError)
  })

  it('reports a Stripe that does not answer in time as unavailable', async () => {
    const impatient = providerFor({ timeoutMs: 300 })
    // The SDK retries a timed-out request once: both attempts hang.
    fake.failNext('timeout', 2)
    await expect(impatient.createCheckout(checkoutRequest())).rejects.toThrow(ProviderUnavailableError)

    fake.failNext('timeout')
    const checkout = await impatient.createCheckout(checkoutRequest())
    expect(checkout.providerReference).toMatch(/^cs_test_/)
  })
})
