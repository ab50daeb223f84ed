import { networkInterfaces } from 'node:os'

import { expect, test, type APIResponse } from '@playwright/test'

import { DEMO_PASSWORD, staffApi } from './helpers'

/**
 * Rate limits against the production server (scripts/server.ts): the client's address comes from
 * the socket, X-Forwarded-For only counts when a trusted proxy wrote it. Here the test runner is
 * that proxy on loopback (playwright.config.ts); the forged-header test comes in on another
 * interface, as a stranger.
 */

const unique = (label: string) => `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@autoport.test`
const freshAddress = () => `203.0.113.${Math.floor(Math.random() * 250) + 1}`
const registration = (email: string) => ({ email, password: 'un-long-secret-2026', firstName: 'Bot', lastName: 'Net' })

async function expectTooMany(response: APIResponse) {
  expect(response.status()).toBe(429)
  expect(Number(response.headers()['retry-after'])).toBeGreaterThan(0)
  const body = (await response.json()) as { errors: { message: string }[] }
  expect(body.errors[0]!.message).toMatch(/try again in \d+ seconds?/)
}

/** An address of this machine other than loopback: connections to it are not from a trusted proxy. */
function strangerHost(): string | null {
  const all = Object.values(networkInterfaces()).flatMap((list) => list ?? [])
  const outside =
    all.find((entry) => !entry.internal && entry.family === 'IPv4') ?? all.find((entry) => !entry.internal)
  if (!outside) return null
  return outside.family === 'IPv6' ? `[${outside.address.split('%')[0]}]` : outside.address
}

test('a forged X-Forwarded-For buys no fresh budget', async ({ playwright, baseURL }) => {
  const host = strangerHost()
  test.skip(!host, 'this machine has no address besides loopback')
  const stranger = await playwright.request.newContext({ baseURL: `http://${host}:${new URL(baseURL!).port}` })
  const statuses: number[] = []
  let last: APIResponse | undefined
  for (let attempt = 0; attempt < 6; attempt++) {
    last = await stranger.post('/api/customers', {
      data: registration(unique('forged')),
      headers: { 'x-forwarded-for': freshAddress(), 'x-real-ip': freshAddress() },
    })
    statuses.push(last.status())
  }
  expect(statuses).toEqual([201, 201, 201, 201, 201, 429])
  await expectTooMany(last!)
  await stranger.dispose()
})

test('registrations over REST keep the storefront form’s budget, and the refused one creates nothing', async ({
  request,
}) => {
  const from = { 'x-forwarded-for': freshAddress() }
  for (let attempt = 0; attempt < 5; attempt++) {
    const created = await request.post('/api/customers', { data: registration(unique('rest')), headers: from })
    expect(created.status()).toBe(201)
  }
  const email = unique('refused')
  await expectTooMany(await request.post('/api/customers', { data: registration(email), headers: from }))
  const staff = await staffApi(request, 'admin@autoport.test')
  const found = await staff.get<{ totalDocs: number }>(
    `/api/customers?where[email][equals]=${encodeURIComponent(email)}&limit=1`,
  )
  expect(found.totalDocs).toBe(0)
})

test('sign-in answers say nothing about which accounts exist, throttled or not', async ({ request }) => {
  const answers: Record<string, { wrong: unknown; throttled: string }> = {}
  for (const email of ['sales@autoport.test', unique('nobody')]) {
    const from = { 'x-forwarded-for': freshAddress() }
    const first = await request.post('/api/users/login', {
      data: { email, password: 'not-the-password' },
      headers: from,
    })
    expect(first.status()).toBe(401)
    let response = first
    for (let attempt = 0; attempt < 12 && response.status() !== 429; attempt++) {
      response = await request.post('/api/users/login', { data: { email, password: 'still-wrong' }, headers: from })
      expect([401, 429]).toContain(response.status())
    }
    await expectTooMany(response)
    const throttled = ((await response.json()) as { errors: { message: string }[] }).errors[0]!.message
    expect(throttled).toMatch(/^Too many attempts: try again in \d+ seconds?\.$/)
    answers[email.startsWith('sales') ? 'existing' : 'unknown'] = {
      wrong: await first.json(),
      throttled: throttled.replace(/\d+ seconds?/, 'N seconds'),
    }
  }
  expect(answers.unknown).toEqual(answers.existing)
  // The account was never locked: its owner, from their own address, signs in.
  const owner = await request.post('/api/users/login', {
    data: { email: 'sales@autoport.test', password: DEMO_PASSWORD },
    headers: { 'x-forwarded-for': freshAddress() },
  })
  expect(owner.status()).toBe(200)
})
