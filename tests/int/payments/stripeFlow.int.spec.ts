import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startCheckout } from '@/collections/Payments/startCheckout'
import { reconcilePayments } from '@/collections/Payments/reconcile'
import { getEnv } from '@/config/env'
import type { Order, Payment } from '@/payload-types'
import { FAKE_STRIPE } from '../../helpers/fakeProviders/env'
import { startFakeStripe, type FakeStripe } from '../../helpers/fakeProviders/stripe'
import type { World } from '../../helpers/fixtures'
import { rawRest, rest } from '../../helpers/rest'
import { freshWorld } from '../../helpers/world'

/**
 * A deposit paid by card from start to finish, through the same code the portal and Stripe's
 * webhooks reach: the real `stripe` SDK talks to the local fake, which signs its events and posts them
 * to POST /api/webhooks/stripe through the REST route handler.
 */
describe('card payments (Stripe) end to end', () => {
  let payload: Payload
  let world: World
  let fake: FakeStripe
  let webhookAnswers: number[] = []

  const customer = () => ({ ...world.a.user, collection: 'customers' as const })

  async function newOrder(overrides: Partial<Order['totals']> = {}): Promise<Order> {
    return payload.create({
      collection: 'orders',
      data: {
        customer: world.a.user.id,
        vehicle: world.vehicle.id,
        status: 'awaiting_deposit',
        totals: { total: 2_600_000, depositDue: 260_000, currency: 'EUR', ...overrides },
      },
      context: { disableRevalidate: true },
    })
  }

  async function paymentsOf(orderId: string): Promise<Payment[]> {
    const { docs } = await payload.find({
      collection: 'payments',
      where: { order: { equals: orderId } },
      sort: 'createdAt',
      pagination: false,
      depth: 0,
    })
    return docs
  }

  const orderOf = (id: string) => payload.findByID({ collection: 'orders', id, depth: 0 })

  async function openCheckout(order: Order) {
    const started = await startCheckout(payload, {
      customer: customer(),
      orderId: order.id,
      provider: 'stripe',
      locale: 'fr',
      serverUrl: getEnv().SERVER_URL,
    })
    if (!started.ok) throw new Error(`checkout refused: ${started.reason}`)
    const sessionId = new URL(started.redirectUrl).pathname.split('/').at(-1)!
    return { ...started, sessionId }
  }

  const postWebhook = (body: string, signature?: string) =>
    rawRest(
      new Request(new URL('/api/webhooks/stripe', getEnv().SERVER_URL), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(signature ? { 'stripe-signature': signature } : {}) },
        body,
      }),
    )

  beforeAll(async () => {
    ;({ payload, world } = await freshWorld())
    fake = await startFakeStripe({
      port: Number(new URL(getEnv().STRIPE_API_BASE!).port),
      secretKey: FAKE_STRIPE.secretKey,
      webhookSecret: FAKE_STRIPE.webhookSecret,
      deliver: async (request) => {
        const response = await rawRest(
          new Request(new URL('/api/webhooks/stripe', getEnv().SERVER_URL), {
            method: 'POST',
            headers: request.headers,
            body: await request.text(),
          }),
        )
        webhookAnswers.push(response.status)
        return response
      },
    })
  })

  afterAll(async () => {
    await fake?.close()
  })

  it('opens a checkout for the deposit the order expects, then the signed webhook settles it once', async () => {
    const order = await newOrder()
    const { redirectUrl, sessionId } = await openCheckout(order)
    expect(redirectUrl.startsWith(fake.url)).toBe(true)
    expect(fake.sessions.get(sessionId)?.amount_total).toBe(260_000)

    const [pending] = await paymentsOf(order.id)
    expect(pending).toMatchObject({ status: 'pending', provider: 'stripe', kind: 'deposit', amount: 260_000 })
    expect(pending!.receivedAt).toBeFalsy()
    expect((await orderOf(order.id)).status).toBe('awaiting_deposit')

    webhookAnswers = []
    const event = await fake.pay(sessionId)
    expect(webhookAnswers).toEqual([200])

    const [paid] = await paymentsOf(order.id)
    expect(paid).toMatchObject({ status: 'succeeded', amount: 260_000, providerReference: sessionId })
    expect(paid!.captureReference).toMatch(/^pi_/)
    expect(paid!.receivedAt).toBeTruthy()
    const settled = await orderOf(order.id)
    expect(settled).toMatchObject({ status: 'deposit_paid', amountPaid: 260_000, amountDue: 2_340_000 })
    expect(settled.timeline?.filter((entry) => entry.status === 'deposit_paid')).toHaveLength(1)

    // The same event 100 times in a row, then 20 copies at once: one payment, one transition.
    for (let i = 0; i < 100; i++) await fake.resend(event.id)
    await Promise.all(Array.from({ length: 20 }, () => fake.resend(event.id)))
    expect(webhookAnswers.every((status) => status === 200)).toBe(true)
    expect(await paymentsOf(order.id)).toHaveLength(1)
    const after = await orderOf(order.id)
    expect(after.amountPaid).toBe(260_000)
    expect(after.timeline?.filter((entry) => entry.status === 'deposit_paid')).toHaveLength(1)
    expect(after.timeline).toHaveLength(settled.timeline!.length)
  })

  it('twenty copies of the first confirmation arriving together make one payment and one transition', async () => {
    const order = await newOrder()
    const { sessionId } = await openCheckout(order)
    const event = await fake.pay(sessionId)
    // Back to the moment before any copy was handled, then all twenty at once.
    await payload.db.pool.query(
      `UPDATE payments SET status = 'pending', received_at = NULL, receipt_number = NULL WHERE provider_reference = $1`,
      [sessionId],
    )
    await payload.db.pool.query(`UPDATE orders SET status = 'awaiting_deposit', amount_paid = 0 WHERE id = $1`, [
      order.id,
    ])
    await payload.db.pool.query(`DELETE FROM orders_timeline WHERE _parent_id = $1 AND status = 'deposit_paid'`, [
      order.id,
    ])
    webhookAnswers = []
    const before = await payload.db.pool.query(`SELECT value FROM counters WHERE key = $1`, [
      `R-${new Date().getUTCFullYear()}`,
    ])
    await Promise.all(Array.from({ length: 20 }, () => fake.resend(event.id)))
    expect(webhookAnswers).toEqual(Array(20).fill(200))
    const receipts = await payload.db.pool.query(`SELECT value FROM counters WHERE key = $1`, [
      `R-${new Date().getUTCFullYear()}`,
    ])
    const payments = await paymentsOf(order.id)
    expect(payments).toHaveLength(1)
    // One receipt number taken by the twenty copies: the sequence stays gapless.
    expect(Number(receipts.rows[0].value)).toBe(Number(before.rows[0].value) + 1)
    expect(payments[0]!.receiptNumber).toMatch(new RegExp(`-${String(receipts.rows[0].value).padStart(4, '0')}$`))
    const settled = await orderOf(order.id)
    expect(settled).toMatchObject({ status: 'deposit_paid', amountPaid: 260_000 })
    expect(settled.timeline?.filter((entry) => entry.status === 'deposit_paid')).toHaveLength(1)
  })

  it('twenty clicks on "pay" open one checkout and store one pending payment', async () => {
    const order = await newOrder()
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        startCheckout(payload, {
          customer: customer(),
          orderId: order.id,
          provider: 'stripe',
          locale: 'fr',
          serverUrl: getEnv().SERVER_URL,
        }),
      ),
    )
    const urls = new Set(results.map((result) => (result.ok ? result.redirectUrl : result.reason)))
    expect(urls.size).toBe(1)
    expect(await paymentsOf(order.id)).toHaveLength(1)
  })

  it('refuses unsigned, badly signed and stale events with a 400 and writes nothing', async () => {
    const order = await newOrder()
    const { sessionId } = await openCheckout(order)
    const body = JSON.stringify({
      id: 'evt_forged',
      object: 'event',
      type: 'checkout.session.completed',
      data: {
        object: {
          id: sessionId,
          object: 'checkout.session',
          payment_status: 'paid',
          status: 'complete',
          amount_total: 260_000,
          currency: 'eur',
          payment_intent: 'pi_forged',
          metadata: { orderId: order.id, kind: 'deposit' },
        },
      },
    })
    const now = Math.floor(Date.now() / 1000)
    const attempts = [
      await postWebhook(body),
      await postWebhook(body, fake.sign(body, { secret: 'whsec_someone_else' })),
      await postWebhook(body, fake.sign(body, { timestamp: now - 301 })),
      await postWebhook(body.replace('260000', '26'), fake.sign(body)),
    ]
    for (const response of attempts) {
      expect(response.status).toBe(400)
      expect((await response.json()).error).toBeTruthy()
    }
    const wrongType = await rawRest(
      new Request(new URL('/api/webhooks/stripe', getEnv().SERVER_URL), {
        method: 'POST',
        headers: { 'content-type': 'text/plain', 'stripe-signature': fake.sign(body) },
        body,
      }),
    )
    expect(wrongType.status).toBe(415)
    const [payment] = await paymentsOf(order.id)
    expect(payment!.status).toBe('pending')
    expect((await orderOf(order.id)).status).toBe('awaiting_deposit')

    // The same body, correctly signed and fresh, goes through: the refusals were about the signature.
    const accepted = await postWebhook(body, fake.sign(body))
    expect(accepted.status).toBe(200)
    expect((await paymentsOf(order.id))[0]!.status).toBe('succeeded')
  })

  it('ignores a late "expired" after the payment went through (events out of order)', async () => {
    const order = await newOrder()
    const { sessionId } = await openCheckout(order)
    await fake.pay(sessionId)
    const expiredBody = JSON.stringify({
      id: 'evt_late_expired',
      object: 'event',
      type: 'checkout.session.expired',
      data: {
        object: {
          id: sessionId,
          object: 'checkout.session',
          payment_status: 'unpaid',
          status: 'expired',
          amount_total: 260_000,
          currency: 'eur',
          metadata: { orderId: order.id, kind: 'deposit' },
        },
      },
    })
    const response = await postWebhook(expiredBody, fake.sign(expiredBody))
    expect(response.status).toBe(200)
    expect((await response.json()).result).toBe('unchanged')
    expect((await paymentsOf(order.id))[0]!.status).toBe('succeeded')
    expect((await orderOf(order.id)).status).toBe('deposit_paid')
  })

  it('records what the provider actually took: a tampered amount does not complete the deposit', async () => {
    const order = await newOrder()
    const { sessionId } = await openCheckout(order)
    await fake.pay(sessionId, { amount: 100 })
    const [payment] = await paymentsOf(order.id)
    expect(payment).toMatchObject({ status: 'succeeded', amount: 100 })
    expect(await orderOf(order.id)).toMatchObject({ status: 'awaiting_deposit', amountPaid: 100 })
    // The next checkout asks for the rest of the deposit, computed from the order.
    const next = await openCheckout(order)
    expect(fake.sessions.get(next.sessionId)?.amount_total).toBe(259_900)
  })

  it('tells the customer when Stripe is down and writes nothing', async () => {
    const order = await newOrder()
    fake.failNext(500)
    const started = await startCheckout(payload, {
      customer: customer(),
      orderId: order.id,
      provider: 'stripe',
      locale: 'en',
      serverUrl: getEnv().SERVER_URL,
    })
    expect(started).toEqual({ ok: false, reason: 'provider_down' })
    expect(await paymentsOf(order.id)).toHaveLength(0)
  })

  it("refuses another customer's order, and an order with nothing due", async () => {
    const order = await newOrder()
    const asB = await startCheckout(payload, {
      customer: { ...world.b.user, collection: 'customers' as const },
      orderId: order.id,
      provider: 'stripe',
      locale: 'fr',
      serverUrl: getEnv().SERVER_URL,
    })
    expect(asB).toEqual({ ok: false, reason: 'not_found' })
    const free = await newOrder({ total: 0, depositDue: 0 })
    const nothing = await startCheckout(payload, {
      customer: customer(),
      orderId: free.id,
      provider: 'stripe',
      locale: 'fr',
      serverUrl: getEnv().SERVER_URL,
    })
    expect(nothing).toEqual({ ok: false, reason: 'nothing_due' })
    expect(await paymentsOf(order.id)).toHaveLength(0)
  })

  it('settles a paid checkout whose webhook never came, once, from the reconciliation job', async () => {
    const order = await newOrder()
    const { sessionId } = await openCheckout(order)
    // The customer pays, but the webhook is lost on the way.
    const session = fake.sessions.get(sessionId)!
    webhookAnswers = []
    const lost = fake.events.length
    await fake.pay(sessionId)
    // Undo what the delivered webhook did, to stand for a webhook that never arrived.
    await payload.db.pool.query(
      `UPDATE payments SET status = 'pending', received_at = NULL WHERE provider_reference = $1`,
      [session.id],
    )
    await payload.update({ collection: 'orders', id: order.id, data: {}, depth: 0 })
    expect(fake.events.length).toBe(lost + 1)

    const first = await reconcilePayments(payload, { minAgeMs: 0 })
    expect(first.settled).toBeGreaterThanOrEqual(1)
    expect((await paymentsOf(order.id))[0]!.status).toBe('succeeded')
    expect((await orderOf(order.id)).amountPaid).toBe(260_000)
    const again = await reconcilePayments(payload, { minAgeMs: 0 })
    expect(again.settled).toBe(0)
    expect(await paymentsOf(order.id)).toHaveLength(1)
  })

  it('creates the payment from the event metadata when the checkout was never stored', async () => {
    const order = await newOrder()
    const { sessionId } = await openCheckout(order)
    await payload.delete({ collection: 'payments', where: { providerReference: { equals: sessionId } } })
    webhookAnswers = []
    await fake.pay(sessionId)
    expect(webhookAnswers).toEqual([200])
    const [created] = await paymentsOf(order.id)
    expect(created).toMatchObject({ status: 'succeeded', provider: 'stripe', kind: 'deposit', amount: 260_000 })
    expect((await orderOf(order.id)).status).toBe('deposit_paid')
  })

  describe('refunds', () => {
    let paid: Payment
    let orderId: string

    beforeAll(async () => {
      const order = await newOrder()
      orderId = order.id
      const { sessionId } = await openCheckout(order)
      await fake.pay(sessionId)
      paid = (await paymentsOf(order.id))[0]!
    })

    const refund = (token: string | undefined, amount: unknown) =>
      rest('POST', `/api/payments/${paid.id}/refund`, { token, body: { amount } })

    it('is for admin and sales only', async () => {
      expect((await refund(world.a.token, 1_000)).status).toBe(403)
      expect((await refund(world.staff.marketing.token, 1_000)).status).toBe(403)
      expect((await refund(undefined, 1_000)).status).toBe(403)
      expect((await paymentsOf(orderId)).filter((payment) => payment.kind === 'refund')).toHaveLength(0)
    })

    it('refunds in part, then the rest, through Stripe; one cent more is refused on the amount', async () => {
      const part = await refund(world.staff.sales.token, 60_000)
      expect(part.status).toBe(201)
      await fake.idle()
      let refunds = (await paymentsOf(orderId)).filter((payment) => payment.kind === 'refund')
      expect(refunds).toHaveLength(1)
      expect(refunds[0]).toMatchObject({ status: 'succeeded', amount: 60_000, refundOf: paid.id })
      expect(refunds[0]!.providerReference).toMatch(/^re_/)
      expect((await orderOf(orderId)).amountPaid).toBe(200_000)

      expect((await refund(world.staff.admin.token, 200_000)).status).toBe(201)
      await fake.idle()
      refunds = (await paymentsOf(orderId)).filter((payment) => payment.kind === 'refund')
      expect(refunds.map((payment) => payment.status)).toEqual(['succeeded', 'succeeded'])
      expect((await orderOf(orderId)).amountPaid).toBe(0)

      const tooMuch = await refund(world.staff.sales.token, 1)
      expect(tooMuch.status).toBe(400)
      expect(tooMuch.body.errors[0].data.errors[0].path).toBe('amount')
      expect((await paymentsOf(orderId)).filter((payment) => payment.kind === 'refund')).toHaveLength(2)
    })

    it('twenty refund clicks at once never give back more than was paid', async () => {
      const order = await newOrder()
      const { sessionId } = await openCheckout(order)
      await fake.pay(sessionId)
      const payment = (await paymentsOf(order.id))[0]!
      const answers = await Promise.all(
        Array.from({ length: 20 }, () =>
          rest('POST', `/api/payments/${payment.id}/refund`, {
            token: world.staff.sales.token,
            body: { amount: 50_000 },
          }),
        ),
      )
      await fake.idle()
      const accepted = answers.filter((answer) => answer.status === 201)
      expect(accepted).toHaveLength(5)
      expect(answers.filter((answer) => answer.status === 400)).toHaveLength(15)
      const refunds = (await paymentsOf(order.id)).filter((entry) => entry.kind === 'refund')
      expect(refunds.reduce((sum, entry) => sum + entry.amount, 0)).toBe(250_000)
      expect(
        [...fake.refunds.values()].filter((entry) => entry.payment_intent === payment.captureReference),
      ).toHaveLength(5)
    })

    it('refuses bad amounts with a field-level reason', async () => {
      for (const amount of [0, -1, 12.5, '100', null]) {
        const answer = await refund(world.staff.sales.token, amount)
        expect(answer.status).toBe(400)
        expect(answer.body.errors[0].data.errors[0].path).toBe('amount')
      }
    })
  })

  it('keeps staff from typing in or editing card payments', async () => {
    const order = await newOrder()
    const typed = await rest('POST', '/api/payments', {
      token: world.staff.sales.token,
      body: { order: order.id, provider: 'stripe', kind: 'deposit', amount: 260_000, status: 'succeeded' },
    })
    expect(typed.status).toBe(400)
    expect(JSON.stringify(typed.body)).toContain('provider')
    expect(await paymentsOf(order.id)).toHaveLength(0)

    const { sessionId } = await openCheckout(order)
    const [pending] = await paymentsOf(order.id)
    const edit = await rest('PATCH', `/api/payments/${pending!.id}`, {
      token: world.staff.admin.token,
      body: { status: 'succeeded' },
    })
    expect(edit.status).toBe(400)
    expect((await paymentsOf(order.id))[0]!.status).toBe('pending')
    expect(fake.sessions.get(sessionId)?.status).toBe('open')

    // A bank transfer is typed in as before.
    const transfer = await rest('POST', '/api/payments', {
      token: world.staff.sales.token,
      body: { order: order.id, provider: 'bank_transfer', kind: 'deposit', amount: 260_000 },
    })
    expect(transfer.status).toBe(201)
    expect((await orderOf(order.id)).status).toBe('deposit_paid')
  })
})
