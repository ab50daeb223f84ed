import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { World } from '../../helpers/fixtures'
import { vehicleData } from '../../helpers/fixtures'
import { rest } from '../../helpers/rest'
import { freshWorld, tokenOf, type Actor } from '../../helpers/world'

describe('vehicles access', () => {
  let payload: Payload
  let world: World
  beforeAll(async () => ({ payload, world } = await freshWorld()))

  describe('read', () => {
    it.each<Actor>(['anonymous', 'customer'])('%s sees published vehicles for sale only', async (actor) => {
      const list = await rest('GET', '/api/vehicles?limit=50&depth=0', { token: tokenOf(world, actor) })
      expect(list.status).toBe(200)
      const ids = list.body.docs.map((doc: { id: string }) => doc.id)
      expect(ids).toContain(world.vehicle.id)
      expect(ids).not.toContain(world.soldVehicle.id)
      expect(ids).not.toContain(world.draftVehicle.id)
      expect((await rest('GET', `/api/vehicles/${world.vehicle.id}`, { token: tokenOf(world, actor) })).status).toBe(
        200,
      )
      expect(
        (await rest('GET', `/api/vehicles/${world.soldVehicle.id}`, { token: tokenOf(world, actor) })).status,
      ).toBe(404)
      expect(
        (await rest('GET', `/api/vehicles/${world.draftVehicle.id}?draft=true`, { token: tokenOf(world, actor) }))
          .status,
      ).toBe(404)
    })

    it.each<Actor>(['anonymous', 'customer'])('%s never reads the internal purchase data', async (actor) => {
      const response = await rest('GET', `/api/vehicles/${world.vehicle.id}`, { token: tokenOf(world, actor) })
      expect(response.body.internal).toBeUndefined()
    })

    it.each<Actor>(['admin', 'sales', 'marketing'])('%s sees the whole inventory', async (actor) => {
      const sold = await rest('GET', `/api/vehicles/${world.soldVehicle.id}`, { token: tokenOf(world, actor) })
      expect(sold.status).toBe(200)
      const draft = await rest('GET', `/api/vehicles/${world.draftVehicle.id}?draft=true`, {
        token: tokenOf(world, actor),
      })
      expect(draft.status).toBe(200)
    })

    it('hides purchase data from marketing but not from sales', async () => {
      await payload.update({
        collection: 'vehicles',
        id: world.vehicle.id,
        data: { internal: { purchaseCost: 2_000_000 } },
        context: { disableRevalidate: true },
      })
      const marketing = await rest('GET', `/api/vehicles/${world.vehicle.id}`, { token: tokenOf(world, 'marketing') })
      expect(marketing.body.internal).toBeUndefined()
      const sales = await rest('GET', `/api/vehicles/${world.vehicle.id}`, { token: tokenOf(world, 'sales') })
      expect(sales.body.internal.purchaseCost).toBe(2_000_000)
    })
  })

  describe('create', () => {
    it.each<Actor>(['admin', 'sales'])('%s adds a vehicle', async (actor) => {
      const response = await rest('POST', '/api/vehicles', {
        token: tokenOf(world, actor),
        body: vehicleData({ model: `${actor}-car` }),
      })
      expect(response.status).toBe(201)
      expect(response.body.doc.title).toBe(`Peugeot ${actor}-car GT`)
    })

    it.each<Actor>(['marketing', 'customer', 'anonymous'])('%s cannot add a vehicle', async (actor) => {
      const before = await payload.count({ collection: 'vehicles' })
      const response = await rest('POST', '/api/vehicles', { token: tokenOf(world, actor), body: vehicleData() })
      expect(response.status).toBe(403)
      expect((await payload.count({ collection: 'vehicles' })).totalDocs).toBe(before.totalDocs)
    })
  })

  describe('update', () => {
    it.each<Actor>(['admin', 'sales'])('%s changes the price', async (actor) => {
      const response = await rest('PATCH', `/api/vehicles/${world.vehicle.id}`, {
        token: tokenOf(world, actor),
        body: { price: { amount: 2_390_000, currency: 'EUR' } },
      })
      expect(response.status).toBe(200)
      expect(response.body.doc.price.amount).toBe(2_390_000)
    })

    it('marketing edits the marketing fields', async () => {
      const response = await rest('PATCH', `/api/vehicles/${world.vehicle.id}`, {
        token: tokenOf(world, 'marketing'),
        body: { headline: 'Lion rugissant', featured: true },
      })
      expect(response.status).toBe(200)
      expect(response.body.doc.featured).toBe(true)
    })

    it('marketing is refused the price, field by field, and nothing changes', async () => {
      const before = await payload.findByID({ collection: 'vehicles', id: world.vehicle.id })
      const response = await rest('PATCH', `/api/vehicles/${world.vehicle.id}`, {
        token: tokenOf(world, 'marketing'),
        body: { headline: 'Nouveau titre', price: { amount: 100 } },
      })
      expect(response.status).toBe(400)
      expect(response.body.errors[0].data.errors).toEqual([
        expect.objectContaining({ path: 'price', message: 'Only sales staff can change this field.' }),
      ])
      const after = await payload.findByID({ collection: 'vehicles', id: world.vehicle.id })
      expect(after.price.amount).toBe(before.price.amount)
      expect(after.headline).toBe(before.headline)
    })

    it.each<Actor>(['customer', 'anonymous'])('%s cannot edit a vehicle', async (actor) => {
      const response = await rest('PATCH', `/api/vehicles/${world.vehicle.id}`, {
        token: tokenOf(world, actor),
        body: { headline: 'x' },
      })
      expect(response.status).toBe(403)
    })
  })

  describe('delete', () => {
    it('sales deletes a vehicle', async () => {
      const spare = await payload.create({
        collection: 'vehicles',
        data: vehicleData(),
        context: { disableRevalidate: true },
      })
      expect((await rest('DELETE', `/api/vehicles/${spare.id}`, { token: tokenOf(world, 'sales') })).status).toBe(200)
    })

    it.each<Actor>(['marketing', 'customer', 'anonymous'])('%s cannot delete a vehicle', async (actor) => {
      expect(
        (await rest('DELETE', `/api/vehicles/${world.soldVehicle.id}`, { token: tokenOf(world, actor) })).status,
      ).toBe(403)
      expect(await payload.findByID({ collection: 'vehicles', id: world.soldVehicle.id })).toBeTruthy()
    })
  })

  describe('validation', () => {
    it('refuses an invalid VIN and a negative price with field-level messages', async () => {
      const response = await rest('POST', '/api/vehicles', {
        token: tokenOf(world, 'sales'),
        body: vehicleData({ vin: '1M8GDM9AXKP042789', price: { amount: -5, currency: 'EUR' } }),
      })
      expect(response.status).toBe(400)
      const paths = response.body.errors[0].data.errors.map((error: { path: string }) => error.path)
      expect(paths).toEqual(expect.arrayContaining(['vin', 'price.amount']))
      const vinError = response.body.errors[0].data.errors.find((error: { path: string }) => error.path === 'vin')
      expect(vinError.message).toMatch(/check digit/i)
    })
  })
})
