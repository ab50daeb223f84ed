import { randomBytes, randomInt } from 'node:crypto'
import path from 'node:path'

import Stripe from 'stripe'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { FAKE_STRIPE } from '../helpers/fakeProviders/env'
import { startSmtpServer, type TestSmtp } from '../helpers/smtpServer'
import { startCluster, type Cluster } from './cluster'
import { startRedisRelay, type RedisRelay } from './redisRelay'

/**
 * Two `npm start` instances behind a round-robin proxy, one Redis cache, one jobs worker and one
 * PostgreSQL database (scripts/test-cluster.ts builds and runs this): what one instance does, the
 * other must see, and nothing may happen twice or get lost because there are two.
 */

const basePort = Number(process.env.CLUSTER_BASE_PORT ?? 4400)
const redisUrl = process.env.CLUSTER_REDIS_URL ?? 'redis://127.0.0.1:6379'
const pgServer = process.env.CLUSTER_PG_SERVER ?? 'postgres://postgres@127.0.0.1:5432'
/** How long a change made on one instance may take to show on the other. */
const PROPAGATION_BOUND_MS = 5_000

const DEMO_PASSWORD = 'autoport-demo'
const ADMIN = 'admin@autoport.test'
const CUSTOMER = 'client@autoport.test'

let cluster: Cluster
let smtp: TestSmtp
let relay: RedisRelay
let adminToken: string

/** A client address of this test's own (the instances believe the proxy's X-Forwarded-For). */
const clientAddress = () => `198.51.100.${randomInt(1, 255)}`

async function call(base: string, route: string, init: RequestInit & { address?: string } = {}) {
  const headers = new Headers(init.headers)
  headers.set('x-forwarded-for', init.address ?? clientAddress())
  if (init.body && !headers.has('content-type')) headers.set('content-type', 'application/json')
  return fetch(new URL(route, base), { ...init, headers, redirect: 'manual', signal: AbortSignal.timeout(60_000) })
}

async function login(base: string, collection: 'users' | 'customers', email: string) {
  const response = await call(base, `/api/${collection}/login`, {
    method: 'POST',
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  })
  expect(response.status, await response.clone().text()).toBe(200)
  return response
}

const asAdmin = (base: string, route: string, init: RequestInit = {}) =>
  call(base, route, { ...init, headers: { ...init.headers, authorization: `JWT ${adminToken}` } })

/** The page's text with every kind of space removed, so "76 543 €" reads 76543€. */
const pageText = async (response: Response) => (await response.text()).replace(/[\s\u00a0\u202f]|&nbsp;/g, '')

