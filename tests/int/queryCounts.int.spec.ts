import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { getAccountOverview, getDocuments, getOrderList, getQuoteList } from '@/app/(frontend)/_data/account'
import { runSearch } from '@/app/(frontend)/_data/vehicleSearch'
import { parseVehicleSearch } from '@/domain/vehicleSearch'
import type { Customer, Media, Vehicle } from '@/payload-types'
import { GRAPHQL_LIST_QUERY } from '../../scripts/lib/benchRequests'
import { createCustomer, PNG_1X1, vehicleData, type CustomerSession } from '../helpers/fixtures'
import { graphql } from '../helpers/graphql'
import { testPayload } from '../helpers/payload'
import { recordQueries } from '../helpers/queryCount'
import { resetDatabase } from '../helpers/resetDatabase'
import { rest } from '../helpers/rest'
import { createStaff, type StaffSession } from '../helpers/staff'

/**
 * The N+1 guard: a list page costs the same number of SQL statements for 2 rows as for 12. A list
 * that reads something per row (a relation populated one by one, a hook querying per document)
 * grows with its length and fails here, before it costs a page at a thousand rows.
 */
const context = { disableRevalidate: true }
const SHORT = 2
const LONG = 12

let payload: Payload
let staff: Record<'admin' | 'sales' | 'marketing', StaffSession>
/** A customer with SHORT quotes, orders and documents, and one with LONG of each. */
let few: CustomerSession
let many: CustomerSession

const signedIn = (session: CustomerSession) => ({ ...session.user, collection: 'customers' as const })

async function photo(name: string): Promise<Media> {
  return payload.create({
    collection: 'media',
    data: { alt: name },
    file: { data: PNG_1X1, mimetype: 'image/png', name: `${name}.png`, size: PNG_1X1.length },
    context,
  })
}

async function recordsFor(customer: Customer, vehicles: Vehicle[]): Promise<void> {
  for (const [index, vehicle] of vehicles.entries()) {
    const quote = await payload.create({
      collection: 'quotes',
      data: {
        kind: 'stock',
        customer: customer.id,
        vehicle: vehicle.id,
        destination: { country: 'FR', region: 'IDF' },
        status: 'in_progress',
        lines: [{ code: 'vehicle', label: 'Véhicule', amount: 2_490_000, override: null, vatIncluded: true }],
        validUntil: new Date(Date.now() + 14 * 86_400_000).toISOString(),
      },
      context,
    })
    await payload.update({ collection: 'quotes', id: quote.id, data: { status: 'sent' }, context })
    const order = await payload.create({
      collection: 'orders',
      data: {
        customer: customer.id,
        vehicle: vehicle.id,
        status: 'awaiting_deposit',
        totals: { total: 2_600_000, depositDue: 260_000, currency: 'EUR' },
      },
      context,
    })
    await payload.create({
      collection: 'payments',
      data: {
        order: order.id,
        provider: 'bank_transfer',
        kind: 'deposit',
        currency: 'EUR',
        amount: 100_000,
        status: 'succeeded',
        providerReference: `VIR-${order.id}`,
      },
      context,
    })
    await payload.create({
      collection: 'documents',
      data: { owner: customer.id, type: index % 2 ? 'identity' : 'proof_of_address', status: 'pending' },
      file: { data: PNG_1X1, mimetype: 'image/png', name: `doc-${index}.png`, size: PNG_1X1.length },
      context,
    })
  }
}

type Measured = { rows: number; queries: string[] }

/** Runs `list` for the short and the long length; both must return that many rows. */
async function measure(list: (length: number) => Promise<number>): Promise<[Measured, Measured]> {
  // Once unmeasured: first-use work (schema lookups, prepared caches) is not the list's cost.
  await list(SHORT)
  const short = await recordQueries(payload, () => list(SHORT))
  const long = await recordQueries(payload, () => list(LONG))
  return [
    { rows: short.result, queries: short.queries },
    { rows: long.result, queries: long.queries },
  ]
}

function expectFlat([short, long]: [Measured, Measured]) {
  expect(short.rows).toBe(SHORT)
  expect(long.rows).toBe(LONG)
  expect(short.queries.length).toBeGreaterThan(0)
  // On failure the statements show which ones repeat per row.
  expect(long.queries, `${LONG} rows sent more statements than ${SHORT}`).toHaveLength(short.queries.length)
}

const restList = (path: string, token?: string) => async (length: number) => {
  const separator = path.includes('?') ? '&' : '?'
  const response = await rest('GET', `${path}${separator}limit=${length}`, { token })
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  return (response.body.docs as unknown[]).length
}

