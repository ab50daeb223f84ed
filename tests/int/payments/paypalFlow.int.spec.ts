import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { reconcilePayments } from '@/collections/Payments/reconcile'
import { startCheckout } from '@/collections/Payments/startCheckout'
import { getEnv } from '@/config/env'
import { paymentProvider } from '@/integrations/payments'
import type { Order, Payment } from '@/payload-types'
import { FAKE_PAYPAL } from '../../helpers/fakeProviders/env'
import { startFakePayPal, type FakePayPal } from '../../helpers/fakeProviders/paypal'
import type { World } from '../../helpers/fixtures'
import { rawRest, rest } from '../../helpers/rest'
import { freshWorld } from '../../helpers/world'

/**
 * A deposit paid with PayPal from start to finish: the real PayPal SDK against the local fake, which
 * verifies its own webhook signatures (verify-webhook-signature) and posts them to
 * POST /api/webhooks/paypal through the REST route handler.
 */
describe('PayPal payments end to end', () => {
  let payload: Payload
  let world: World
  let fake: FakePayPal

  const webhookUrl = () => new URL('/api/webhooks/paypal', getEnv().SERVER_URL)
  const customer = () => ({ ...world.a.user, collection: 'customers' as const })

  async function newOrder(): Promise<Order> {
    return payload.create({
      collection: 'orders',
      data: {
        customer: world.a.user.id,
        vehicle: world.vehicle.id,
        status: 'awaiting_deposit',
        totals: { total: 1_845_050, depositDue: 184_505, currency: 'EUR' },
      },
      context: { disableRevalidate: true },
    })
  }

  const paymentsOf = async (orderId: string): Promise<Payment[]> =>
    (
      await payload.find({
        collection: 'payments',
        where: { order: { equals: orderId } },
        sort: 'createdAt',
        pagination: false,
        depth: 0,
      })
    ).docs

  const orderOf = (id: string) => payload.findByID({ collection: 'orders', id, depth: 0 })

  async function approvedCheckout(order: Order) {
    const started = await startCheckout(payload, {
      customer: customer(),
      orderId: order.id,
      provider: 'paypal',
      locale: 'en',
      serverUrl: getEnv().SERVER_URL,
    })
    if (!started.ok) throw new Error(`checkout refused: ${started.reason}`)
    const [pending] = await paymentsOf(order.id)
    const paypalOrderId = pending!.providerReference!
    fake.approve(paypalOrderId)
    return { paypalOrderId, redirectUrl: started.redirectUrl }
  }

  beforeAll(async () => {
    ;({ payload, world } = await freshWorld())
    fake = await startFakePayPal({
      port: Number(new URL(getEnv().PAYPAL_API_BASE!).port),
      clientId: FAKE_PAYPAL.clientId,
      clientSecret: FAKE_PAYPAL.clientSecret,
      webhookId: FAKE_PAYPAL.webhookId,
      deliver: async (request) =>
        rawRest(new Request(webhookUrl(), { method: 'POST', headers: request.headers, body: await request.text() })),
    })
  })

  afterAll(async () => {
    await fake?.close()
  })

  it('approve, capture on return, and the verified webhook settles the deposit once', async () => {
    const order = await newOrder()
    const { paypalOrderId, redirectUrl } = await approvedCheckout(order)
    expect(redirectUrl.startsWith(fake.url)).toBe(true)
    expect(fake.orders.get(paypalOrderId)).toBeTruthy()
    expect((await paymentsOf(order.id))[0]).toMatchObject({ status: 'pending', amount: 184_505 })

    // What /account/orders/<id>/return does; the webhook that follows is what settles.
    await paymentProvider('paypal')!.completeReturn(paypalOrderId)
    await fake.settled()
    const completed = fake.events.find((event) => event.type === 'PAYMENT.CAPTURE.COMPLETED')!
    expect(completed.delivery).toBe(200)

    const [paid] = await paymentsOf(order.id)
    expect(paid).toMatchObject({ status: 'succeeded', provider: 'paypal', amount: 184_505 })
    expect(paid!.receiptNumber).toMatch(/^R-\d{4}-\d{4}$/)
    const settled = await orderOf(order.id)
    expect(settled).toMatchObject({ status: 'deposit_paid', amountPaid: 184_505 })

    // Coming back twice captures nothing more; the same event 20 times at once changes nothing.
    await paymentProvider('paypal')!.completeReturn(paypalOrderId)
    await Promise.all(Array.from({ length: 20 }, () => fake.resend(completed.id)))
    await fake.settled()
    expect(fake.events.filter((event) => event.id === completed.id).every((event) => event.delivery === 200)).toBe(true)
    expect([...fake.captures.values()].filter((capture) => capture.id === paid!.captureReference)).toHaveLength(1)
    expect(await paymentsOf(order.id)).toHaveLength(1)
    const after = await orderOf(order.id)
    expect(after.timeline?.filter((entry) => entry.status === 'deposit_paid')).toHaveLength(1)
  })

  it('refuses an event PayPal cannot verify, with a 400 and nothing written', async () => {
    const order = await newOrder()
    const { paypalOrderId } = await approvedCheckout(order)
    const forged = {
      id: 'WH-FORGED-1',
      event_type: 'PAYMENT.CAPTURE.COMPLETED',
      resource_type: 'capture',
      resource: {
        id: 'CAPTURE-FORGED',
        status: 'COMPLETED',
        amount: { currency_code: 'EUR', value: '1845.05' },
        custom_id: `${order.id}:deposit`,
        supplementary_data: { related_ids: { order_id: paypalOrderId } },
      },
    }
    const body = JSON.stringify(forged)
    const forgedHeaders = await rawRest(
      new Request(webhookUrl(), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...fake.forge(forged) },
        body,
      }),
    )
    const unsigned = await rawRest(
      new Request(webhookUrl(), { method: 'POST', headers: { 'content-type': 'application/json' }, body }),
    )
    expect(forgedHeaders.status).toBe(400)
    expect(unsigned.status).toBe(400)
    expect((await paymentsOf(order.id))[0]!.status).toBe('pending')
    expect((await orderOf(order.id)).status).toBe('awaiting_deposit')
  })

  it('a capture whose webhook is lost is settled by the reconciliation job', async () => {
    const order = await newOrder()
    const { paypalOrderId } = await approvedCheckout(order)
    await paymentProvider('paypal')!.completeReturn(paypalOrderId)
    await fake.settled()
    await payload.db.pool.query(
      `UPDATE payments SET status = 'pending', received_at = NULL WHERE provider_reference = $1`,
      [paypalOrderId],
    )
    await payload.update({ collection: 'orders', id: order.id, data: {}, depth: 0 })
    expect((await orderOf(order.id)).amountPaid).toBe(0)

    await reconcilePayments(payload, { minAgeMs: 0 })
    expect((await paymentsOf(order.id))[0]!.status).toBe('succeeded')
    expect((await orderOf(order.id)).amountPaid).toBe(184_505)
  })

  it('refunds through PayPal from the admin endpoint', async () => {
    const order = await newOrder()
    const { paypalOrderId } = await approvedCheckout(order)
    await paymentProvider('paypal')!.completeReturn(paypalOrderId)
    await fake.settled()
    const [paid] = await paymentsOf(order.id)
    const answer = await rest('POST', `/api/payments/${paid!.id}/refund`, {
      token: world.staff.admin.token,
      body: { amount: 4_505 },
    })
    expect(answer.status).toBe(201)
    await fake.settled()
    const refunds = (await paymentsOf(order.id)).filter((payment) => payment.kind === 'refund')
    expect(refunds).toHaveLength(1)
    expect(refunds[0]).toMatchObject({ status: 'succeeded', amount: 4_505, provider: 'paypal' })
    expect([...fake.refunds.values()]).toHaveLength(1)
    expect((await orderOf(order.id)).amountPaid).toBe(180_000)
  })

  it('tells the customer when PayPal is down and writes nothing', async () => {
    const order = await newOrder()
    fake.failNext(500)
    const started = await startCheckout(payload, {
      customer: customer(),
      orderId: order.id,
      provider: 'paypal',
      locale: 'fr',
      serverUrl: getEnv().SERVER_URL,
    })
    expect(started).toEqual({ ok: false, reason: 'provider_down' })
    expect(await paymentsOf(order.id)).toHaveLength(0)
  })
})
