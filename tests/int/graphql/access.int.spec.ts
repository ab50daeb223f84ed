import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { PNG_1X1, vehicleData, type World } from '../../helpers/fixtures'
import { graphql } from '../../helpers/graphql'
import { freshWorld, tokenOf, type Actor } from '../../helpers/world'

/**
 * The access rules of the REST access tests, held over GraphQL: the same collections answer through
 * other resolvers (lists, by id, relations, mutations), and a rule kept by one path only is a leak.
 */

const statusOf = (response: { body: { errors?: { extensions?: { statusCode?: number } }[] } }) =>
  response.body.errors?.[0]?.extensions?.statusCode

describe('GraphQL access', () => {
  let payload: Payload
  let world: World
  beforeAll(async () => {
    ;({ payload, world } = await freshWorld())
    await payload.update({
      collection: 'vehicles',
      id: world.vehicle.id,
      data: { internal: { supplier: 'Autohaus Süd', purchaseCost: 2_100_000, notes: 'Bought below market.' } },
      context: { disableRevalidate: true },
    })
  })

  describe('customer A against customer B', () => {
    it('A lists only their own quotes, orders and documents, each with its data', async () => {
      const response = await graphql(
        `
          {
            Quotes {
              docs {
                id
                number
                status
                totals {
                  total
                }
                customer {
                  id
                  email
                }
              }
            }
            Orders {
              docs {
                id
                status
                customer {
                  id
                }
              }
            }
            Documents {
              docs {
                id
                type
                status
                owner {
                  id
                }
              }
            }
          }
        `,
        { token: world.a.token },
      )
      expect(response.status).toBe(200)
      expect(response.body.errors).toBeUndefined()
      const { Quotes, Orders, Documents } = response.body.data
      expect(Quotes.docs).toEqual([
        {
          id: world.quoteA.id,
          number: world.quoteA.number,
          status: 'sent',
          totals: { total: 2_490_000 },
          customer: { id: world.a.user.id, email: world.a.user.email },
        },
      ])
      expect(Orders.docs).toEqual([
        { id: world.orderA.id, status: 'awaiting_deposit', customer: { id: world.a.user.id } },
      ])
      expect(Documents.docs).toEqual([
        { id: world.documentA.id, type: 'identity', status: 'pending', owner: { id: world.a.user.id } },
      ])
    })

    it('A cannot read B’s quote, order, document or customer record by id', async () => {
      for (const [query, id] of [
        ['Quote', world.quoteB.id],
        ['Order', world.orderB.id],
        ['Document', world.documentB.id],
        ['Customer', world.b.user.id],
      ] as const) {
        const response = await graphql(`query ($id: String!) { ${query}(id: $id) { id } }`, {
          token: world.a.token,
          variables: { id },
        })
        expect(response.body.data?.[query] ?? null, query).toBeNull()
        expect(statusOf(response), query).toBe(404)
      }
    })

    it('A cannot reach B through a filter on B’s id', async () => {
      const response = await graphql(
        `{ Quotes(where: { customer: { equals: "${world.b.user.id}" } }) { totalDocs } Customers { docs { id email } } }`,
        { token: world.a.token },
      )
      expect(response.body.errors).toBeUndefined()
      expect(response.body.data.Quotes.totalDocs).toBe(0)
      expect(response.body.data.Customers.docs).toEqual([{ id: world.a.user.id, email: world.a.user.email }])
    })

    it('A reads their own customer record, without staff-only fields', async () => {
      await payload.update({ collection: 'customers', id: world.a.user.id, data: { internalNotes: 'Prefers calls.' } })
      const response = await graphql(
        `
          query ($id: String!) {
            Customer(id: $id) {
              id
              email
              firstName
              kycStatus
              internalNotes
            }
          }
        `,
        {
          token: world.a.token,
          variables: { id: world.a.user.id },
        },
      )
      expect(response.body.errors).toBeUndefined()
      expect(response.body.data.Customer).toEqual({
        id: world.a.user.id,
        email: world.a.user.email,
        firstName: 'alice',
        kycStatus: null,
        internalNotes: null,
      })
    })
  })

  describe('populated relations', () => {
    it('A’s quote populates its vehicle, without the vehicle’s internal (staff-only) group', async () => {
      const response = await graphql(
        `
          query ($id: String!) {
            Quote(id: $id) {
              id
              vehicle {
                id
                vin
                make
                model
                internal {
                  supplier
                  purchaseCost
                  notes
                }
              }
            }
          }
        `,
        {
          token: world.a.token,
          variables: { id: world.quoteA.id },
        },
      )
      expect(response.body.errors).toBeUndefined()
      // GraphQL resolves a withheld group as an object of nulls where REST leaves the key out.
      expect(response.body.data.Quote.vehicle).toEqual({
        id: world.vehicle.id,
        vin: world.vehicle.vin,
        make: 'Peugeot',
        model: '308',
        internal: { supplier: null, purchaseCost: null, notes: null },
      })
    })

    it('a relation from A’s document to B’s order does not populate B’s order nor B', async () => {
      const misfiled = await payload.create({
        collection: 'documents',
        data: { owner: world.a.user.id, order: world.orderB.id, type: 'identity', status: 'pending' },
        file: { data: PNG_1X1, mimetype: 'image/png', name: 'misfiled.png', size: PNG_1X1.length },
        context: { disableRevalidate: true },
      })
      const response = await graphql(
        `
          query ($id: String!) {
            Document(id: $id) {
              id
              owner {
                id
              }
              order {
                id
                customer {
                  id
                  email
                }
              }
            }
          }
        `,
        {
          token: world.a.token,
          variables: { id: misfiled.id },
        },
      )
      expect(response.body.data.Document).toEqual({ id: misfiled.id, owner: { id: world.a.user.id }, order: null })
      expect(JSON.stringify(response.body)).not.toContain(world.b.user.email)
    })
  })

  describe('staff-only fields', () => {
    const quoteQuery = `query ($id: String!) { Quote(id: $id) { id internalNotes margin { kind } totals { total } } }`
    const orderQuery = `query ($id: String!) { Order(id: $id) { id internalNotes totals { total } } }`

    it('a customer gets their quote and order without internal notes or margin', async () => {
      const quote = await graphql(quoteQuery, { token: world.a.token, variables: { id: world.quoteA.id } })
      expect(quote.body.errors).toBeUndefined()
      expect(quote.body.data.Quote).toEqual({
        id: world.quoteA.id,
        internalNotes: null,
        margin: { kind: null },
        totals: { total: 2_490_000 },
      })
      const order = await graphql(orderQuery, { token: world.a.token, variables: { id: world.orderA.id } })
      expect(order.body.data.Order).toEqual({ id: world.orderA.id, internalNotes: null, totals: { total: 2_600_000 } })
    })

    it.each<Actor>(['admin', 'sales'])('%s gets the internal notes and the vehicle’s purchase cost', async (actor) => {
      const quote = await graphql(quoteQuery, { token: tokenOf(world, actor), variables: { id: world.quoteB.id } })
      expect(quote.body.errors).toBeUndefined()
      expect(quote.body.data.Quote.internalNotes).toBe('Margin is thin on this one.')
      // The margin the customer gets as null is there: its kind defaults to a fixed fee.
      expect(
        (await graphql(quoteQuery, { token: tokenOf(world, actor), variables: { id: world.quoteA.id } })).body.data
          .Quote.margin,
      ).toEqual({ kind: 'fixed' })
      const order = await graphql(orderQuery, { token: tokenOf(world, actor), variables: { id: world.orderB.id } })
      expect(order.body.data.Order.internalNotes).toBe('Supplier asked for a quick transfer.')
      const vehicle = await graphql(
        `
          query ($id: String!) {
            Vehicle(id: $id) {
              internal {
                supplier
                purchaseCost
              }
            }
          }
        `,
        { token: tokenOf(world, actor), variables: { id: world.vehicle.id } },
      )
      expect(vehicle.body.data.Vehicle.internal).toEqual({ supplier: 'Autohaus Süd', purchaseCost: 2_100_000 })
    })

    it('an anonymous visitor reads a published vehicle without its internal group, and no quote', async () => {
      const vehicle = await graphql(
        `
          query ($id: String!) {
            Vehicle(id: $id) {
              vin
              internal {
                purchaseCost
              }
            }
          }
        `,
        { variables: { id: world.vehicle.id } },
      )
      expect(vehicle.body.data.Vehicle).toEqual({ vin: world.vehicle.vin, internal: { purchaseCost: null } })
      const quotes = await graphql('{ Quotes { docs { id internalNotes } } }')
      expect(quotes.body.data?.Quotes ?? null).toBeNull()
      expect(statusOf(quotes)).toBe(403)
    })
  })

  describe('mutations', () => {
    const createVehicle = `mutation ($data: mutationVehicleInput!) { createVehicle(data: $data) { id vin make } }`
    // Drafts and publishing are the admin's business: the input carries the vehicle only.
    const vehicleInput = () => {
      const { _status: _, ...data } = vehicleData()
      return data
    }

    it.each<Actor>(['anonymous', 'customer'])('%s cannot create a vehicle', async (actor) => {
      const data = vehicleInput()
      const response = await graphql(createVehicle, { token: tokenOf(world, actor), variables: { data } })
      expect(response.body.data?.createVehicle ?? null).toBeNull()
      expect(statusOf(response)).toBe(403)
      expect((await payload.count({ collection: 'vehicles', where: { vin: { equals: data.vin } } })).totalDocs).toBe(0)
    })

    it('sales creates a vehicle and gets it back', async () => {
      const data = vehicleInput()
      const response = await graphql(createVehicle, { token: tokenOf(world, 'sales'), variables: { data } })
      expect(response.body.errors).toBeUndefined()
      expect(response.body.data.createVehicle).toEqual({ id: expect.any(String), vin: data.vin, make: 'Peugeot' })
      expect(
        (await payload.findByID({ collection: 'vehicles', id: response.body.data.createVehicle.id, draft: true })).vin,
      ).toBe(data.vin)
    })

    it('a customer updates their own record but not another customer’s', async () => {
      const update = `mutation ($id: String!, $data: mutationCustomerUpdateInput!) { updateCustomer(id: $id, data: $data) { id phone } }`
      const own = await graphql(update, {
        token: world.a.token,
        variables: { id: world.a.user.id, data: { phone: '+33 6 00 00 00 01' } },
      })
      expect(own.body.errors).toBeUndefined()
      expect(own.body.data.updateCustomer).toEqual({ id: world.a.user.id, phone: '+33600000001' })

      const other = await graphql(update, {
        token: world.a.token,
        variables: { id: world.b.user.id, data: { phone: '+33 6 66 66 66 66' } },
      })
      expect(other.body.data?.updateCustomer ?? null).toBeNull()
      expect([403, 404]).toContain(statusOf(other))
      expect((await payload.findByID({ collection: 'customers', id: world.b.user.id })).phone).toBeFalsy()
    })

    it('a customer cannot write a staff-only field on their own record; sales can', async () => {
      const update = `mutation ($id: String!, $data: mutationCustomerUpdateInput!) { updateCustomer(id: $id, data: $data) { id } }`
      const customer = await graphql(update, {
        token: world.a.token,
        variables: { id: world.a.user.id, data: { kycStatus: 'verified' } },
      })
      expect(statusOf(customer)).toBe(400)
      expect((await payload.findByID({ collection: 'customers', id: world.a.user.id })).kycStatus).not.toBe('verified')

      const sales = await graphql(update, {
        token: tokenOf(world, 'sales'),
        variables: { id: world.b.user.id, data: { kycStatus: 'verified' } },
      })
      expect(sales.body.errors).toBeUndefined()
      expect((await payload.findByID({ collection: 'customers', id: world.b.user.id })).kycStatus).toBe('verified')
    })

    it('a customer cannot delete or unpublish a vehicle', async () => {
      const del = await graphql(
        `
          mutation ($id: String!) {
            deleteVehicle(id: $id) {
              id
            }
          }
        `,
        { token: world.a.token, variables: { id: world.vehicle.id } },
      )
      expect(statusOf(del)).toBe(403)
      const update = await graphql(
        `
          mutation ($id: String!) {
            updateVehicle(id: $id, data: { status: sold }) {
              id
            }
          }
        `,
        { token: world.a.token, variables: { id: world.vehicle.id } },
      )
      expect(statusOf(update)).toBe(403)
      expect((await payload.findByID({ collection: 'vehicles', id: world.vehicle.id })).status).toBe('available')
    })
  })
})
