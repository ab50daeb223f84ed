import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getEnv } from '@/config/env'
import { notifyExpiringQuotes } from '@/notifications/expiringQuotes'
import { MAX_ATTEMPTS } from '@/notifications/sendNotification'
import type { Notification, Order } from '@/payload-types'
import { FAKE_TWILIO } from '../../helpers/fakeProviders/env'
import { startFakeTwilio, type FakeTwilio } from '../../helpers/fakeProviders/twilio'
import { createCustomer, type CustomerSession, type World } from '../../helpers/fixtures'
import { rest } from '../../helpers/rest'
import { startSmtpServer, type TestSmtp } from '../../helpers/smtpServer'
import { freshWorld } from '../../helpers/world'

const context = { disableRevalidate: true }

/**
 * Messages as customers receive them: every trigger goes through the real save, the jobs queue,
 * Payload's nodemailer adapter to a local SMTP server (parsed like a mail client would), and the
 * real Twilio SDK to a local fake of its Messages API.
 */
describe('notifications', () => {
  let payload: Payload
  let world: World
  let smtp: TestSmtp
  let twilio: FakeTwilio
  let french: CustomerSession
  let english: CustomerSession

  const sales = () => world.staff.sales.user

  /** Works the queue, as the web process does every few seconds, including retries now due. */
  async function runJobs() {
    await payload.db.pool.query(`UPDATE payload_jobs SET wait_until = NULL WHERE completed_at IS NULL`)
    await payload.jobs.run({ limit: 100 })
  }

  const notificationsFor = async (where: Record<string, unknown>): Promise<Notification[]> =>
    (
      await payload.find({
        collection: 'notifications',
        where: where as never,
        sort: 'createdAt',
        pagination: false,
        depth: 0,
      })
    ).docs

  async function orderFor(customer: CustomerSession, status: Order['status'] = 'deposit_paid'): Promise<Order> {
    const order = await payload.create({
      collection: 'orders',
      data: {
        customer: customer.user.id,
        vehicleLabel: 'Toyota Land Cruiser · 2021',
        status: 'awaiting_deposit',
        totals: { total: 5_000_000, depositDue: 500_000, currency: 'EUR' },
      },
      context,
    })
    if (status === 'awaiting_deposit') return order
    await payload.create({
      collection: 'payments',
      data: {
        order: order.id,
        provider: 'bank_transfer',
        kind: 'deposit',
        status: 'succeeded',
        amount: 500_000,
        currency: 'EUR',
      },
      context,
    })
    return payload.findByID({ collection: 'orders', id: order.id, depth: 0 })
  }

  const move = (order: Order, status: Order['status'], notes: { customer?: string; internal?: string } = {}) =>
    payload.update({
      collection: 'orders',
      id: order.id,
      data: { status, milestoneCustomerNote: notes.customer, milestoneInternalNote: notes.internal },
      user: sales(),
      overrideAccess: false,
      depth: 0,
      context,
    })

  beforeAll(async () => {
    ;({ payload, world } = await freshWorld())
    smtp = await startSmtpServer({ port: Number(new URL(getEnv().SMTP_URL!).port) })
    twilio = await startFakeTwilio({
      port: Number(new URL(getEnv().TWILIO_API_BASE!).port),
      accountSid: FAKE_TWILIO.accountSid,
      authToken: FAKE_TWILIO.authToken,
    })
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { notifications: { staffEmail: 'team@autoport.test', smsEvents: ['shipped', 'payment_received'] } },
      context,
    })
    french = await createCustomer(payload, 'camille')
    english = await createCustomer(payload, 'james')
    await payload.update({
      collection: 'customers',
      id: french.user.id,
      data: { language: 'fr', phone: '06 12 34 56 78', consents: { sms: { granted: true } } },
      context,
    })
    await payload.update({
      collection: 'customers',
      id: english.user.id,
      data: { language: 'en', phone: '+44 20 7946 0958', consents: { sms: { granted: false } } },
      context,
    })
    // What the fixtures' own saves queued is not what these tests are about.
    await runJobs()
    smtp.messages.length = 0
  })

  afterAll(async () => {
    await smtp?.close()
    await twilio?.close()
  })

  it('tells the customer of each milestone once, in their language, with the link to the order', async () => {
    const order = await orderFor(french)
    await runJobs()
    const before = smtp.messages.length

    await move(order, 'vehicle_purchased', {
      customer: 'Acheté chez le concessionnaire de Munich',
      internal: 'Marge serrée, fournisseur à relancer',
    })
    // A save that changes nothing else sends nothing.
    await payload.update({ collection: 'orders', id: order.id, data: { internalNotes: 'relancer' }, context })
    await runJobs()

    const sent = await notificationsFor({ order: { equals: order.id }, template: { equals: 'order_milestone' } })
    expect(sent.map((entry) => [entry.channel, entry.status])).toEqual([
      ['email', 'sent'],
      ['email', 'sent'],
    ])
    const mail = await smtp.waitFor((message) => message.subject?.includes('acheté') ?? false)
    expect(smtp.messages.length - before).toBe(1)
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toContain(french.user.email)
    expect(mail.text).toContain(`/account/orders/${order.id}`)
    expect(mail.text).toContain('Acheté chez le concessionnaire de Munich')
    // The internal note stays with staff.
    expect(mail.text).not.toContain('fournisseur à relancer')
    expect(mail.html).not.toContain('fournisseur à relancer')
    expect(mail.html).toContain('lang="fr"')
    expect(sent.at(-1)!.providerId).toBeTruthy()
  })

  it('adds an SMS for the events staff chose, only with the customer’s consent', async () => {
    const withConsent = await orderFor(french)
    const without = await orderFor(english)
    for (const order of [withConsent, without]) {
      await move(order, 'vehicle_purchased')
      await move(order, 'transport_booked')
      await move(order, 'shipped')
    }
    await runJobs()
    const sms = await notificationsFor({
      channel: { equals: 'sms' },
      template: { equals: 'order_milestone' },
      order: { in: [withConsent.id, without.id] },
    })
    expect(sms.map((entry) => [entry.order, entry.status])).toEqual([[withConsent.id, 'sent']])
    const text = twilio.messages.find((message) => message.sid === sms[0]!.providerId)
    expect(text).toMatchObject({ to: '+33612345678', from: FAKE_TWILIO.from })
    expect(text!.body).toContain(`/account/orders/${withConsent.id}`)
    expect(twilio.messages.filter((message) => message.to === '+442079460958')).toHaveLength(0)
    const inEnglish = await smtp.waitFor((message) => (message.text ?? '').includes(`/en/account/orders/${without.id}`))
    expect(inEnglish.html).toContain('lang="en"')
  })

  it('keeps the save when the mail server is down, and delivers once when it is back', async () => {
    const order = await orderFor(french)
    await runJobs()
    smtp.failNext(2)
    const moved = await move(order, 'vehicle_purchased')
    expect(moved.status).toBe('vehicle_purchased')

    await runJobs()
    const latest = async () =>
      (await notificationsFor({ order: { equals: order.id }, template: { equals: 'order_milestone' } })).at(-1)
    let notification = await latest()
    expect(notification).toMatchObject({ status: 'queued', attempts: 1 })
    expect(notification!.lastError).toBeTruthy()
    await runJobs()
    await runJobs()
    notification = await latest()
    expect(notification).toMatchObject({ status: 'sent', attempts: 3 })
    const delivered = smtp.messages.filter((message) => (message.text ?? '').includes(`/account/orders/${order.id}`))
    expect(delivered.filter((message) => message.subject?.includes('acheté'))).toHaveLength(1)
  })

  it('marks a message failed after the last try; staff resend it and it arrives', async () => {
    const order = await orderFor(french)
    await runJobs()
    smtp.failNext(MAX_ATTEMPTS)
    await move(order, 'vehicle_purchased')
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) await runJobs()
    const failed = (
      await notificationsFor({ order: { equals: order.id }, template: { equals: 'order_milestone' } })
    ).at(-1)
    expect(failed).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS })

    expect((await rest('POST', `/api/notifications/${failed!.id}/resend`, { token: french.token })).status).toBe(403)
    expect(
      (await rest('POST', `/api/notifications/${failed!.id}/resend`, { token: world.staff.marketing.token })).status,
    ).toBe(403)
    const resent = await rest('POST', `/api/notifications/${failed!.id}/resend`, { token: world.staff.sales.token })
    expect(resent.status).toBe(201)
    await runJobs()
    const copy = await payload.findByID({ collection: 'notifications', id: resent.body.notification.id, depth: 0 })
    expect(copy).toMatchObject({ status: 'sent', template: 'order_milestone', to: french.user.email })
  })

  it('tells of a payment once, however often its save is repeated', async () => {
    const order = await orderFor(french, 'awaiting_deposit')
    const payment = await payload.create({
      collection: 'payments',
      data: {
        order: order.id,
        provider: 'bank_transfer',
        kind: 'deposit',
        status: 'pending',
        amount: 500_000,
        currency: 'EUR',
      },
      user: sales(),
      context,
    })
    for (let i = 0; i < 5; i++) {
      await payload.update({ collection: 'payments', id: payment.id, data: { status: 'succeeded' }, context })
    }
    await runJobs()
    const received = await notificationsFor({ order: { equals: order.id }, template: { equals: 'payment_received' } })
    expect(received.map((entry) => entry.channel).sort()).toEqual(['email', 'sms'])
    const { receiptNumber } = await payload.findByID({ collection: 'payments', id: payment.id, depth: 0 })
    expect(receiptNumber).toMatch(/^R-/)
    const mail = await smtp.waitFor((message) => (message.text ?? '').includes(receiptNumber!))
    // Written as the storefront writes it: whole euros, no ",00".
    expect(mail.text).toMatch(/5\s?000\s?€/)
  })

  it('sends a priced quote with its PDF attached', async () => {
    const quote = await payload.create({
      collection: 'quotes',
      data: {
        kind: 'stock',
        customer: french.user.id,
        vehicle: world.vehicle.id,
        destination: { country: 'FR', region: 'IDF' },
        status: 'in_progress',
        lines: [{ code: 'vehicle', label: 'Véhicule', amount: 2_490_000, override: null, vatIncluded: true }],
        validUntil: new Date(Date.now() + 14 * 86_400_000).toISOString(),
      },
      context,
    })
    const sent = await payload.update({ collection: 'quotes', id: quote.id, data: { status: 'sent' }, context })
    await runJobs()
    const mail = await smtp.waitFor((message) => (message.subject ?? '').includes(sent.number!))
    expect(mail.attachments.map((file) => [file.filename, file.contentType])).toEqual([
      [`${sent.number}.pdf`, 'application/pdf'],
    ])
    expect(mail.attachments[0]!.content.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(mail.text).toContain(`/account/quotes/${quote.id}`)

    // A reminder 48 hours before it expires, once.
    await payload.update({
      collection: 'quotes',
      id: quote.id,
      data: { validUntil: new Date(Date.now() + 24 * 3_600_000).toISOString() },
      context,
    })
    expect(await notifyExpiringQuotes(payload)).toBe(1)
    expect(await notifyExpiringQuotes(payload)).toBe(0)
    await runJobs()
    expect(
      await notificationsFor({ quote: { equals: quote.id }, template: { equals: 'quote_expiring' } }),
    ).toHaveLength(1)
  })

  it('announces a new request to the customer and to the team', async () => {
    const quote = await payload.create({
      collection: 'quotes',
      data: {
        kind: 'sourcing',
        customer: english.user.id,
        status: 'requested',
        sourcing: { make: 'Nissan', model: 'Skyline GT-R', yearFrom: 1999, yearTo: 2002, budget: 12_000_000 },
        destination: { country: 'FR', region: 'IDF' },
      },
      context,
    })
    await runJobs()
    const messages = await notificationsFor({ quote: { equals: quote.id } })
    expect(messages.map((entry) => [entry.template, entry.to]).sort()).toEqual([
      ['quote_request_received', english.user.email],
      ['staff_new_request', 'team@autoport.test'],
    ])
    const team = await smtp.waitFor((message) => (message.text ?? '').includes(`/admin/collections/quotes/${quote.id}`))
    expect(team.text).toContain('Skyline')
  })

  it('gives the reason of a rejected document', async () => {
    const document = await payload.update({
      collection: 'documents',
      id: world.documentA.id,
      data: { status: 'rejected', rejectionReason: 'Photo floue : le numéro du document est illisible.' },
      user: sales(),
      context,
    })
    await runJobs()
    const [rejected] = await notificationsFor({ template: { equals: 'document_rejected' } })
    expect(rejected).toMatchObject({ status: 'sent', customer: world.a.user.id })
    expect(typeof document.owner === 'object' ? document.owner?.id : document.owner).toBe(world.a.user.id)
    const mail = await smtp.waitFor((message) => (message.text ?? '').includes('numéro du document est illisible'))
    expect(mail.text).toContain('/account/documents')
  })

  it('tells of an accepted quote, a failed card payment, a refund and a verified document', async () => {
    const quote = await payload.create({
      collection: 'quotes',
      data: {
        kind: 'stock',
        customer: english.user.id,
        vehicle: world.vehicle.id,
        destination: { country: 'FR', region: 'IDF' },
        status: 'in_progress',
        lines: [{ code: 'vehicle', label: 'Vehicle', amount: 2_490_000, override: null, vatIncluded: true }],
        validUntil: new Date(Date.now() + 14 * 86_400_000).toISOString(),
      },
      context,
    })
    await payload.update({ collection: 'quotes', id: quote.id, data: { status: 'sent' }, context })
    const accepted = await rest('PATCH', `/api/quotes/${quote.id}`, {
      token: english.token,
      body: { status: 'accepted' },
    })
    expect(accepted.status).toBe(200)
    const converted = await payload.findByID({ collection: 'quotes', id: quote.id, depth: 0 })
    const orderId = converted.order as string
    expect(orderId).toBeTruthy()

    const card = await payload.create({
      collection: 'payments',
      data: {
        order: orderId,
        provider: 'stripe',
        kind: 'deposit',
        status: 'pending',
        amount: 100_000,
        currency: 'EUR',
        providerReference: `cs_test_${Date.now()}`,
      },
      context,
    })
    await payload.update({ collection: 'payments', id: card.id, data: { status: 'failed' }, context })
    const transfer = await payload.create({
      collection: 'payments',
      data: {
        order: orderId,
        provider: 'bank_transfer',
        kind: 'deposit',
        status: 'succeeded',
        amount: 100_000,
        currency: 'EUR',
      },
      context,
    })
    await payload.create({
      collection: 'payments',
      data: {
        order: orderId,
        provider: 'bank_transfer',
        kind: 'refund',
        refundOf: transfer.id,
        status: 'succeeded',
        amount: 20_000,
        currency: 'EUR',
      },
      context,
    })
    await payload.update({
      collection: 'documents',
      id: world.documentB.id,
      data: { status: 'verified' },
      user: sales(),
      context,
    })
    await runJobs()

    const templates = (await notificationsFor({ order: { equals: orderId } })).map((entry) => entry.template)
    expect(templates).toEqual(
      expect.arrayContaining(['quote_accepted', 'payment_failed', 'payment_received', 'payment_refunded']),
    )
    expect(templates.filter((template) => template === 'quote_accepted')).toHaveLength(1)
    const verified = await notificationsFor({ template: { equals: 'document_verified' } })
    expect(verified.map((entry) => [entry.customer, entry.status])).toEqual([[world.b.user.id, 'sent']])
    const refundMail = await smtp.waitFor(
      (message) =>
        (message.text ?? '').includes(`/en/account/orders/${orderId}`) && /refund/i.test(message.subject ?? ''),
    )
    expect(refundMail.text).toMatch(/€200(?![.,\d])/)
  })

  it('shows the record to staff only', async () => {
    expect(
      (await rest('GET', '/api/notifications', { token: world.staff.sales.token })).body.totalDocs,
    ).toBeGreaterThan(0)
    const asCustomer = await rest('GET', '/api/notifications', { token: french.token })
    expect(asCustomer.status).toBe(403)
    const create = await rest('POST', '/api/notifications', {
      token: world.staff.admin.token,
      body: { channel: 'email', template: 'order_milestone', to: 'x@y.z' },
    })
    expect(create.status).toBe(403)
  })
})
