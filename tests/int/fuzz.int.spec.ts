import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { getEnv } from '@/config/env'
import { CUSTOMER_PASSWORD, type World } from '../helpers/fixtures'
import { rawGraphql } from '../helpers/graphql'
import { login, rawRest, rest } from '../helpers/rest'
import { STAFF_PASSWORD } from '../helpers/staff'
import { freshWorld, tokenOf } from '../helpers/world'

/**
 * Malformed input must be answered with a 4xx and a reason, never a 5xx: a 5xx hides the reason from
 * the caller, pages whoever is on call, and often means a crash path nobody has read. Every input
 * is fixed (no randomness), so a failure names a route and an input that reproduce it.
 */

type Actor = 'anonymous' | 'customer' | 'admin'
type Probe = {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  path: string
  body?: BodyInit
  contentType?: string
  /** A bulk write with a malformed filter: any document it touches means the filter was ignored. */
  mustRefuse?: boolean
}
type Failure = { actor: Actor; route: string; input: string; status: number; detail: string }

const TIMEOUT = 300_000
// An id in the right format that matches no document.
const MISSING_ID = '00000000-0000-4000-8000-000000000000'

const BAD_QUERIES = [
  'page=-5',
  'page=0',
  'page=1.5',
  'page=abc',
  'page=NaN',
  'page=Infinity',
  'page=1e309',
  'page=99999999999999999999',
  'page=',
  'page=1&page=2',
  'page[a]=1',
  'limit=-1',
  'limit=abc',
  'limit=1e9',
  'limit=99999999999999999999',
  'limit[]=1',
  'limit=0x10',
  'depth=-1',
  'depth=abc',
  'depth=100',
  'depth=1e9',
  'depth[]=1',
  'sort=-nope',
  'sort=nope',
  'sort=--id',
  'sort=,',
  'sort[]=id',
  'sort=price.nope',
  'sort=' + 'a'.repeat(5000),
  'where[price][nope]=1',
  'where[unknownField][equals]=1',
  'where[id][equals]=not-a-uuid',
  'where[id][in]=a,b',
  'where[createdAt][greater_than]=not-a-date',
  'where[price.amount][greater_than]=abc',
  'where=string',
  'where[]=1',
  'where[or]=x',
  'where[or][0]=x',
  'where[and][0][id][exists]=maybe',
  'where[id][near]=1,2',
  'where[id][like][x]=1',
  'where' + '[and][0]'.repeat(60) + '[id][equals]=1',
  'locale=xx',
  'locale[]=fr',
  'fallback-locale=zz',
  'draft=maybe',
  'select[nope]=true',
  'select=x',
  'populate[nope][x]=true',
  'joins=x',
  'pagination=maybe',
  'trash=maybe',
]

const json = (value: unknown) => ({ body: JSON.stringify(value), contentType: 'application/json' })
const BAD_BODIES: Record<string, { body: BodyInit; contentType?: string }> = {
  'bad JSON': { body: '{"a":', contentType: 'application/json' },
  'empty JSON': { body: '', contentType: 'application/json' },
  'JSON array': json([1, 2]),
  'JSON scalar': json('x'),
  'JSON null': json(null),
  'form-encoded': { body: 'email=a%40b.c&password=x', contentType: 'application/x-www-form-urlencoded' },
  'text/plain': { body: 'hello', contentType: 'text/plain' },
  'no content type': { body: '{"a":1}' },
  'multipart garbage': { body: 'garbage', contentType: 'multipart/form-data; boundary=xyz' },
  'multipart without boundary': { body: 'garbage', contentType: 'multipart/form-data' },
  'unknown fields': json({ nope: 1, __proto__x: 2 }),
  'huge string': json({ nope: 'x'.repeat(200_000) }),
  'deep nesting': json(JSON.parse('{"a":'.repeat(500) + '1' + '}'.repeat(500))),
  'invalid _payload': (() => {
    const form = new FormData()
    form.append('_payload', '{"a":')
    return { body: form }
  })(),
}

