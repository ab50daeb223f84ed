import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { getAccountOverview, getOrder, getOrderList, type SignedInCustomer } from '@/app/(frontend)/_data/account'
import type { World } from '../helpers/fixtures'
import { rest } from '../helpers/rest'
import { freshWorld, tokenOf } from '../helpers/world'

type FieldError = { path: string; message: string }
const fieldErrors = (body: { errors?: { data?: { errors?: FieldError[] } }[] }): FieldError[] =>
  body.errors?.[0]?.data?.errors ?? []

describe('order shipping identifiers and the portal', () => {
  let payload: Payload
  let world: World
  let sales: string
  beforeAll(async () => {
    ;({ payload, world } = await freshWorld())
    sales = tokenOf(world, 'sales')!
  })

  const shippingOf = async (id: string) =>
    (await payload.findByID({ collection: 'orders', id, depth: 0 })).shipping ?? {}

  it('refuses a container number whose ISO 6346 check digit is wrong, naming the digit, and changes nothing', async () => {
    const response = await rest('PATCH', `/api/orders/${world.orderA.id}`, {
      token: sales,
      body: { shipping: { carrier: 'CMA CGM', containerNumber: 'CSQU3054384' } },
    })
    expect(response.status).toBe(400)
    const [error] = fieldErrors(response.body)
    expect(error?.path).toBe('shipping.containerNumber')
    expect(error?.message).toMatch(/check digit.*should end in 3/)
    expect(await shippingOf(world.orderA.id)).toMatchObject({ carrier: null, containerNumber: null })
  })

  it('refuses what is not shaped like a container number', async () => {
    const response = await rest('PATCH', `/api/orders/${world.orderA.id}`, {
      token: sales,
      body: { shipping: { containerNumber: 'ABC123' } },
    })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body)[0]).toMatchObject({ path: 'shipping.containerNumber' })
  })

  it('stores a right container number and IMO number the way carriers print them', async () => {
    const response = await rest('PATCH', `/api/orders/${world.orderA.id}`, {
      token: sales,
      body: {
        shipping: {
          carrier: 'CMA CGM',
          containerNumber: 'csqu 305438-3',
          vesselImo: 'IMO 9454436',
          billOfLading: 'lha0123456',
        },
      },
    })
    expect(response.status).toBe(200)
    expect(await shippingOf(world.orderA.id)).toMatchObject({
      containerNumber: 'CSQU3054383',
      vesselImo: '9454436',
      billOfLading: 'LHA0123456',
    })
  })

  it('refuses an IMO number whose check digit is wrong', async () => {
    const response = await rest('PATCH', `/api/orders/${world.orderA.id}`, {
      token: sales,
      body: { shipping: { vesselImo: '9454437' } },
    })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body)[0]).toMatchObject({ path: 'shipping.vesselImo' })
    expect((await shippingOf(world.orderA.id)).vesselImo).toBe('9454436')
  })

  it('still saves an order that carries a wrong number from before the check', async () => {
    await payload.db.updateOne({
      collection: 'orders',
      id: world.orderB.id,
      data: { shipping: { containerNumber: 'CSQU3054384' } },
    })
    const response = await rest('PATCH', `/api/orders/${world.orderB.id}`, {
      token: sales,
      body: { internalNotes: 'Container number to check with the forwarder.' },
    })
    expect(response.status).toBe(200)
  })

  it('gives the customer a link to the container at the carrier, and the ship', async () => {
    const customer = { ...world.a.user, collection: 'customers' } as unknown as SignedInCustomer
    const order = await getOrder(world.orderA.id, customer, 'fr')
    expect(order?.shipping.tracking.shipment).toEqual({
      url: 'https://www.cma-cgm.com/ebusiness/tracking/search?SearchBy=Container&Reference=CSQU3054383',
      by: 'container',
      reference: 'CSQU3054383',
    })
    expect(order?.shipping.tracking.vessel?.url).toBe('https://www.marinetraffic.com/en/ais/details/ships/imo:9454436')
    expect(order?.shipping.billOfLading).toBe('LHA0123456')
  })

  it("lists each of the customer's orders, and only theirs, at its milestone with the date it was reached", async () => {
    const customer = { ...world.a.user, collection: 'customers' } as unknown as SignedInCustomer
    const reached = (await payload.findByID({ collection: 'orders', id: world.orderA.id, depth: 0 })).timeline!.at(-1)!
    const overview = await getAccountOverview(customer, 'fr')
    expect(overview.orders).toEqual([
      expect.objectContaining({ id: world.orderA.id, status: reached.status, since: reached.at }),
    ])
    const list = await getOrderList(customer, 'fr')
    expect(list).toEqual([expect.objectContaining({ id: world.orderA.id, status: reached.status, since: reached.at })])
  })
})
