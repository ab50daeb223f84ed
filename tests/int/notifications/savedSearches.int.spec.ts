import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { sendSavedSearchDigests } from '@/collections/SavedSearches/digest'
import { findUnsubscribeTarget, unsubscribeSavedSearch } from '@/collections/SavedSearches/unsubscribe'
import { unsubscribeToken, unsubscribeTokenHash } from '@/collections/SavedSearches/unsubscribeToken'
import { hashToken } from '@/collections/QuoteRequests/hooks/issueConfirmationToken'
import { getEnv } from '@/config/env'
import type { Customer, SavedSearch, Vehicle } from '@/payload-types'
import { createCustomer, vehicleData, type CustomerSession, type World } from '../../helpers/fixtures'
import { rest } from '../../helpers/rest'
import { freshWorld } from '../../helpers/world'

const context = { disableRevalidate: true }
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('saved searches', () => {
  let payload: Payload
  let world: World
  beforeAll(async () => ({ payload, world } = await freshWorld()))

  const asCustomer = (customer: Customer, name: string, query: string) =>
    payload.create({
      collection: 'saved-searches',
      data: { customer: customer.id, name, query },
      overrideAccess: false,
      user: { ...customer, collection: 'customers' },
      depth: 0,
    }) as Promise<SavedSearch>

  const digestRows = async (search: SavedSearch) =>
    (
      await payload.find({
        collection: 'notifications',
        where: { dedupeKey: { like: `saved-search:${search.id}:` } },
        depth: 0,
        pagination: false,
      })
    ).docs

  const published = (overrides: Partial<Vehicle>) =>
    payload.create({ collection: 'vehicles', data: vehicleData(overrides), context }) as Promise<Vehicle>

  describe('access and validation', () => {
    it('a customer saves a search for themselves whatever they send, stored canonical', async () => {
      const response = await rest('POST', '/api/saved-searches', {
        token: world.a.token,
        body: { name: 'BMW', query: '?priceMax=40 000&make=BMW&page=3', customer: world.b.user.id },
      })
      expect(response.status).toBe(201)
      const stored = await payload.findByID({
        collection: 'saved-searches',
        id: response.body.doc.id,
        depth: 0,
        showHiddenFields: true,
      })
      expect(stored.customer).toBe(world.a.user.id)
      expect(stored.query).toBe('make=BMW&priceMax=40000')
      expect(stored.checkedUntil).toBeTruthy()
      expect(stored.unsubscribeTokenHash).toBe(hashToken(unsubscribeToken(stored.id)))
      expect(response.body.doc.unsubscribeTokenHash).toBeUndefined()
    })

    it('anonymous visitors cannot save a search', async () => {
      const response = await rest('POST', '/api/saved-searches', { body: { name: 'x', query: 'make=BMW' } })
      expect(response.status).toBe(403)
    })

    it.each(['', 'page=2&sort=price_asc', 'fuel=banana', 'make=BMW&yearMin=abc', 'utm_source=mail'])(
      'refuses the query %j on the field query',
      async (query) => {
        const response = await rest('POST', '/api/saved-searches', {
          token: world.a.token,
          body: { name: 'Nothing', query },
        })
        expect(response.status).toBe(400)
        expect(response.body.errors[0].data.errors[0].path).toBe('query')
      },
    )

    it('customer A cannot read, change or delete B’s searches, nor give theirs to B', async () => {
      const ofA = await asCustomer(world.a.user, 'Mine', 'make=Audi')
      const ofB = await asCustomer(world.b.user, 'Theirs', 'make=Toyota')
      const list = await rest('GET', '/api/saved-searches', { token: world.a.token })
      expect(list.body.docs.map((doc: SavedSearch) => doc.customer)).not.toContain(world.b.user.id)
      expect(list.body.docs.map((doc: SavedSearch) => doc.id)).toContain(ofA.id)
      expect((await rest('GET', `/api/saved-searches/${ofB.id}`, { token: world.a.token })).status).toBe(404)
      const patch = await rest('PATCH', `/api/saved-searches/${ofB.id}`, {
        token: world.a.token,
        body: { alerts: false, name: 'Hijacked' },
      })
      expect([403, 404]).toContain(patch.status)
      expect([403, 404]).toContain(
        (await rest('DELETE', `/api/saved-searches/${ofB.id}`, { token: world.a.token })).status,
      )
      const untouched = await payload.findByID({ collection: 'saved-searches', id: ofB.id, depth: 0 })
      expect(untouched).toMatchObject({ name: 'Theirs', alerts: true, customer: world.b.user.id })

      const moved = await rest('PATCH', `/api/saved-searches/${ofA.id}`, {
        token: world.a.token,
        body: { customer: world.b.user.id, lastAlertAt: '2000-01-01T00:00:00.000Z', name: 'Renamed' },
      })
      expect(moved.status).toBe(200)
      const after = await payload.findByID({
        collection: 'saved-searches',
        id: ofA.id,
        depth: 0,
        showHiddenFields: true,
      })
      expect(after).toMatchObject({
        customer: world.a.user.id,
        name: 'Renamed',
        lastAlertAt: null,
        unsubscribeTokenHash: unsubscribeTokenHash(ofA.id),
      })
      expect((await rest('DELETE', `/api/saved-searches/${ofA.id}`, { token: world.a.token })).status).toBe(200)
    })

    it('refuses a 21st search', async () => {
      const { user } = await createCustomer(payload, 'collector')
      for (let index = 0; index < 20; index++) await asCustomer(user, `Search ${index}`, `yearMin=${1950 + index}`)
      await expect(asCustomer(user, 'One more', 'make=Lotus')).rejects.toMatchObject({
        data: { errors: [{ path: 'customer' }] },
      })
      expect(
        (await payload.count({ collection: 'saved-searches', where: { customer: { equals: user.id } } })).totalDocs,
      ).toBe(20)
    })
  })

  describe('daily digest', () => {
    let customer: CustomerSession
    let search: SavedSearch
    let draftOnly: SavedSearch
    let olderOnly: SavedSearch
    let fresh: Vehicle
    let lateDraft: Vehicle

    beforeAll(async () => {
      customer = await createCustomer(payload, 'watcher')
      await published({ make: 'Lancia', model: 'Delta' })
      lateDraft = (await payload.create({
        collection: 'vehicles',
        data: vehicleData({ make: 'Alpine', model: 'A110', _status: 'draft' }),
        draft: true,
        context,
      })) as Vehicle
      await pause(10)
      search = await asCustomer(customer.user, 'Alpine ≤ 80 000 €', 'make=Alpine&priceMax=80000')
      draftOnly = await asCustomer(customer.user, 'Skoda', 'make=Skoda')
      olderOnly = await asCustomer(customer.user, 'Lancia', 'make=Lancia')
      await pause(10)
      fresh = await published({ make: 'Alpine', model: 'A110 S', price: { amount: 7_500_000, currency: 'EUR' } })
      await published({ make: 'Alpine', model: 'A310', price: { amount: 9_900_000, currency: 'EUR' } })
      await published({ make: 'Renault', model: 'Clio' })
      await payload.create({
        collection: 'vehicles',
        data: vehicleData({ make: 'Skoda', _status: 'draft' }),
        draft: true,
        context,
      })
      await payload.update({ collection: 'vehicles', id: lateDraft.id, data: { _status: 'published' }, context })
    })

    it('queues one digest with the new matching vehicles only, then moves the search on', async () => {
      const now = new Date(Date.now() + 1000)
      const result = await sendSavedSearchDigests(payload, now)
      expect(result.queued).toBeGreaterThanOrEqual(1)
      const rows = await digestRows(search)
      expect(rows).toHaveLength(1)
      expect(rows[0]).toMatchObject({ template: 'saved_search_digest', channel: 'email', to: customer.user.email })
      const variables = rows[0]!.variables as {
        firstName: string
        searchName: string
        vehicles: { title: string; price: number; url: string }[]
        unsubscribeUrl: string
      }
      expect(variables.searchName).toBe('Alpine ≤ 80 000 €')
      expect(variables.firstName).toBe('watcher')
      // A110 S (published after saving) and A110 (drafted before, published after); not the A310 (price).
      expect(variables.vehicles.map((vehicle) => vehicle.url).sort()).toEqual(
        [fresh, lateDraft].map((vehicle) => `${getEnv().SERVER_URL}/vehicles/${vehicle.slug}`).sort(),
      )
      expect(variables.vehicles.find((vehicle) => vehicle.url.endsWith(fresh.slug!))?.price).toBe(7_500_000)
      const link = new URL(variables.unsubscribeUrl)
      expect(link.pathname).toBe('/searches/unsubscribe')
      expect(
        await findUnsubscribeTarget(payload, link.searchParams.get('id'), link.searchParams.get('token')),
      ).toMatchObject({
        id: search.id,
      })

      const after = await payload.findByID({ collection: 'saved-searches', id: search.id, depth: 0 })
      expect(after.lastAlertAt).toBe(now.toISOString())
      expect(after.checkedUntil).toBe(now.toISOString())
      const jobs = await payload.count({
        collection: 'payload-jobs',
        where: { taskSlug: { equals: 'sendNotification' } },
      })
      expect(jobs.totalDocs).toBeGreaterThanOrEqual(1)
    })

    it('a draft or a vehicle published before the search was saved sends nothing', async () => {
      expect(await digestRows(draftOnly)).toHaveLength(0)
      expect(await digestRows(olderOnly)).toHaveLength(0)
      const after = await payload.findByID({ collection: 'saved-searches', id: draftOnly.id, depth: 0 })
      expect(after.lastAlertAt).toBeNull()
      expect(new Date(after.checkedUntil!).getTime()).toBeGreaterThan(new Date(draftOnly.checkedUntil!).getTime())
    })

    it('a second run the same day sends nothing more, even with a new match', async () => {
      await published({ make: 'Alpine', model: 'A110 R', price: { amount: 7_000_000, currency: 'EUR' } })
      await sendSavedSearchDigests(payload, new Date(Date.now() + 2000))
      expect(await digestRows(search)).toHaveLength(1)
    })

    it('searches with alerts off are skipped', async () => {
      const quiet = await asCustomer(customer.user, 'Quiet', 'make=Morgan')
      await payload.update({ collection: 'saved-searches', id: quiet.id, data: { alerts: false }, context })
      await pause(10)
      await published({ make: 'Morgan', model: 'Plus Four' })
      await sendSavedSearchDigests(payload, new Date(Date.now() + 1000))
      expect(await digestRows(quiet)).toHaveLength(0)
    })
  })

  describe('unsubscribe link', () => {
    it('a valid token turns the alerts off; a wrong one changes nothing', async () => {
      const { user } = await createCustomer(payload, 'reader')
      const search = await asCustomer(user, 'Porsche', 'make=Porsche')
      const other = await asCustomer(user, 'Ferrari', 'make=Ferrari')
      expect(unsubscribeTokenHash(search.id)).toMatch(/^[0-9a-f]{64}$/)

      for (const token of ['nope', unsubscribeToken(other.id), `${unsubscribeToken(search.id)}x`, undefined]) {
        expect(await unsubscribeSavedSearch(payload, search.id, token)).toBeNull()
      }
      expect(await unsubscribeSavedSearch(payload, 'not-an-id', unsubscribeToken(search.id))).toBeNull()
      expect((await payload.findByID({ collection: 'saved-searches', id: search.id, depth: 0 })).alerts).toBe(true)

      expect(await unsubscribeSavedSearch(payload, search.id, unsubscribeToken(search.id))).toMatchObject({
        id: search.id,
        alerts: false,
      })
      expect((await payload.findByID({ collection: 'saved-searches', id: search.id, depth: 0 })).alerts).toBe(false)
      expect((await payload.findByID({ collection: 'saved-searches', id: other.id, depth: 0 })).alerts).toBe(true)
    })
  })
})
