import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { World } from '../../helpers/fixtures'
import { rest } from '../../helpers/rest'
import { freshWorld, tokenOf, type Actor } from '../../helpers/world'

describe('quotes access', () => {
  let payload: Payload
  let world: World
  beforeAll(async () => ({ payload, world } = await freshWorld()))

  it('a customer reads their quotes, without internal notes or margin, and never B’s', async () => {
    const list = await rest('GET', '/api/quotes', { token: world.a.token })
    expect(list.body.docs.map((doc: { id: string }) => doc.id)).toEqual([world.quoteA.id])
    const own = await rest('GET', `/api/quotes/${world.quoteA.id}`, { token: world.a.token })
    expect(own.status).toBe(200)
    expect(own.body.lines).toHaveLength(1)
    expect(own.body.totals.total).toBe(2_490_000)
    expect(own.body).not.toHaveProperty('internalNotes')
    expect(own.body).not.toHaveProperty('margin')
    expect(own.body).not.toHaveProperty('landedCost')
    expect((await rest('GET', `/api/quotes/${world.quoteB.id}`, { token: world.a.token })).status).toBe(404)
  })

  it.each<Actor>(['marketing', 'anonymous'])('%s reads no quote', async (actor) => {
    expect((await rest('GET', '/api/quotes', { token: tokenOf(world, actor) })).status).toBe(403)
  })

  it.each<Actor>(['admin', 'sales'])('%s reads every quote with its internal notes', async (actor) => {
    const list = await rest('GET', '/api/quotes', { token: tokenOf(world, actor) })
    expect(list.body.totalDocs).toBe(2)
    expect(list.body.docs[0].internalNotes).toBe('Margin is thin on this one.')
  })

  it('a customer asks for a quote: it is theirs, requested and numbered', async () => {
    const response = await rest('POST', '/api/quotes', {
      token: world.a.token,
      body: {
        kind: 'stock',
        vehicle: world.vehicle.id,
        destination: { country: 'FR', region: 'OCC' },
        customerMessage: 'Can you deliver to Toulouse?',
      },
    })
    expect(response.status).toBe(201)
    expect(response.body.doc.customer).toMatchObject({ id: world.a.user.id })
    expect(response.body.doc.status).toBe('requested')
    expect(response.body.doc.number).toMatch(/^Q-\d{4}-\d{4}$/)
  })

  it('a customer cannot price their own request nor ask for a car they cannot see', async () => {
    const priced = await rest('POST', '/api/quotes', {
      token: world.a.token,
      body: { kind: 'stock', vehicle: world.vehicle.id, lines: [{ code: 'vehicle', label: 'x', amount: 1 }] },
    })
    expect(priced.status).toBe(400)
    expect(priced.body.errors[0].data.errors[0]).toMatchObject({
      path: 'lines',
      message: 'Prices are set by Autoport staff.',
    })
    const hidden = await rest('POST', '/api/quotes', {
      token: world.a.token,
      body: { kind: 'stock', vehicle: world.soldVehicle.id },
    })
    expect(hidden.status).toBe(400)
    expect(hidden.body.errors[0].data.errors[0].path).toBe('vehicle')
  })

  it('a customer cannot set what their quote is priced with: rate, dates, services, flags', async () => {
    const before = await payload.findByID({ collection: 'quotes', id: world.quoteA.id, depth: 0 })
    const attempts = [
      { reprice: true },
      { pricingInputs: { exchangeRate: { perEuro: '1', date: '2026-12-01' } } },
      { pricingInputs: { clearanceDate: '2026-01-01', expectedArrival: '2026-01-01' } },
      { pricingInputs: { otherServices: [{ label: 'Discount', labelFr: 'Remise', amount: 1 }] } },
      { lines: [{ ...before.lines![0], inCustomsValue: true, inImportVatBase: true }] },
    ]
    for (const body of attempts) {
      const response = await rest('PATCH', `/api/quotes/${world.quoteA.id}`, { token: world.a.token, body })
      expect(response.status, JSON.stringify(body)).toBe(400)
      expect(response.body.errors[0].data.errors[0].message).toMatch(/Autoport staff/)
    }
    const after = await payload.findByID({ collection: 'quotes', id: world.quoteA.id, depth: 0 })
    expect(after.lines).toEqual(before.lines)
    expect(after.pricingInputs).toEqual(before.pricingInputs)
    expect(after.totals).toEqual(before.totals)
  })

  it.each<Actor>(['marketing', 'anonymous'])('%s cannot create a quote over the API', async (actor) => {
    const response = await rest('POST', '/api/quotes', {
      token: tokenOf(world, actor),
      body: { kind: 'sourcing', sourcing: { make: 'Toyota' } },
    })
    expect(response.status).toBe(403)
  })

  it('customer A cannot answer, edit or delete customer B’s quote', async () => {
    for (const body of [{ status: 'accepted' }, { status: 'declined' }, { customerMessage: 'hi' }]) {
      const response = await rest('PATCH', `/api/quotes/${world.quoteB.id}`, { token: world.a.token, body })
      expect([403, 404]).toContain(response.status)
    }
    expect([403, 404]).toContain(
      (await rest('DELETE', `/api/quotes/${world.quoteB.id}`, { token: world.a.token })).status,
    )
    expect((await payload.findByID({ collection: 'quotes', id: world.quoteB.id })).status).toBe('sent')
  })

  it('a customer cannot change the prices of their sent quote', async () => {
    const response = await rest('PATCH', `/api/quotes/${world.quoteA.id}`, {
      token: world.a.token,
      body: { lines: [{ code: 'vehicle', label: 'Véhicule', amount: 1, override: null, vatIncluded: true }] },
    })
    expect(response.status).toBe(400)
    expect((await payload.findByID({ collection: 'quotes', id: world.quoteA.id })).totals?.total).toBe(2_490_000)
  })

  it('an unknown status transition is refused with its reason', async () => {
    const response = await rest('PATCH', `/api/quotes/${world.quoteA.id}`, {
      token: tokenOf(world, 'sales'),
      body: { status: 'requested' },
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors[0]).toMatchObject({ path: 'status' })
    expect(response.body.errors[0].data.errors[0].message).toMatch(/cannot go from 'sent' to 'requested'/)
  })

  it('a customer accepts their sent quote: it becomes an order awaiting the deposit', async () => {
    const response = await rest('PATCH', `/api/quotes/${world.quoteA.id}`, {
      token: world.a.token,
      body: { status: 'accepted' },
    })
    expect(response.status).toBe(200)
    const quote = await payload.findByID({ collection: 'quotes', id: world.quoteA.id, depth: 0 })
    expect(quote.status).toBe('converted')
    expect(quote.answeredAt).toBeTruthy()
    const order = await payload.findByID({ collection: 'orders', id: quote.order as string, depth: 0 })
    expect(order.customer).toBe(world.a.user.id)
    expect(order.status).toBe('awaiting_deposit')
    expect(order.totals.total).toBe(2_490_000)
    expect(order.number).toMatch(/^O-\d{4}-\d{4}$/)
  })

  it('a customer cannot accept an expired quote', async () => {
    await payload.update({
      collection: 'quotes',
      id: world.quoteB.id,
      data: { validUntil: '2020-01-01T00:00:00.000Z' },
    })
    const response = await rest('PATCH', `/api/quotes/${world.quoteB.id}`, {
      token: world.b.token,
      body: { status: 'accepted' },
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors[0].message).toMatch(/expired/)
  })

  /** A quote sent to customer A, as staff would leave it. */
  async function sentQuoteForA(): Promise<string> {
    const context = { disableRevalidate: true }
    const quote = await payload.create({
      collection: 'quotes',
      data: {
        kind: 'stock',
        customer: world.a.user.id,
        vehicle: world.vehicle.id,
        destination: { country: 'FR', region: 'IDF' },
        status: 'in_progress',
        lines: [{ code: 'vehicle', label: 'Véhicule', amount: 2_490_000, override: null, vatIncluded: true }],
        validUntil: new Date(Date.now() + 14 * 86_400_000).toISOString(),
      },
      context,
    })
    await payload.update({ collection: 'quotes', id: quote.id, data: { status: 'sent' }, context })
    return quote.id
  }
  const declineReasonOf = async (id: string) =>
    (await payload.findByID({ collection: 'quotes', id, depth: 0 })).declineReason

  it('a customer gives a reason when declining, and cannot rewrite it afterwards', async () => {
    const id = await sentQuoteForA()
    const declined = await rest('PATCH', `/api/quotes/${id}`, {
      token: world.a.token,
      body: { status: 'declined', declineReason: 'Trop cher pour moi.' },
    })
    expect(declined.status).toBe(200)
    expect(await declineReasonOf(id)).toBe('Trop cher pour moi.')

    for (const body of [
      { declineReason: 'Finalement, autre chose.' },
      { status: 'declined', declineReason: 'Finalement, autre chose.' },
      { declineReason: null },
    ]) {
      const later = await rest('PATCH', `/api/quotes/${id}`, { token: world.a.token, body })
      expect(later.status).toBe(400)
      expect(later.body.errors[0].data.errors[0]).toMatchObject({ path: 'declineReason' })
    }
    expect(await declineReasonOf(id)).toBe('Trop cher pour moi.')

    // Resending the reason unchanged is no rewrite.
    const same = await rest('PATCH', `/api/quotes/${id}`, {
      token: world.a.token,
      body: { declineReason: 'Trop cher pour moi.' },
    })
    expect(same.status).toBe(200)

    const bySales = await rest('PATCH', `/api/quotes/${id}`, {
      token: tokenOf(world, 'sales'),
      body: { declineReason: 'Budget (said on the phone).' },
    })
    expect(bySales.status).toBe(200)
    expect(await declineReasonOf(id)).toBe('Budget (said on the phone).')
  })

  it('a customer cannot give a decline reason without declining a sent quote', async () => {
    const id = await sentQuoteForA()
    const alone = await rest('PATCH', `/api/quotes/${id}`, {
      token: world.a.token,
      body: { declineReason: 'Just a note.' },
    })
    expect(alone.status).toBe(400)
    expect(alone.body.errors[0].data.errors[0]).toMatchObject({ path: 'declineReason' })
    const created = await rest('POST', '/api/quotes', {
      token: world.a.token,
      body: { kind: 'stock', vehicle: world.vehicle.id, declineReason: 'Not yet.' },
    })
    expect(created.status).toBe(400)
    expect(created.body.errors[0].data.errors[0]).toMatchObject({ path: 'declineReason' })
    const quote = await payload.findByID({ collection: 'quotes', id, depth: 0 })
    expect(quote.status).toBe('sent')
    expect(quote.declineReason ?? null).toBeNull()
  })

  it('a decline reason is plain text', async () => {
    const id = await sentQuoteForA()
    const markup = await rest('PATCH', `/api/quotes/${id}`, {
      token: world.a.token,
      body: { status: 'declined', declineReason: 'Trop cher <img src=x onerror=alert(1)>' },
    })
    expect(markup.status).toBe(400)
    expect(markup.body.errors[0].data.errors[0]).toMatchObject({ path: 'declineReason' })
    const quote = await payload.findByID({ collection: 'quotes', id, depth: 0 })
    expect(quote.status).toBe('sent')
    expect(quote.declineReason ?? null).toBeNull()
    const plain = await rest('PATCH', `/api/quotes/${id}`, {
      token: world.a.token,
      body: { status: 'declined', declineReason: 'Budget < 30 000 €' },
    })
    expect(plain.status).toBe(200)
    expect(await declineReasonOf(id)).toBe('Budget < 30 000 €')
  })

  it('only an admin deletes a quote', async () => {
    expect((await rest('DELETE', `/api/quotes/${world.quoteB.id}`, { token: tokenOf(world, 'sales') })).status).toBe(
      403,
    )
    expect((await rest('DELETE', `/api/quotes/${world.quoteB.id}`, { token: tokenOf(world, 'admin') })).status).toBe(
      200,
    )
  })
})
