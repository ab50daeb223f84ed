import type { Field, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { getOrder, type SignedInCustomer } from '@/app/(frontend)/_data/account'
import type { World } from '../helpers/fixtures'
import { rest } from '../helpers/rest'
import { freshWorld, tokenOf } from '../helpers/world'

const CUSTOMER_NOTE = 'Your car left Munich this morning under a cover.'
const INTERNAL_NOTE = 'Supplier wants the balance before Friday; do not tell the customer.'

/** Every field of a schema with its path, through groups, rows, tabs, arrays and blocks. */
function* walk(fields: Field[], prefix: string): Generator<{ path: string; field: Field }> {
  for (const field of fields) {
    const path = 'name' in field && field.name ? `${prefix}.${field.name}` : prefix
    yield { path, field }
    if ('fields' in field && Array.isArray(field.fields)) yield* walk(field.fields, path)
    if (field.type === 'tabs') for (const tab of field.tabs) yield* walk(tab.fields, path)
    if (field.type === 'blocks') {
      for (const block of field.blocks) yield* walk(block.fields, `${path}.${block.slug}`)
    }
  }
}

describe('admin JSON fields', () => {
  let payload: Payload
  beforeAll(async () => ({ payload } = await freshWorld()))

  it('every JSON or code field has a read-only view of ours, never the CDN code editor', () => {
    // Ours (src/collections, src/globals and what our plugins add); Payload's own (jobs, preferences,
    // key-value store) are not opened in the admin.
    const schemas = [
      ...payload.config.collections.map((c) => ({ slug: c.slug, fields: c.fields })),
      ...payload.config.globals.map((g) => ({ slug: g.slug, fields: g.fields })),
    ].filter(({ slug }) => !slug.startsWith('payload-'))
    const editors = schemas.flatMap(({ slug, fields }) =>
      [...walk(fields, slug)].filter(({ field }) => field.type === 'json' || field.type === 'code'),
    )
    // The ones we know of are there (the walk reaches them) …
    expect(editors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['quotes.landedCost', 'notifications.variables', 'erasure-audits.counts']),
    )
    // … and none falls back to Payload's Monaco editor.
    const withoutView = editors
      .filter(({ field }) => {
        const component = (field.admin as { components?: { Field?: unknown } } | undefined)?.components?.Field
        return typeof component !== 'string' || !component.startsWith('@/admin/')
      })
      .map((e) => e.path)
    expect(withoutView).toEqual([])
  })
})

describe('milestone notes: one for the customer, one for staff', () => {
  let payload: Payload
  let world: World
  beforeAll(async () => {
    ;({ payload, world } = await freshWorld())
    // The rest of the deposit moves order A to "deposit paid"; then sales buys the car with both notes.
    const paid = await rest('POST', '/api/payments', {
      token: tokenOf(world, 'sales'),
      body: {
        order: world.orderA.id,
        provider: 'bank_transfer',
        kind: 'deposit',
        amount: 160_000,
        providerReference: `VIR-NOTES-${Date.now()}`,
      },
    })
    expect(paid.status).toBe(201)
    const moved = await rest('PATCH', `/api/orders/${world.orderA.id}`, {
      token: tokenOf(world, 'sales'),
      body: {
        status: 'vehicle_purchased',
        milestoneCustomerNote: CUSTOMER_NOTE,
        milestoneInternalNote: INTERNAL_NOTE,
      },
    })
    expect(moved.status).toBe(200)
  })

  const customerA = () => ({ ...world.a.user, collection: 'customers' }) as unknown as SignedInCustomer
  const customerB = () => ({ ...world.b.user, collection: 'customers' }) as unknown as SignedInCustomer

  it('staff read both notes on the new timeline entry', async () => {
    const order = await rest('GET', `/api/orders/${world.orderA.id}?depth=0`, { token: tokenOf(world, 'sales') })
    expect(order.body.timeline.at(-1)).toMatchObject({
      status: 'vehicle_purchased',
      customerNote: CUSTOMER_NOTE,
      internalNote: INTERNAL_NOTE,
    })
  })

  it('the customer reads the customer note through the portal and the API, never the internal one', async () => {
    const portal = await getOrder(world.orderA.id, customerA(), 'fr')
    expect(portal?.timeline?.at(-1)).toMatchObject({ status: 'vehicle_purchased', customerNote: CUSTOMER_NOTE })
    expect(JSON.stringify(portal)).not.toContain(INTERNAL_NOTE)

    const local = await payload.findByID({
      collection: 'orders',
      id: world.orderA.id,
      overrideAccess: false,
      user: customerA(),
      depth: 0,
    })
    expect(local.timeline?.at(-1)?.customerNote).toBe(CUSTOMER_NOTE)
    expect(local.timeline?.at(-1)).not.toHaveProperty('internalNote')

    const api = await rest('GET', `/api/orders/${world.orderA.id}?depth=0`, { token: world.a.token })
    expect(api.status).toBe(200)
    expect(api.body.timeline.at(-1).customerNote).toBe(CUSTOMER_NOTE)
    expect(JSON.stringify(api.body)).not.toContain(INTERNAL_NOTE)
    // Asking for the field by name does not reveal it either.
    const selected = await rest('GET', `/api/orders/${world.orderA.id}?depth=0&select[timeline][internalNote]=true`, {
      token: world.a.token,
    })
    expect(JSON.stringify(selected.body)).not.toContain(INTERNAL_NOTE)
  })

  it('another customer sees nothing of the order', async () => {
    expect(await getOrder(world.orderA.id, customerB(), 'fr')).toBeNull()
    expect((await rest('GET', `/api/orders/${world.orderA.id}`, { token: world.b.token })).status).toBe(404)
  })

  it('the milestone e-mail carries the customer note only', async () => {
    const { docs } = await payload.find({
      collection: 'notifications',
      where: { and: [{ order: { equals: world.orderA.id } }, { template: { equals: 'order_milestone' } }] },
      sort: '-createdAt',
      limit: 1,
      depth: 0,
    })
    expect(docs[0]?.variables).toMatchObject({ status: 'vehicle_purchased', note: CUSTOMER_NOTE })
    expect(JSON.stringify(docs[0])).not.toContain(INTERNAL_NOTE)
  })

  it('a customer cannot write either note', async () => {
    const response = await rest('PATCH', `/api/orders/${world.orderA.id}`, {
      token: world.a.token,
      body: { status: 'transport_booked', milestoneCustomerNote: 'hi', milestoneInternalNote: 'hi' },
    })
    expect(response.status).toBe(403)
    const order = await payload.findByID({ collection: 'orders', id: world.orderA.id, depth: 0 })
    expect(order.status).toBe('vehicle_purchased')
  })
})