describe('SQL statements per list page do not grow with its length', () => {
  beforeAll(async () => {
    payload = await testPayload()
    await resetDatabase(payload)
    staff = await createStaff(payload)
    ;[few, many] = [await createCustomer(payload, 'few'), await createCustomer(payload, 'many')]
    const pictures = [await photo('front'), await photo('side'), await photo('back')]
    // Distinct cars per row: populating the same car twice is one read whatever the loader does.
    const listed: Vehicle[] = []
    for (let index = 0; index < SHORT + LONG; index++) {
      listed.push(
        await payload.create({
          collection: 'vehicles',
          data: vehicleData({
            make: index < SHORT ? 'Alpine' : 'Bentley',
            model: `Model ${index}`,
            fuel: index % 2 ? 'diesel' : 'petrol',
            body: 'suv',
            price: { amount: 2_000_000 + index * 10_000, currency: 'EUR' },
            gallery: [pictures[index % 3]!.id, pictures[(index + 1) % 3]!.id],
            options: ['Toit ouvrant', `Option ${index}`],
          }),
          context,
        }),
      )
    }
    await recordsFor(few.user, listed.slice(0, SHORT))
    await recordsFor(many.user, listed.slice(SHORT))
    // Enough customers for a long page of them in the admin.
    for (let index = 0; index < LONG; index++)
      await payload.create({
        collection: 'customers',
        data: {
          email: `listed.${index}.${Date.now()}@customer.test`,
          password: 'customer-password-1',
          firstName: `Client ${index}`,
          lastName: 'Test',
          _verified: true,
        },
        context,
      })
  })

  it('catches a list that reads one row at a time', async () => {
    const [short, long] = await measure(async (length) => {
      const { docs } = await payload.find({ collection: 'vehicles', depth: 0, limit: length, select: { make: true } })
      for (const doc of docs) await payload.findByID({ collection: 'vehicles', id: doc.id, depth: 0 })
      return docs.length
    })
    expect(long.queries.length).toBeGreaterThan(short.queries.length)
    expect(() => expectFlat([short, long])).toThrow(`${LONG} rows sent more statements than ${SHORT}`)
  })

  it('REST vehicles list at depth 1 (anonymous)', async () => {
    expectFlat(await measure(restList('/api/vehicles?depth=1&sort=price.amount')))
  })

  it('the bench REST list query (filters and sort) at depth 1', async () => {
    expectFlat(
      await measure(
        restList(
          '/api/vehicles?where[fuel][in]=diesel,petrol&where[body][in]=suv,estate,sedan' +
            '&where[price.amount][less_than_equal]=8000000&sort=price.amount&depth=1',
        ),
      ),
    )
  })

  for (const collection of ['quotes', 'orders', 'payments', 'documents'] as const) {
    it(`REST ${collection} list at depth 1 as staff`, async () => {
      expectFlat(await measure(restList(`/api/${collection}?depth=1&sort=-createdAt`, staff.admin.token)))
      expectFlat(await measure(restList(`/api/${collection}?depth=1&sort=-createdAt`, staff.sales.token)))
    })

    it(`REST ${collection} list at depth 1 as their customer`, async () => {
      expectFlat(await measure(restList(`/api/${collection}?depth=1&sort=-createdAt`, many.token)))
    })
  }

  it('GraphQL vehicles list (the bench query)', async () => {
    expect(GRAPHQL_LIST_QUERY).toContain('limit: 24')
    expectFlat(
      await measure(async (length) => {
        const response = await graphql(GRAPHQL_LIST_QUERY.replace('limit: 24', `limit: ${length}`))
        expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined()
        const docs = response.body.data.Vehicles.docs as { gallery: { url: string }[]; price: { amount: number } }[]
        expect(docs[0]!.gallery).toHaveLength(2)
        expect(docs[0]!.gallery[0]!.url).toMatch(/\.png$/)
        expect(docs.map((doc) => doc.price.amount)).toEqual(
          docs.map((doc) => doc.price.amount).toSorted((a, b) => a - b),
        )
        return docs.length
      }),
    )
  })

  it("the portal's lists: overview, quotes, orders, documents", async () => {
    const customerOf = (length: number) => signedIn(length === SHORT ? few : many)
    expectFlat(await measure(async (length) => (await getQuoteList(customerOf(length), 'fr')).length))
    expectFlat(await measure(async (length) => (await getOrderList(customerOf(length), 'fr')).length))
    expectFlat(await measure(async (length) => (await getDocuments(customerOf(length))).length))
    expectFlat(
      await measure(async (length) => {
        const overview = await getAccountOverview(customerOf(length), 'fr')
        expect(overview.counts.quotes).toBe(length)
        expect(overview.counts.documents).toBe(length)
        return overview.orders.length
      }),
    )
  })

  it("the storefront search's data function", async () => {
    const search = (length: number) =>
      runSearch(parseVehicleSearch({ make: length === SHORT ? 'Alpine' : 'Bentley', sort: 'price_asc' }), 'fr')
    expectFlat(
      await measure(async (length) => {
        const result = await search(length)
        expect(result.total).toBe(length)
        expect(result.cards.every((card) => card.image?.url)).toBe(true)
        return result.cards.length
      }),
    )
  })

  it("the admin's list views' data call", async () => {
    // What @payloadcms/next's list view asks for (views/List): drafts, lock status, depth 0.
    for (const collection of ['vehicles', 'quotes', 'orders', 'documents', 'customers', 'payments'] as const) {
      const measured = await measure(async (length) => {
        const { docs } = await payload.find({
          collection,
          depth: 0,
          draft: true,
          fallbackLocale: false,
          includeLockStatus: true,
          limit: length,
          overrideAccess: false,
          user: { ...staff.admin.user, collection: 'users' },
        })
        return docs.length
      }).catch((error: Error) => {
        throw new Error(`${collection}: ${error.message}`)
      })
      expectFlat(measured)
    }
  })
})