async function pollUntil(check: () => Promise<boolean>, boundMs: number): Promise<number> {
  const started = Date.now()
  while (Date.now() - started < boundMs) {
    if (await check()) return Date.now() - started
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return -1
}

beforeAll(async () => {
  smtp = await startSmtpServer({ port: basePort + 9 })
  relay = await startRedisRelay({ port: basePort + 7, target: redisUrl })
  cluster = await startCluster({
    instances: 2,
    basePort,
    pgServer,
    redisUrl,
    worker: true,
    logDir: path.resolve('.data/test-results/cluster-logs'),
    // Instance 2 reaches Redis through a relay the outage test cuts.
    instanceEnv: (index): Record<string, string> => (index === 2 ? { REDIS_URL: relay.url } : {}),
  })
  adminToken = ((await (await login(cluster.instances[0]!.url, 'users', ADMIN)).json()) as { token: string }).token
}, 600_000)

afterAll(async () => {
  await cluster?.stop()
  await relay?.close()
  await smtp?.close()
}, 120_000)

describe('two instances behind a load balancer', () => {
  it('a session opened on instance 1 is recognised by instance 2 (the JWT cookie)', async () => {
    const [one, two] = cluster.instances
    const response = await login(one!.url, 'customers', CUSTOMER)
    const cookie = response.headers
      .getSetCookie()
      .map((line) => line.split(';')[0]!)
      .find((pair) => pair.startsWith('payload-token='))
    expect(cookie).toBeTruthy()

    // What a browser sends with its cookie: Payload only believes a session cookie on a same-site request.
    const browser = { cookie: cookie!, 'sec-fetch-site': 'same-origin' }
    const me = await call(two!.url, '/api/customers/me', { headers: browser })
    const meBody = await me.text()
    expect(me.status, meBody).toBe(200)
    expect((JSON.parse(meBody) as { user?: { email: string } | null }).user?.email, meBody).toBe(CUSTOMER)
    // And a personal page renders signed in there, not a redirect to the sign-in form.
    const profile = await call(two!.url, '/account/profile', { headers: browser })
    expect(profile.status, profile.headers.get('location') ?? '').toBe(200)
    expect((await call(two!.url, '/account/profile')).status, 'signed out: sent to sign in').toBe(307)

    const anonymous = await call(two!.url, '/api/customers/me')
    expect(((await anonymous.json()) as { user: unknown }).user).toBeNull()
  })

  it(`a staff price change on instance 1 shows on instance 2's search and vehicle page within ${PROPAGATION_BOUND_MS / 1000} s`, async () => {
    const [one, two] = cluster.instances
    const found = await asAdmin(
      one!.url,
      '/api/vehicles?depth=0&limit=1&where[status][equals]=available&where[_status][equals]=published&where[price.currency][equals]=EUR',
    )
    const vehicle = (
      (await found.json()) as {
        docs: { id: string; slug: string; make: string; model: string; price: { amount: number } }[]
      }
    ).docs[0]
    expect(vehicle, 'a published EUR vehicle in the seed').toBeTruthy()
    const searchPath = `/vehicles?make=${encodeURIComponent(vehicle!.make)}&model=${encodeURIComponent(vehicle!.model)}`
    const vehiclePath = `/vehicles/${vehicle!.slug}`

    // Instance 2 has both pages cached before the change.
    for (let i = 0; i < 2; i++) {
      for (const route of [searchPath, vehiclePath]) expect((await call(two!.url, route)).status).toBe(200)
    }
    const euros = 76_000 + randomInt(100, 999)
    expect(await pageText(await call(two!.url, vehiclePath))).not.toContain(`${euros}€`)

    const saved = await asAdmin(one!.url, `/api/vehicles/${vehicle!.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ price: { amount: euros * 100, currency: 'EUR' }, _status: 'published' }),
    })
    expect(saved.status, await saved.clone().text()).toBe(200)

    const shows = async (route: string) => {
      const response = await call(two!.url, route)
      return response.status === 200 && (await pageText(response)).includes(`${euros}€`)
    }
    const searchAfter = await pollUntil(() => shows(searchPath), PROPAGATION_BOUND_MS)
    const pageAfter = await pollUntil(() => shows(vehiclePath), PROPAGATION_BOUND_MS)
    console.log(`price change seen on instance 2: search after ${searchAfter} ms, vehicle page after ${pageAfter} ms`)
    expect(searchAfter, 'search on instance 2 shows the new price').toBeGreaterThanOrEqual(0)
    expect(pageAfter, 'vehicle page on instance 2 shows the new price').toBeGreaterThanOrEqual(0)
  })

  it('the 11th sign-in attempt from one address is refused, whichever instance takes each', async () => {
    const address = `203.0.113.${randomInt(1, 255)}`
    const statuses: number[] = []
    for (let attempt = 1; attempt <= 11; attempt++) {
      const instance = cluster.instances[attempt % 2]!
      const response = await call(instance.url, '/api/customers/login', {
        method: 'POST',
        address,
        body: JSON.stringify({ email: `nobody-${attempt}@cluster.test`, password: 'not-the-password' }),
      })
      statuses.push(response.status)
    }
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true)
    expect(statuses[10]).toBe(429)
  })

  it('a queued e-mail is sent once, by the worker, with both instances up', async () => {
    const token = randomBytes(6).toString('hex')
    const created = await call(cluster.proxy.url, '/api/contact-messages', {
      method: 'POST',
      body: JSON.stringify({
        name: 'Cluster Visitor',
        email: 'visitor@cluster.test',
        subject: `Cluster check ${token}`,
        message: `Sent through the load balancer (${token}).`,
        consentContact: true,
      }),
    })
    expect(created.status, await created.clone().text()).toBe(201)
    const mentions = (mail: { subject?: string; text?: string }) => `${mail.subject} ${mail.text}`.includes(token)
    await smtp.waitFor(mentions, 30_000)
    // Several worker rounds later, still one.
    await new Promise((resolve) => setTimeout(resolve, 6_000))
    expect(smtp.messages.filter(mentions)).toHaveLength(1)
  })

  it('a payment webhook delivered to both instances at once settles the order once', async () => {
    const [one, two] = cluster.instances
    const customers = await asAdmin(one!.url, `/api/customers?depth=0&where[email][equals]=${CUSTOMER}`)
    const customer = ((await customers.json()) as { docs: { id: string }[] }).docs[0]!
    const vehicles = await asAdmin(one!.url, '/api/vehicles?depth=0&limit=1&where[status][equals]=available')
    const vehicle = ((await vehicles.json()) as { docs: { id: string }[] }).docs[0]!
    const orderResponse = await asAdmin(one!.url, '/api/orders', {
      method: 'POST',
      body: JSON.stringify({
        customer: customer.id,
        vehicle: vehicle.id,
        status: 'awaiting_deposit',
        totals: { total: 2_600_000, depositDue: 260_000, currency: 'EUR' },
      }),
    })
    expect(orderResponse.status, await orderResponse.clone().text()).toBe(201)
    const order = ((await orderResponse.json()) as { doc: { id: string } }).doc

    const sessionId = `cs_test_cluster_${randomBytes(8).toString('hex')}`
    const body = JSON.stringify({
      id: `evt_cluster_${randomBytes(8).toString('hex')}`,
      object: 'event',
      type: 'checkout.session.completed',
      created: Math.floor(Date.now() / 1000),
      livemode: false,
      data: {
        object: {
          id: sessionId,
          object: 'checkout.session',
          status: 'complete',
          payment_status: 'paid',
          amount_total: 260_000,
          currency: 'eur',
          payment_intent: `pi_cluster_${randomBytes(8).toString('hex')}`,
          metadata: { orderId: order.id, kind: 'deposit' },
        },
      },
    })
    const deliver = (base: string) =>
      call(base, '/api/webhooks/stripe', {
        method: 'POST',
        body,
        headers: {
          'stripe-signature': Stripe.webhooks.generateTestHeaderString({
            payload: body,
            secret: FAKE_STRIPE.webhookSecret,
          }),
        },
      })
    // Stripe retries; two copies race on the two instances, then a late one arrives.
    const answers = await Promise.all([deliver(one!.url), deliver(two!.url), deliver(one!.url), deliver(two!.url)])
    answers.push(await deliver(cluster.proxy.url))
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200])

    const payments = await asAdmin(one!.url, `/api/payments?depth=0&where[order][equals]=${order.id}`)
    const paymentDocs = ((await payments.json()) as { docs: { status: string; amount: number }[] }).docs
    expect(paymentDocs).toHaveLength(1)
    expect(paymentDocs[0]).toMatchObject({ status: 'succeeded', amount: 260_000 })
    const settled = await asAdmin(two!.url, `/api/orders/${order.id}?depth=0`)
    const settledOrder = (await settled.json()) as {
      status: string
      amountPaid: number
      timeline?: { status: string }[]
    }
    expect(settledOrder).toMatchObject({ status: 'deposit_paid', amountPaid: 260_000 })
    expect(settledOrder.timeline?.filter((entry) => entry.status === 'deposit_paid')).toHaveLength(1)
  })

  it('an instance that loses Redis keeps serving pages from the database, then uses the cache again', async () => {
    const two = cluster.instances[1]!
    await relay.cut()
    try {
      for (const route of ['/', '/vehicles', '/vehicles?sort=price_asc']) {
        const started = Date.now()
        const response = await call(two.url, route)
        expect(response.status, `${route} during the Redis outage`).toBe(200)
        expect(Date.now() - started, `${route} is not held up by the outage`).toBeLessThan(15_000)
      }
    } finally {
      await relay.restore()
    }
    const back = await pollUntil(async () => (await call(two.url, '/vehicles')).status === 200, 10_000)
    expect(back).toBeGreaterThanOrEqual(0)
  })

  it('stopping an instance mid-load loses no request: each one completes 2xx, retried by the proxy if needed', async () => {
    const routes = ['/', '/vehicles', '/api/health', '/vehicles?sort=price_asc']
    const statuses = new Map<number, number>()
    let failures: string[] = []
    let running = true
    const loop = async (offset: number) => {
      for (let i = offset; running; i++) {
        try {
          const response = await fetch(`${cluster.proxy.url}${routes[i % routes.length]}`, {
            signal: AbortSignal.timeout(60_000),
          })
          await response.arrayBuffer()
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
          if (response.status >= 300) failures.push(`${routes[i % routes.length]}: ${response.status}`)
        } catch (error) {
          failures.push(`${routes[i % routes.length]}: ${(error as Error).message}`)
        }
      }
    }
    const retriesBefore = cluster.proxy.retries
    const loops = [0, 1, 2, 3].map(loop)
    await new Promise((resolve) => setTimeout(resolve, 3_000))
    const victim = cluster.instances[1]!.process
    cluster.signal(victim, 'SIGTERM')
    await new Promise((resolve) => setTimeout(resolve, 2_000))
    cluster.signal(victim, 'SIGKILL')
    await new Promise((resolve) => setTimeout(resolve, 4_000))
    running = false
    await Promise.all(loops)

    const total = [...statuses.values()].reduce((sum, count) => sum + count, 0)
    console.log(
      `load during the stop: ${total} requests, statuses ${JSON.stringify(Object.fromEntries(statuses))}, ` +
        `${cluster.proxy.retries - retriesBefore} retried on the other instance`,
    )
    expect(total).toBeGreaterThan(10)
    expect(failures).toEqual([])
    failures = []
  })
})
