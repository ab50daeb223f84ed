import { once } from 'node:events'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { RATE_LIMITS } from '@/security/rateLimit'
import { parseTrustedProxies } from '@/security/clientAddress'
import { createClientAddressServer } from '@/server/clientAddressServer'
import { CUSTOMER_PASSWORD, createCustomer } from '../helpers/fixtures'
import { PDF_MINIMAL } from '../helpers/files'
import { graphql } from '../helpers/graphql'
import { testPayload } from '../helpers/payload'
import { rawRest, rest } from '../helpers/rest'

/** A fresh documentation address per test: the counters live in the database for the whole run. */
let next = Math.floor(Math.random() * 200)
const freshIp = () => `198.51.${100 + (next++ % 100)}.${Math.floor(Math.random() * 250) + 1}`
const from = (ip: string) => ({ 'x-forwarded-for': ip })
const unique = (name: string) => `${name}.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@budget.test`

function expect429(response: { status: number; headers?: Headers; body: { errors: { message: string }[] } }) {
  expect(response.status).toBe(429)
  expect(Number(response.headers?.get('retry-after'))).toBeGreaterThan(0)
  expect(response.body.errors[0].message).toMatch(/try again in \d+ seconds?/)
}

describe('budgets on the REST and GraphQL doors', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await testPayload()
  })

  it('registration: the budget per address holds, the refused one creates nothing', async () => {
    const ip = freshIp()
    const emails = Array.from({ length: RATE_LIMITS.register.points + 1 }, () => unique('reg'))
    const statuses = []
    for (const email of emails) {
      const response = await rest('POST', '/api/customers', {
        body: { email, password: 'a-long-password-1', firstName: 'Bot', lastName: 'Net' },
        headers: from(ip),
      })
      statuses.push(response.status)
      if (email === emails.at(-1)) expect429(response)
    }
    expect(statuses).toEqual([...Array(RATE_LIMITS.register.points).fill(201), 429])
    expect(await payload.count({ collection: 'customers', where: { email: { equals: emails.at(-1) } } })).toEqual({
      totalDocs: 0,
    })
    // Another address has its own budget.
    const other = await rest('POST', '/api/customers', {
      body: { email: unique('reg'), password: 'a-long-password-1', firstName: 'Ana', lastName: 'Lyst' },
      headers: from(freshIp()),
    })
    expect(other.status).toBe(201)
  })

  it('quote requests: the sixth from one address is refused before anything is stored or mailed', async () => {
    const ip = freshIp()
    const request = (email: string) => ({
      firstName: 'Léa',
      lastName: 'Durand',
      email,
      kind: 'sourcing',
      sourcing: { make: 'Toyota', model: 'Land Cruiser', yearFrom: 2019, yearTo: 2022, budget: 5_500_000 },
      destination: { country: 'FR', region: 'OCC' },
      consentContact: true,
    })
    for (let index = 0; index < RATE_LIMITS.quoteRequest.points; index++) {
      expect(
        (await rest('POST', '/api/quote-requests', { body: request(unique('quote')), headers: from(ip) })).status,
      ).toBe(201)
    }
    const jobsBefore = await payload.count({ collection: 'payload-jobs' })
    const last = unique('quote')
    expect429(await rest('POST', '/api/quote-requests', { body: request(last), headers: from(ip) }))
    expect(await payload.count({ collection: 'quote-requests', where: { email: { equals: last } } })).toEqual({
      totalDocs: 0,
    })
    expect(await payload.count({ collection: 'payload-jobs' })).toEqual(jobsBefore)
  })

  it('uploads: the budget per address holds for a signed-in customer', async () => {
    const customer = await createCustomer(payload, 'uploader')
    const ip = freshIp()
    const upload = () => {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(PDF_MINIMAL)], { type: 'application/pdf' }), 'id.pdf')
      form.append('_payload', JSON.stringify({ type: 'identity' }))
      return rest('POST', '/api/documents', { token: customer.token, body: form, headers: from(ip) })
    }
    for (let index = 0; index < RATE_LIMITS.upload.points; index++) expect((await upload()).status).toBe(201)
    const before = await payload.count({ collection: 'documents', where: { owner: { equals: customer.user.id } } })
    expect429(await upload())
    expect(await payload.count({ collection: 'documents', where: { owner: { equals: customer.user.id } } })).toEqual(
      before,
    )
  })

  it('forgot-password: the budget per address holds', async () => {
    const ip = freshIp()
    const statuses = []
    for (let index = 0; index <= RATE_LIMITS.passwordReset.points; index++) {
      statuses.push(
        (await rest('POST', '/api/customers/forgot-password', { body: { email: unique('reset') }, headers: from(ip) }))
          .status,
      )
    }
    expect(statuses.at(-1)).toBe(429)
    expect(statuses.slice(0, -1).every((status) => status === 200)).toBe(true)
  })

  it('a forged X-Forwarded-For buys no fresh budget through our HTTP server', async () => {
    // Our server in front of the REST handlers, as scripts/server.ts puts it in front of Next.js.
    const server = createClientAddressServer(async (incoming, outgoing) => {
      const chunks: Buffer[] = []
      for await (const chunk of incoming) chunks.push(chunk as Buffer)
      const headers = new Headers()
      for (const [name, value] of Object.entries(incoming.headers))
        if (typeof value === 'string') headers.set(name, value)
      const response = await rawRest(
        new Request(new URL(incoming.url!, 'http://localhost'), {
          method: incoming.method,
          headers,
          body: Buffer.concat(chunks),
        }),
      )
      outgoing.writeHead(response.status, Object.fromEntries(response.headers))
      outgoing.end(Buffer.from(await response.arrayBuffer()))
    }, parseTrustedProxies(''))
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    const { port } = server.address() as AddressInfo
    try {
      // Whatever the header says, every request counts against 127.0.0.1: start that budget afresh.
      await payload.db.pool.query("DELETE FROM rate_limits WHERE key = 'register:127.0.0.1'")
      const statuses = []
      for (let index = 0; index <= RATE_LIMITS.register.points; index++) {
        const response = await fetch(`http://127.0.0.1:${port}/api/customers`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': freshIp(), 'x-real-ip': freshIp() },
          body: JSON.stringify({
            email: unique('forged'),
            password: 'a-long-password-1',
            firstName: 'F',
            lastName: 'X',
          }),
        })
        statuses.push(response.status)
        if (response.status === 429) expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
      }
      expect(statuses).toEqual([...Array(RATE_LIMITS.register.points).fill(201), 429])
    } finally {
      await payload.db.pool.query("DELETE FROM rate_limits WHERE key = 'register:127.0.0.1'")
      server.close()
    }
  })
})

