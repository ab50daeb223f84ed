import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { World } from '../../helpers/fixtures'
import { rest } from '../../helpers/rest'
import { freshWorld, tokenOf, type Actor } from '../../helpers/world'

describe('orders and payments access', () => {
  let payload: Payload
  let world: World
  beforeAll(async () => ({ payload, world } = await freshWorld()))

  it('a customer reads their order without internal notes, and never B’s', async () => {
    const list = await rest('GET', '/api/orders', { token: world.a.token })
    expect(list.body.docs.map((doc: { id: string }) => doc.id)).toEqual([world.orderA.id])
    const own = await rest('GET', `/api/orders/${world.orderA.id}`, { token: world.a.token })
    expect(own.status).toBe(200)
    expect(own.body).not.toHaveProperty('internalNotes')
    expect(own.body.timeline[0].status).toBe('awaiting_deposit')
    expect((await rest('GET', `/api/orders/${world.orderB.id}`, { token: world.a.token })).status).toBe(404)
  })

  it.each<Actor>(['marketing', 'anonymous'])('%s reads no order and no payment', async (actor) => {
    expect((await rest('GET', '/api/orders', { token: tokenOf(world, actor) })).status).toBe(403)
    expect((await rest('GET', '/api/payments', { token: tokenOf(world, actor) })).status).toBe(403)
  })

  it('customers never create, change or delete orders', async () => {
    expect(
      (
        await rest('POST', '/api/orders', {
          token: world.a.token,
          body: { customer: world.a.user.id, totals: { total: 1 } },
        })
      ).status,
    ).toBe(403)
    expect(
      (await rest('PATCH', `/api/orders/${world.orderA.id}`, { token: world.a.token, body: { status: 'delivered' } }))
        .status,
    ).toBe(403)
    expect(
      (await rest('PATCH', `/api/orders/${world.orderB.id}`, { token: world.a.token, body: { status: 'delivered' } }))
        .status,
    ).toBe(403)
    expect((await rest('DELETE', `/api/orders/${world.orderA.id}`, { token: world.a.token })).status).toBe(403)
  })

  it('sales moves an order along allowed milestones only, each one dated in the timeline', async () => {
    const token = tokenOf(world, 'sales')
    const paid = await rest('POST', '/api/payments', {
      token,
      body: {
        order: world.orderB.id,
        provider: 'bank_transfer',
        kind: 'deposit',
        amount: 160_000,
        providerReference: `VIR-${Date.now()}`,
      },
    })
    expect(paid.status).toBe(201)
    let order = await payload.findByID({ collection: 'orders', id: world.orderB.id, depth: 0 })
    expect(order.amountPaid).toBe(260_000)
    expect(order.status).toBe('deposit_paid')

    const skip = await rest('PATCH', `/api/orders/${world.orderB.id}`, { token, body: { status: 'delivered' } })
    expect(skip.status).toBe(400)
    expect(skip.body.errors[0].data.errors[0].path).toBe('status')

    const next = await rest('PATCH', `/api/orders/${world.orderB.id}`, {
      token,
      body: { status: 'vehicle_purchased', milestoneInternalNote: 'Bought in Munich' },
    })
    expect(next.status).toBe(200)
    order = await payload.findByID({ collection: 'orders', id: world.orderB.id, depth: 0 })
    expect(order.timeline?.map((entry) => entry.status)).toEqual([
      'awaiting_deposit',
      'deposit_paid',
      'vehicle_purchased',
    ])
    expect(order.timeline?.at(-1)).toMatchObject({ internalNote: 'Bought in Munich', by: world.staff.sales.user.id })
  })

  it('the timeline and balances cannot be typed in', async () => {
    const response = await rest('PATCH', `/api/orders/${world.orderA.id}`, {
      token: tokenOf(world, 'sales'),
      body: { timeline: [{ status: 'delivered', at: new Date().toISOString() }] },
    })
    expect(response.status).toBe(400)
  })

  it('marketing cannot change an order', async () => {
    expect(
      (
        await rest('PATCH', `/api/orders/${world.orderA.id}`, {
          token: tokenOf(world, 'marketing'),
          body: { status: 'cancelled' },
        })
      ).status,
    ).toBe(403)
  })

  it('a customer sees their own payments only, and records none', async () => {
    const list = await rest('GET', '/api/payments', { token: world.a.token })
    expect(list.status).toBe(200)
    expect(list.body.docs.map((doc: { id: string }) => doc.id)).toEqual([world.paymentA.id])
    expect((await rest('GET', `/api/payments/${world.paymentB.id}`, { token: world.a.token })).status).toBe(404)
    expect(
      (await rest('POST', '/api/payments', { token: world.a.token, body: { order: world.orderA.id, amount: 1 } }))
        .status,
    ).toBe(403)
    expect(
      (await rest('PATCH', `/api/payments/${world.paymentA.id}`, { token: world.a.token, body: { amount: 1 } })).status,
    ).toBe(403)
  })

  it('only an admin deletes orders and payments', async () => {
    expect(
      (await rest('DELETE', `/api/payments/${world.paymentA.id}`, { token: tokenOf(world, 'sales') })).status,
    ).toBe(403)
    expect((await rest('DELETE', `/api/orders/${world.orderA.id}`, { token: tokenOf(world, 'sales') })).status).toBe(
      403,
    )
    expect(
      (await rest('DELETE', `/api/payments/${world.paymentA.id}`, { token: tokenOf(world, 'admin') })).status,
    ).toBe(200)
    const order = await payload.findByID({ collection: 'orders', id: world.orderA.id, depth: 0 })
    expect(order.amountPaid).toBe(0)
  })
})
