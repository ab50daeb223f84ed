import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { confirmQuoteRequest } from '@/collections/QuoteRequests/confirmQuoteRequest'
import { getEnv } from '@/config/env'
import { createCustomer, vehicleData } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { resetDatabase } from '../helpers/resetDatabase'
import { rest } from '../helpers/rest'
import { startSmtpServer, type TestSmtp } from '../helpers/smtpServer'

let smtp: TestSmtp

/** The newest confirmation link e-mailed to an address, read from the mail server like a mail client would. */
async function confirmationToken(email: string): Promise<string> {
  const mail = await smtp.waitFor(
    (message) =>
      (message.to && 'text' in message.to ? message.to.text : '') === email &&
      (message.text ?? '').includes('quote/confirm?token='),
  )
  const token = (mail.text ?? '').match(/quote\/confirm\?token=([\w-]+)/)?.[1]
  if (!token) throw new Error(`no confirmation mail for ${email}`)
  return token
}

describe('quote request from a visitor', () => {
  let payload: Payload
  let vehicleId: string
  beforeAll(async () => {
    payload = await testPayload()
    await resetDatabase(payload)
    smtp = await startSmtpServer({ port: Number(new URL(getEnv().SMTP_URL!).port) })
    vehicleId = (
      await payload.create({ collection: 'vehicles', data: vehicleData(), context: { disableRevalidate: true } })
    ).id
  })

  afterAll(async () => {
    await smtp?.close()
  })

  const request = (email: string, overrides: Record<string, unknown> = {}) => ({
    firstName: 'Léa',
    lastName: 'Durand',
    email,
    kind: 'sourcing',
    sourcing: { make: 'Toyota', model: 'Land Cruiser', yearFrom: 2019, yearTo: 2022, budget: 5_500_000 },
    destination: { country: 'FR', region: 'OCC' },
    consentContact: true,
    ...overrides,
  })

  it('waits for the e-mail confirmation, then becomes a quote of a new, verified customer', async () => {
    const email = `lea.${Date.now()}@visitor.test`
    const created = await rest('POST', '/api/quote-requests', { body: request(email) })
    expect(created.status).toBe(201)
    expect(created.body.doc).not.toHaveProperty('tokenHash')
    expect(await payload.count({ collection: 'quotes' })).toEqual({ totalDocs: 0 })

    await payload.jobs.run()
    const result = await confirmQuoteRequest(payload, await confirmationToken(email))
    expect(result).toMatchObject({ ok: true, newCustomer: true, email })
    expect(result.ok && result.setPasswordToken).toBeTruthy()

    const customer = (await payload.find({ collection: 'customers', where: { email: { equals: email } } })).docs[0]!
    expect(customer._verified).toBe(true)
    expect(customer.address?.region).toBe('OCC')
    const quotes = await payload.find({ collection: 'quotes', where: { customer: { equals: customer.id } }, depth: 0 })
    expect(quotes.docs).toHaveLength(1)
    expect(quotes.docs[0]).toMatchObject({
      status: 'requested',
      kind: 'sourcing',
      sourcing: { make: 'Toyota', budget: 5_500_000 },
    })

    const again = await confirmQuoteRequest(payload, await confirmationToken(email))
    expect(again).toMatchObject({ ok: true, newCustomer: false })
    expect(await payload.count({ collection: 'quotes', where: { customer: { equals: customer.id } } })).toEqual({
      totalDocs: 1,
    })
  })

  it('turns a link clicked four times at once into one customer and one quote, shown to every click', async () => {
    const email = `quick.${Date.now()}@visitor.test`
    expect((await rest('POST', '/api/quote-requests', { body: request(email) })).status).toBe(201)
    await payload.jobs.run()
    const token = await confirmationToken(email)
    const results = await Promise.all(Array.from({ length: 4 }, () => confirmQuoteRequest(payload, token)))

    const customers = await payload.find({ collection: 'customers', where: { email: { equals: email } }, depth: 0 })
    expect(customers.docs).toHaveLength(1)
    const quotes = await payload.find({
      collection: 'quotes',
      where: { customer: { equals: customers.docs[0]!.id } },
      depth: 0,
    })
    expect(quotes.docs).toHaveLength(1)
    expect(results).toEqual(
      Array.from({ length: 4 }, () => expect.objectContaining({ ok: true, quoteNumber: quotes.docs[0]!.number })),
    )
    // Exactly one click created the account and gets the link to choose a password.
    expect(results.filter((result) => result.ok && result.newCustomer)).toHaveLength(1)
  })

  it('joins the quote to the existing customer with that address', async () => {
    const existing = await createCustomer(payload, 'marc')
    await rest('POST', '/api/quote-requests', {
      body: request(existing.user.email, { kind: 'stock', vehicle: vehicleId, sourcing: undefined }),
    })
    await payload.jobs.run()
    const result = await confirmQuoteRequest(payload, await confirmationToken(existing.user.email))
    expect(result).toMatchObject({ ok: true, newCustomer: false })
    const quotes = await payload.find({
      collection: 'quotes',
      where: { customer: { equals: existing.user.id } },
      depth: 0,
    })
    expect(quotes.docs.map((quote) => quote.vehicle)).toEqual([vehicleId])
  })

  it('refuses an unknown or expired token and creates nothing', async () => {
    expect(await confirmQuoteRequest(payload, 'not-a-token')).toEqual({ ok: false, reason: 'unknown' })
    const email = `late.${Date.now()}@visitor.test`
    const created = await rest('POST', '/api/quote-requests', { body: request(email) })
    await payload.db.updateOne({
      collection: 'quote-requests',
      id: created.body.doc.id,
      data: { expiresAt: '2020-01-01T00:00:00.000Z' },
    })
    await payload.jobs.run()
    const before = await payload.count({ collection: 'quotes' })
    expect(await confirmQuoteRequest(payload, await confirmationToken(email))).toEqual({ ok: false, reason: 'expired' })
    expect(await payload.count({ collection: 'quotes' })).toEqual(before)
  })

  it('refuses incomplete requests field by field, and signed-in users (they use their account)', async () => {
    const incomplete = await rest('POST', '/api/quote-requests', {
      body: { email: 'not-an-email', kind: 'sourcing', consentContact: false },
    })
    expect(incomplete.status).toBe(400)
    const paths = incomplete.body.errors[0].data.errors.map((error: { path: string }) => error.path)
    expect(paths).toEqual(expect.arrayContaining(['firstName', 'email', 'consentContact']))
    const customer = await createCustomer(payload, 'nina')
    expect(
      (await rest('POST', '/api/quote-requests', { token: customer.token, body: request(customer.user.email) })).status,
    ).toBe(403)
  })

  it('keeps requests away from everyone but staff', async () => {
    const customer = await createCustomer(payload, 'olga')
    expect((await rest('GET', '/api/quote-requests')).status).toBe(403)
    expect((await rest('GET', '/api/quote-requests', { token: customer.token })).status).toBe(403)
  })
})