/** Values of the wrong shape for any field: arrays and objects where scalars are expected, and the reverse. */
const WRONG_VALUES: Record<string, unknown> = {
  array: [[1], { a: 1 }],
  object: { equals: 1, nested: { deep: [1] } },
  huge: 1e308,
  string: 'x'.repeat(10_000),
  negative: -1,
}

function request(probe: Probe, token: string | undefined): Request {
  const headers = new Headers()
  if (token) headers.set('authorization', `JWT ${token}`)
  if (probe.contentType) headers.set('content-type', probe.contentType)
  return new Request(new URL(probe.path, getEnv().SERVER_URL), { method: probe.method, headers, body: probe.body })
}

async function send(
  probe: Probe,
  token: string | undefined,
): Promise<{ status: number; detail: string; hit?: number }> {
  try {
    if (probe.path.startsWith('/api/graphql')) {
      const { status, body } = await rawGraphql(request(probe, token))
      // GraphQL answers 200 with errors; a resolver that crashed says so in its error's statusCode.
      const errors: { extensions?: { statusCode?: number } }[] = body?.errors ?? []
      const crashed = errors.find((error) => (error.extensions?.statusCode ?? 0) >= 500)
      if (crashed) return { status: crashed.extensions!.statusCode!, detail: JSON.stringify(crashed).slice(0, 300) }
      return { status, detail: String(JSON.stringify(body)).slice(0, 300) }
    }
    const response = await rawRest(request(probe, token))
    const text = await response.text()
    let hit = 0
    try {
      hit = response.status < 400 ? (JSON.parse(text).docs?.length ?? 0) : 0
    } catch {
      // not JSON: nothing was written through it
    }
    return { status: response.status, detail: text.slice(0, 300), hit }
  } catch (error) {
    // Next.js answers 500 for a handler that throws.
    return { status: 500, detail: `threw: ${(error as Error).stack?.split('\n').slice(0, 3).join(' ')}` }
  }
}

/** Runs probes a few at a time (the database pool has room) and keeps every 5xx. */
async function run(actor: Actor, token: string | undefined, probes: (Probe & { input: string })[]): Promise<Failure[]> {
  const failures: Failure[] = []
  let next = 0
  const worker = async () => {
    while (next < probes.length) {
      const probe = probes[next++]!
      const { status, detail, hit } = await send(probe, token)
      if (status >= 500 || (probe.mustRefuse && hit))
        failures.push({
          actor,
          route: `${probe.method} ${probe.path.split('?')[0]}`,
          input: probe.input,
          status,
          detail,
        })
    }
  }
  await Promise.all([worker(), worker(), worker()])
  return failures
}

function report(failures: Failure[]): string {
  return failures.map((f) => `${f.status} ${f.actor} ${f.route} <- ${f.input}\n    ${f.detail}`).join('\n')
}

function topLevelFieldNames(fields: { name?: string }[]): string[] {
  return fields.map((field) => field.name).filter((name): name is string => Boolean(name))
}