describe('sign-in throttling instead of lockout', () => {
  let payload: Payload
  let email: string
  beforeAll(async () => {
    payload = await testPayload()
    email = (await createCustomer(payload, 'target')).user.email
  })

  const login = (ip: string, body: Record<string, unknown>) =>
    rest('POST', '/api/customers/login', { body, headers: from(ip) })

  it('answers a wrong password and an unknown address with the same message', async () => {
    const wrong = await login(freshIp(), { email, password: 'not-the-password' })
    const unknown = await login(freshIp(), { email: unique('nobody'), password: 'not-the-password' })
    expect(wrong.status).toBe(401)
    expect(unknown.status).toBe(401)
    expect(unknown.body).toEqual(wrong.body)
    expect(wrong.body.errors[0].message).toMatch(/email or password/i)
  })

  it('slows an address down after three failures on one account, with the same answer for an unknown one', async () => {
    // The first waits are a second or two, about as long as a password check on a busy machine:
    // keep trying until one is refused rather than expecting a given attempt to be.
    const answers = []
    for (const target of [email, unique('nobody')]) {
      const ip = freshIp()
      const statuses = []
      for (let attempt = 0; attempt < 10 && statuses.at(-1) !== 429; attempt++) {
        const response = await login(ip, { email: target, password: 'nope' })
        statuses.push(response.status)
        if (response.status === 429) {
          expect429(response)
          answers.push(response.body.errors[0].message.replace(/\d+/, 'N'))
        }
      }
      expect(statuses.slice(0, 3)).toEqual([401, 401, 401])
      expect(statuses.at(-1)).toBe(429)
    }
    expect(answers[0]).toBe(answers[1])
  })

  it('twenty wrong passwords never lock the account: the owner signs in from elsewhere', async () => {
    const attacker = freshIp()
    for (let attempt = 0; attempt < 20; attempt++) {
      expect([401, 429]).toContain((await login(attacker, { email, password: `guess-${attempt}` })).status)
    }
    const owner = await login(freshIp(), { email, password: CUSTOMER_PASSWORD })
    expect(owner.status).toBe(200)
    const stored = await payload.db.findOne<{ id: string; lockUntil?: unknown }>({
      collection: 'customers',
      where: { email: { equals: email } },
    })
    expect(stored?.lockUntil ?? null).toBeNull()
  })

  it('a successful sign-in clears the failures of that address on that account', async () => {
    const ip = freshIp()
    expect((await login(ip, { email, password: 'typo-1' })).status).toBe(401)
    expect((await login(ip, { email, password: 'typo-2' })).status).toBe(401)
    expect((await login(ip, { email, password: CUSTOMER_PASSWORD })).status).toBe(200)
    expect((await login(ip, { email, password: 'typo-3' })).status).toBe(401)
    expect((await login(ip, { email, password: 'typo-4' })).status).toBe(401)
  })

  it('the budget per address covers every account it tries', async () => {
    const ip = freshIp()
    const statuses = []
    for (let attempt = 0; attempt <= RATE_LIMITS.login.points; attempt++) {
      statuses.push((await login(ip, { email: unique('spray'), password: 'Password1!' })).status)
    }
    expect(statuses.slice(0, -1).every((status) => status === 401)).toBe(true)
    expect(statuses.at(-1)).toBe(429)
  })

  it('GraphQL sign-in obeys the same throttle', async () => {
    const ip = freshIp()
    const mutation = `mutation ($email: String!, $password: String!) { loginCustomer(email: $email, password: $password) { token } }`
    const messages: string[] = []
    for (let attempt = 0; attempt < 10 && !/Too many/.test(messages.at(-1) ?? ''); attempt++) {
      const response = await graphql(mutation, { variables: { email, password: 'nope' }, headers: from(ip) })
      messages.push(response.body.errors?.[0]?.message ?? '')
    }
    expect(messages.slice(0, 3).every((message) => /email or password/i.test(message))).toBe(true)
    expect(messages.at(-1)).toMatch(/Too many attempts: try again in \d+ seconds?/)
  })
})
