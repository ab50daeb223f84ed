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

  it('only an admin deletes a quote', async () => {
    expect((await rest('DELETE', `/api/quotes/${world.quoteB.id}`, { token: tokenOf(world, 'sales') })).status).toBe(
      403,
    )
    expect((await rest('DELETE', `/api/quotes/${world.quoteB.id}`, { token: tokenOf(world, 'admin') })).status).toBe(
      200,
    )
  })
})