describe('fuzz: malformed input never gets a 5xx', () => {
  let payload: Payload
  let world: World
  let ids: Record<string, string>
  beforeAll(async () => {
    ;({ payload, world } = await freshWorld())
    ids = {
      vehicles: world.vehicle.id,
      quotes: world.quoteB.id,
      orders: world.orderB.id,
      payments: world.paymentB.id,
      customers: world.b.user.id,
      documents: world.documentB.id,
      media: world.media.id,
      pages: world.page.id,
      users: world.staff.sales.user.id,
    }
  })

  it('the reported cases get a 4xx that says what is wrong', async () => {
    const origin = new URL(getEnv().SERVER_URL).origin
    const page = await rawRest(new Request(new URL('/api/vehicles?page=-5', origin), { headers: { origin } }))
    expect(page.status).toBe(400)
    expect((await page.json()).errors[0].message).toMatch(/page must be a whole number/)
    // So that the storefront's origin can read the reason.
    expect(page.headers.get('access-control-allow-origin')).toBe(origin)

    for (const [query, reason] of [
      ['sort=-nope', /sort: unknown field ..nope/],
      ['where[unknownField][equals]=1', /unknownField/],
      ['where[price][nope]=1', /unknown operator ..nope/],
      ['limit=1000', /limit must be a whole number from 1 to 100/],
    ] as const) {
      const response = await send({ method: 'GET', path: `/api/vehicles?${query}` }, undefined)
      expect(response.status, query).toBe(400)
      expect(response.detail, query).toMatch(reason)
    }

    const form = await send(
      {
        method: 'POST',
        path: '/api/customers',
        body: 'email=a%40b.c&password=x',
        contentType: 'application/x-www-form-urlencoded',
      },
      undefined,
    )
    expect(form.status).toBe(415)
    expect(form.detail).toMatch(/application\/json/)

    const graphqlText = await send(
      { method: 'POST', path: '/api/graphql', body: '{ __typename }', contentType: 'text/plain' },
      undefined,
    )
    expect(graphqlText.status).toBe(415)
  })

  it('the admin’s long queries (POST with a method override) are still answered, and checked', async () => {
    const override = (body: string) =>
      rawRest(
        new Request(new URL('/api/vehicles', getEnv().SERVER_URL), {
          method: 'POST',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            'x-payload-http-method-override': 'GET',
            authorization: `JWT ${tokenOf(world, 'sales')}`,
          },
          body,
        }),
      )
    const ok = await override(`limit=5&where[id][in][0]=${world.vehicle.id}`)
    expect(ok.status).toBe(200)
    expect((await ok.json()).docs.map((doc: { id: string }) => doc.id)).toEqual([world.vehicle.id])
    expect((await override('where[id][in][0]=not-a-uuid')).status).toBe(400)
  })

  const actors: Actor[] = ['anonymous', 'customer', 'admin']
  const tokenFor = (actor: Actor) => (actor === 'admin' ? tokenOf(world, 'admin') : tokenOf(world, actor))
  const freshSession = async (actor: Actor) => {
    if (actor === 'customer') return login('customers', world.a.user.email, CUSTOMER_PASSWORD)
    if (actor === 'admin') return login('users', world.staff.admin.user.email, STAFF_PASSWORD)
    return undefined
  }

  it.each(actors)(
    'REST collection routes, as %s',
    async (actor) => {
      const probes: (Probe & { input: string })[] = []
      for (const collection of payload.config.collections) {
        const base = `/api/${collection.slug}`
        const id = ids[collection.slug] ?? MISSING_ID
        for (const query of BAD_QUERIES) {
          probes.push({ method: 'GET', path: `${base}?${query}`, input: query })
          probes.push({ method: 'GET', path: `${base}/${id}?${query}`, input: query })
          probes.push({ method: 'GET', path: `${base}/count?${query}`, input: query })
          // Bulk writes with a malformed filter: the filter must be refused, not ignored.
          probes.push({
            method: 'PATCH',
            path: `${base}?${query}`,
            ...json({}),
            input: `${query} {}`,
            mustRefuse: true,
          })
          probes.push({ method: 'DELETE', path: `${base}?${query}`, input: query, mustRefuse: true })
          probes.push({ method: 'DELETE', path: `${base}/${MISSING_ID}?${query}`, input: query })
        }
        for (const bad of ['not-a-uuid', '1', "'; drop table x;--", '%00', 'a'.repeat(5000)]) {
          probes.push({ method: 'GET', path: `${base}/${encodeURIComponent(bad)}`, input: `id ${bad.slice(0, 20)}` })
          probes.push({
            method: 'PATCH',
            path: `${base}/${encodeURIComponent(bad)}`,
            ...json({}),
            input: `id ${bad.slice(0, 20)}`,
          })
          probes.push({ method: 'DELETE', path: `${base}/${encodeURIComponent(bad)}`, input: `id ${bad.slice(0, 20)}` })
        }
        for (const [name, body] of Object.entries(BAD_BODIES)) {
          probes.push({ method: 'POST', path: base, ...body, input: name })
          probes.push({ method: 'PATCH', path: `${base}/${id}`, ...body, input: name })
          if (collection.auth) {
            for (const route of [
              'login',
              'forgot-password',
              'reset-password',
              'unlock',
              'refresh-token',
              'first-register',
              'verify/garbage',
            ]) {
              probes.push({ method: 'POST', path: `${base}/${route}`, ...body, input: name })
            }
          }
        }
        if (collection.auth) {
          for (const body of [
            { email: ['a@b.c'], password: { x: 1 } },
            { email: 'a@b.c' },
            { email: 'x'.repeat(100_000), password: 'x' },
            { password: 'x' },
            { token: [1], password: {} },
            { email: null, password: null },
          ]) {
            for (const route of ['login', 'forgot-password', 'reset-password', 'unlock', 'first-register']) {
              probes.push({
                method: 'POST',
                path: `${base}/${route}`,
                ...json(body),
                input: JSON.stringify(body).slice(0, 60),
              })
            }
          }
          probes.push({ method: 'GET', path: `${base}/me?depth=abc`, input: 'me depth=abc' })
        }
        // Every top-level field, one wrong shape at a time: hooks run before validation on raw data.
        for (const field of topLevelFieldNames(collection.flattenedFields)) {
          for (const [shape, value] of Object.entries(WRONG_VALUES)) {
            const body = json({ [field]: value })
            probes.push({ method: 'POST', path: base, ...body, input: `${field}: ${shape}` })
            probes.push({ method: 'PATCH', path: `${base}/${id}`, ...body, input: `${field}: ${shape}` })
          }
        }
      }
      const failures = await run(actor, tokenFor(actor), probes)
      // Logout ends the session it is sent with: last, on a session of its own, so the probes above
      // and the tests below keep theirs.
      const logouts = payload.config.collections
        .filter((collection) => collection.auth)
        .flatMap((collection) =>
          Object.entries(BAD_BODIES).map(([name, body]) => ({
            method: 'POST' as const,
            path: `/api/${collection.slug}/logout`,
            ...body,
            input: name,
          })),
        )
      failures.push(...(await run(actor, await freshSession(actor), logouts)))
      expect(failures, report(failures)).toEqual([])
      expect(probes.length).toBeGreaterThan(5_000)
      // The probes ran as this actor to the end: their session survived them.
      if (actor !== 'anonymous') {
        const me = await rest('GET', `/api/${actor === 'admin' ? 'users' : 'customers'}/me`, { token: tokenFor(actor) })
        expect(me.body.user?.id).toBe(actor === 'admin' ? world.staff.admin.user.id : world.a.user.id)
      }
    },
    TIMEOUT,
  )

  it.each(actors)(
    'REST global routes, as %s',
    async (actor) => {
      const probes: (Probe & { input: string })[] = []
      for (const global of payload.config.globals) {
        const base = `/api/globals/${global.slug}`
        for (const query of BAD_QUERIES) probes.push({ method: 'GET', path: `${base}?${query}`, input: query })
        for (const [name, body] of Object.entries(BAD_BODIES))
          probes.push({ method: 'POST', path: base, ...body, input: name })
        for (const field of topLevelFieldNames(global.flattenedFields)) {
          for (const [shape, value] of Object.entries(WRONG_VALUES)) {
            probes.push({ method: 'POST', path: base, ...json({ [field]: value }), input: `${field}: ${shape}` })
          }
        }
      }
      const failures = await run(actor, tokenFor(actor), probes)
      expect(failures, report(failures)).toEqual([])
    },
    TIMEOUT,
  )

  it.each(actors)(
    'GraphQL, as %s',
    async (actor) => {
      const query = (text: string, variables?: unknown) => json({ query: text, variables })
      const deep = 'Vehicles { docs { ' + 'images { image { '.repeat(1) + 'id } } } }'
      const nested =
        '{ Quotes { docs { ' +
        'vehicle { createdBy { id } } '.repeat(1) +
        'customer { '.repeat(1) +
        'id ' +
        '} '.repeat(1) +
        '} } }'
      const bodies: Record<string, { body: BodyInit; contentType?: string }> = {
        ...BAD_BODIES,
        'query not a string': json({ query: 123 }),
        'variables an array': json({ query: '{ __typename }', variables: [1] }),
        'syntax error': query('{'),
        'unknown field': query('{ nope }'),
        'negative limit': query('{ Vehicles(limit: -5) { totalDocs } }'),
        'negative page': query('{ Vehicles(page: -1) { totalDocs } }'),
        'huge limit': query('{ Vehicles(limit: 999999999) { totalDocs } }'),
        'huge limit variable': query('query ($l: Int) { Vehicles(limit: $l) { totalDocs } }', { l: 2147483647 }),
        'bad sort': query('{ Vehicles(sort: "-nope") { totalDocs } }'),
        'bad sort path': query('{ Vehicles(sort: "price.nope") { totalDocs } }'),
        'bad id': query('{ Vehicle(id: "not-a-uuid") { id } }'),
        'bad id in where': query('{ Vehicles(where: { id: { equals: "not-a-uuid" } }) { totalDocs } }'),
        'bad id list in where': query('{ Vehicles(where: { id: { in: ["x", "y"] } }) { totalDocs } }'),
        'bad date in where': query('{ Vehicles(where: { createdAt: { greater_than: "not-a-date" } }) { totalDocs } }'),
        'bad operator': query('{ Vehicles(where: { vin: { nope: 1 } }) { totalDocs } }'),
        'bad locale': query('{ Vehicles(locale: xx) { totalDocs } }'),
        'variable of the wrong type': query('query ($id: String!) { Vehicle(id: $id) { id } }', { id: { a: 1 } }),
        'missing variable': query('query ($id: String!) { Vehicle(id: $id) { id } }'),
        relations: query(`{ ${deep} }`),
        nested: query(nested),
        'many aliases': query(
          `{ ${Array.from({ length: 300 }, (_, i) => `a${i}: Vehicles { totalDocs }`).join(' ')} }`,
        ),
        'very deep selection': query(
          `{ Quotes { docs { ${'vehicle { createdBy { '.repeat(1)}id ${'} } '.repeat(1)}${'customer { '.repeat(1)}id } } } }`,
        ),
        'deeply nested fragments': query('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }'),
        'create vehicle with wrong types': query(
          'mutation { createVehicle(data: { vin: "x", make: "x", model: "x", year: -1 }) { id } }',
        ),
        'update someone else': query(
          `mutation { updateCustomer(id: "${MISSING_ID}", data: { firstName: "x" }) { id } }`,
        ),
        'delete missing': query(`mutation { deleteVehicle(id: "${MISSING_ID}") { id } }`),
        'delete bad id': query('mutation { deleteVehicle(id: "not-a-uuid") { id } }'),
        'login wrong types': query('mutation { loginCustomer(email: "", password: "") { token } }'),
        'forgot password garbage': query('mutation { forgotPasswordCustomer(email: "not-an-email") }'),
        'reset password garbage': query('mutation { resetPasswordCustomer(token: "x", password: "y") { token } }'),
        'verify garbage': query('mutation { verifyEmailCustomer(token: "x") }'),
        'global with bad locale': query('{ SiteSetting(locale: xx) { siteName } }'),
        'update global wrong type': query('mutation { updateSiteSetting(data: { siteName: "" }) { siteName } }'),
      }
      const probes = Object.entries(bodies).map(([input, body]) => ({
        method: 'POST' as const,
        path: '/api/graphql',
        ...body,
        input,
      }))
      const failures = await run(actor, tokenFor(actor), probes)
      expect(failures, report(failures)).toEqual([])
    },
    TIMEOUT,
  )
})
