import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { VEHICLE_PLACE_CONTEXT } from '@/access/vehiclePlace'
import type { World } from '../../helpers/fixtures'
import { graphql } from '../../helpers/graphql'
import { rest } from '../../helpers/rest'
import { freshWorld, tokenOf, type Actor } from '../../helpers/world'

const PLACE = {
  address: '12 rue des Tilleuls',
  postcode: '69007',
  city: 'Lyon',
  country: 'FR' as const,
  lat: 45.7512345,
  lng: 4.8412345,
}

const PLACE_QUERY = `query ($id: String!) { Vehicle(id: $id) { location { address city country lat lng } } }`
const LIST_QUERY = `{ Vehicles(where: { fuel: { equals: petrol } }, limit: 5) {
  docs { id vin location { address city lat lng } gallery { url alt } }
} }`

describe('where a vehicle is: the street and coordinates are for staff', () => {
  let payload: Payload
  let world: World
  beforeAll(async () => {
    ;({ payload, world } = await freshWorld())
    await payload.update({
      collection: 'vehicles',
      id: world.vehicle.id,
      data: { location: PLACE, gallery: [world.media.id] },
      context: { disableRevalidate: true },
    })
  })

  it.each<Actor>(['anonymous', 'customer'])(
    '%s reads the town over REST, never the street nor the coordinates',
    async (actor) => {
      const token = tokenOf(world, actor)
      const one = await rest('GET', `/api/vehicles/${world.vehicle.id}`, { token })
      expect(one.status).toBe(200)
      expect(one.body.location).toEqual({ postcode: '69007', city: 'Lyon', country: 'FR' })

      // Asking for them by name changes nothing.
      const list = await rest(
        'GET',
        `/api/vehicles?where[id][equals]=${world.vehicle.id}&select[location]=true&select[title]=true`,
        { token },
      )
      expect(list.status).toBe(200)
      expect(list.body.docs).toHaveLength(1)
      expect(list.body.docs[0].location).toEqual({ postcode: '69007', city: 'Lyon', country: 'FR' })

      // Nor can a filter on them tell where the car is.
      const probe = await rest('GET', `/api/vehicles?where[location.lat][greater_than]=45.75`, { token })
      expect(probe.body.docs ?? []).toEqual([])
    },
  )

  it.each<Actor>(['anonymous', 'customer'])('%s gets null for them over GraphQL', async (actor) => {
    const response = await graphql(PLACE_QUERY, { token: tokenOf(world, actor), variables: { id: world.vehicle.id } })
    expect(response.body.errors).toBeUndefined()
    expect(response.body.data.Vehicle.location).toEqual({
      address: null,
      city: 'Lyon',
      country: 'FR',
      lat: null,
      lng: null,
    })
  })

  it.each<Actor>(['admin', 'sales', 'marketing'])('%s reads the exact place, over REST and GraphQL', async (actor) => {
    const token = tokenOf(world, actor)
    const one = await rest('GET', `/api/vehicles/${world.vehicle.id}`, { token })
    expect(one.body.location).toEqual(PLACE)
    const response = await graphql(PLACE_QUERY, { token, variables: { id: world.vehicle.id } })
    expect(response.body.data.Vehicle.location).toEqual({
      address: PLACE.address,
      city: 'Lyon',
      country: 'FR',
      lat: PLACE.lat,
      lng: PLACE.lng,
    })
  })

  it("the vehicle page's server read gets the exact place; a visitor's Local API read without it does not", async () => {
    const read = (context?: Record<string, unknown>) =>
      payload.find({
        collection: 'vehicles',
        where: { slug: { equals: world.vehicle.slug } },
        overrideAccess: false,
        user: null,
        context,
      })
    const page = await read({ [VEHICLE_PLACE_CONTEXT]: true })
    expect(page.docs[0]?.location).toEqual(PLACE)
    const plain = await read()
    expect(plain.docs[0]?.location).toEqual({ postcode: '69007', city: 'Lyon', country: 'FR' })
  })
})

describe('the public vehicle list reads what it returns', () => {
  let payload: Payload
  let world: World
  beforeAll(async () => {
    ;({ payload, world } = await freshWorld())
    await payload.update({
      collection: 'vehicles',
      id: world.vehicle.id,
      data: { location: PLACE, gallery: [world.media.id] },
      context: { disableRevalidate: true },
    })
  })

  it("a visitor's REST list returns cards, with pictures as a card shows them", async () => {
    const list = await rest('GET', `/api/vehicles?where[id][equals]=${world.vehicle.id}&depth=1`)
    expect(list.status).toBe(200)
    const [card] = list.body.docs
    expect(card).toMatchObject({ id: world.vehicle.id, title: world.vehicle.title, slug: world.vehicle.slug })
    expect(card.price.amount).toBe(world.vehicle.price.amount)
    expect(card.vin).toBeUndefined()
    expect(card.description).toBeUndefined()
    expect(card.location).toBeUndefined()
    expect(card.gallery).toHaveLength(1)
    expect(card.gallery[0].url).toMatch(/^\/api\/media\/file\/.+/)
    // The fixture is 1×1 pixel: no size was generated, but the card's is there to read.
    expect(card.gallery[0].sizes).toHaveProperty('card')
    expect(card.gallery[0].alt).toBe(world.media.alt)
    // What a card does not show is not read: no focal point, MIME type or byte size.
    expect(card.gallery[0].mimeType).toBeUndefined()
    expect(card.gallery[0].filesize).toBeUndefined()
  })

  it('a visitor asking for fields by name gets them; one vehicle by id stays whole', async () => {
    const list = await rest('GET', `/api/vehicles?where[id][equals]=${world.vehicle.id}&select[vin]=true`)
    expect(list.body.docs[0]).toEqual({ id: world.vehicle.id, vin: world.vehicle.vin })
    const one = await rest('GET', `/api/vehicles/${world.vehicle.id}`)
    expect(one.body.vin).toBe(world.vehicle.vin)
    expect(one.body.fiscalHp).toBe(world.vehicle.fiscalHp)
  })

  it("staff's REST list is the whole record", async () => {
    const list = await rest('GET', `/api/vehicles?where[id][equals]=${world.vehicle.id}`, {
      token: tokenOf(world, 'sales'),
    })
    expect(list.body.docs[0].vin).toBe(world.vehicle.vin)
    expect(list.body.docs[0].location).toEqual(PLACE)
  })

  it('a GraphQL list returns every field it asks for, picture URLs included', async () => {
    const response = await graphql(LIST_QUERY)
    expect(response.body.errors).toBeUndefined()
    const doc = response.body.data.Vehicles.docs.find((d: { id: string }) => d.id === world.vehicle.id)
    expect(doc.vin).toBe(world.vehicle.vin)
    expect(doc.location).toEqual({ address: null, city: 'Lyon', lat: null, lng: null })
    expect(doc.gallery[0].url).toMatch(/^\/api\/media\/file\/.+/)
    expect(doc.gallery[0].alt).toBe(world.media.alt)
  })
})
