import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { forgetOidcSettings, getEnv } from '@/config/env'
import { forgetBearerAnswers } from '@/oidc/bearer'
import { forgetOidcConfigurations } from '@/oidc/client'
import { requestErasure } from '@/privacy/erasure'
import { consume } from '@/security/rateLimit'
import { createCustomer, type CustomerSession } from '../helpers/fixtures'
import { graphql } from '../helpers/graphql'
import { startFakeOidcProvider, type FakeOidcProvider } from '../helpers/oidcProvider'
import { testPayload } from '../helpers/payload'
import { resetDatabase } from '../helpers/resetDatabase'
import { login, rawRest, rest } from '../helpers/rest'
import { createStaff, STAFF_PASSWORD, type StaffSession } from '../helpers/staff'

/**
 * API calls with `Authorization: Bearer <access token>` of one of our providers (src/oidc/bearer.ts),
 * against real oidc-provider servers: the company's IdP for staff (with introspection, and two other
 * apps registered), a "google" for customers (introspection), a "plain" one for customers without
 * introspection (userinfo allowed), and one configured but down.
 */

const PORTS = { staff: 4121, google: 4122, plain: 4123, down: 4124 }
const touched = new Set<string>()

function setEnv(values: Record<string, string | undefined>) {
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
    touched.add(key)
  }
  forgetOidcSettings()
  forgetOidcConfigurations()
}

let address = 0
const nextAddress = () => `192.0.2.${(address = (address % 250) + 1)}`

const bearer = (token: string, extra: Record<string, string> = {}) => ({
  authorization: `Bearer ${token}`,
  'x-forwarded-for': nextAddress(),
  ...extra,
})
// Several providers are configured: an opaque token comes with the name of its provider.
const asStaff = (token: string) => bearer(token, { 'oidc-provider': 'staff-idp' })
const asGoogle = (token: string) => bearer(token, { 'oidc-provider': 'google' })

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('API calls with a provider’s access token', () => {
  let payload: Payload
  let staffIdp: FakeOidcProvider
  let google: FakeOidcProvider
  let plain: FakeOidcProvider
  let staff: Record<'admin' | 'sales' | 'marketing', StaffSession>
  let customer: CustomerSession
  let other: CustomerSession

  async function link(collection: 'users' | 'customers', id: string, provider: string, subject: string) {
    await payload.update({
      collection,
      id,
      data: { identities: [{ provider, subject, linkedAt: new Date().toISOString() }] },
      overrideAccess: true,
    })
  }

  beforeAll(async () => {
    payload = await testPayload()
    await resetDatabase(payload)
    staff = await createStaff(payload)
    customer = await createCustomer(payload, 'bearer')
    other = await createCustomer(payload, 'bearer-other')
    staffIdp = await startFakeOidcProvider({
      port: PORTS.staff,
      redirectUris: [`${getEnv().SERVER_URL}/api/oidc/staff-idp/callback`],
      postLogoutRedirectUris: [`${getEnv().SERVER_URL}/admin/login`],
      otherClients: ['partner-app', 'mobile-app'],
    })
    google = await startFakeOidcProvider({
      port: PORTS.google,
      redirectUris: [`${getEnv().SERVER_URL}/api/oidc/google/callback`],
      clientId: 'google-client',
    })
    plain = await startFakeOidcProvider({
      port: PORTS.plain,
      redirectUris: [`${getEnv().SERVER_URL}/api/oidc/plain/callback`],
      clientId: 'plain-client',
      introspection: false,
    })
    setEnv({
      OIDC_PROVIDERS: 'staff-idp,google,plain,down',
      OIDC_STAFF_IDP_AUDIENCE: 'staff',
      OIDC_STAFF_IDP_ISSUER: staffIdp.issuer,
      OIDC_STAFF_IDP_CLIENT_ID: staffIdp.clientId,
      OIDC_STAFF_IDP_CLIENT_SECRET: staffIdp.clientSecret,
      OIDC_GOOGLE_AUDIENCE: 'customers',
      OIDC_GOOGLE_ISSUER: google.issuer,
      OIDC_GOOGLE_CLIENT_ID: google.clientId,
      OIDC_GOOGLE_CLIENT_SECRET: google.clientSecret,
      OIDC_PLAIN_AUDIENCE: 'customers',
      OIDC_PLAIN_ISSUER: plain.issuer,
      OIDC_PLAIN_CLIENT_ID: plain.clientId,
      OIDC_PLAIN_CLIENT_SECRET: plain.clientSecret,
      OIDC_PLAIN_API_USERINFO: 'on',
      OIDC_DOWN_AUDIENCE: 'customers',
      OIDC_DOWN_ISSUER: `http://127.0.0.1:${PORTS.down}`,
      OIDC_DOWN_CLIENT_ID: 'nobody',
    })
    for (const provider of [staffIdp, google, plain]) {
      provider.accounts.set('idp-sales', { email: staff.sales.user.email, email_verified: true })
      provider.accounts.set('g-customer', { email: customer.user.email, email_verified: true })
    }
    await link('users', staff.sales.user.id, 'staff-idp', 'idp-sales')
    await link('customers', customer.user.id, 'google', 'g-customer')
  })

  afterAll(async () => {
    setEnv(Object.fromEntries([...touched].map((key) => [key, undefined])))
    forgetBearerAnswers()
    await staffIdp?.close()
    await google?.close()
    await plain?.close()
  })

  beforeEach(() => {
    forgetBearerAnswers()
    staffIdp.unavailable = false
    google.unavailable = false
  })

  describe('what opens the API', () => {
    it('a staff member’s token reads as them over REST: me, and the staff list their role may read', async () => {
      const token = await staffIdp.mintAccessToken('idp-sales')
      const me = await rest('GET', '/api/users/me', { headers: asStaff(token) })
      expect(me.status).toBe(200)
      expect(me.body.user).toMatchObject({ id: staff.sales.user.id, email: staff.sales.user.email, role: 'sales' })
      expect(me.body.strategy).toBe('oidc-bearer-users')
      // The provider's token is not handed back as if it were ours.
      expect(me.body.token).toBeUndefined()
      expect(me.body.exp).toBeGreaterThan(Date.now() / 1000)

      const list = await rest('GET', '/api/users?limit=10&sort=email', { headers: asStaff(token) })
      expect(list.status).toBe(200)
      expect(list.body.docs.map((doc: { email: string }) => doc.email).sort()).toEqual(
        [staff.admin.user.email, staff.marketing.user.email, staff.sales.user.email].sort(),
      )
      // Sales may not create staff: the role is the account's, not the token's.
      const create = await rest('POST', '/api/users', {
        headers: asStaff(token),
        body: { email: 'x@autoport.test', password: 'a-password-123', role: 'admin' },
      })
      expect(create.status).toBe(403)
    })

    it('a customer’s token reads as them, and only them, over REST', async () => {
      const token = await google.mintAccessToken('g-customer')
      const me = await rest('GET', '/api/customers/me', { headers: asGoogle(token) })
      expect(me.body.user).toMatchObject({ id: customer.user.id, email: customer.user.email })
      const list = await rest('GET', '/api/customers', { headers: asGoogle(token) })
      expect(list.status).toBe(200)
      expect(list.body.docs.map((doc: { id: string }) => doc.id)).toEqual([customer.user.id])
      const stranger = await rest('GET', `/api/customers/${other.user.id}`, { headers: asGoogle(token) })
      expect(stranger.status).toBe(404)
    })

    it('works over GraphQL for staff and customers', async () => {
      const staffToken = await staffIdp.mintAccessToken('idp-sales')
      const staffAnswer = await graphql('{ meUser { user { email role } } Users(sort: "email") { totalDocs } }', {
        headers: asStaff(staffToken),
      })
      expect(staffAnswer.body.errors).toBeUndefined()
      expect(staffAnswer.body.data.meUser.user).toEqual({ email: staff.sales.user.email, role: 'sales' })
      expect(staffAnswer.body.data.Users.totalDocs).toBe(3)

      const customerToken = await google.mintAccessToken('g-customer')
      const customerAnswer = await graphql('{ meCustomer { user { email } } Customers { docs { id email } } }', {
        headers: asGoogle(customerToken),
      })
      expect(customerAnswer.body.errors).toBeUndefined()
      expect(customerAnswer.body.data.meCustomer.user.email).toBe(customer.user.email)
      expect(customerAnswer.body.data.Customers.docs).toEqual([{ id: customer.user.id, email: customer.user.email }])
    })

    it('a provider without introspection is asked through userinfo when that is allowed', async () => {
      await link('customers', other.user.id, 'plain', 'g-plain')
      plain.accounts.set('g-plain', { email: other.user.email, email_verified: true })
      const token = await plain.mintAccessToken('g-plain')
      const me = await rest('GET', '/api/customers/me', { headers: bearer(token, { 'oidc-provider': 'plain' }) })
      expect(me.body.user).toMatchObject({ id: other.user.id })
      await plain.revokeAccessToken(token)
      forgetBearerAnswers()
      const revoked = await rest('GET', '/api/customers/me', { headers: bearer(token, { 'oidc-provider': 'plain' }) })
      expect(revoked.body.user).toBeNull()

      setEnv({ OIDC_PLAIN_API_USERINFO: undefined })
      try {
        const fresh = await plain.mintAccessToken('g-plain')
        const before = plain.tokenChecks
        const off = await rest('GET', '/api/customers/me', { headers: bearer(fresh, { 'oidc-provider': 'plain' }) })
        expect(off.body.user).toBeNull()
        expect(plain.tokenChecks).toBe(before)
      } finally {
        setEnv({ OIDC_PLAIN_API_USERINFO: 'on' })
      }
    })

    it('another app’s token is accepted only once its client id is listed', async () => {
      const token = await staffIdp.mintAccessToken('idp-sales', { clientId: 'mobile-app' })
      expect((await rest('GET', '/api/users', { headers: asStaff(token) })).status).toBe(403)
      setEnv({ OIDC_STAFF_IDP_API_CLIENTS: `${staffIdp.clientId},mobile-app` })
      try {
        forgetBearerAnswers()
        const me = await rest('GET', '/api/users/me', { headers: asStaff(token) })
        expect(me.body.user.email).toBe(staff.sales.user.email)
      } finally {
        setEnv({ OIDC_STAFF_IDP_API_CLIENTS: undefined })
      }
    })
  })

  describe('what does not', () => {
    async function refusedAsStaff(token: string) {
      const me = await rest('GET', '/api/users/me', { headers: asStaff(token) })
      expect(me.status).toBe(200)
      expect(me.body.user).toBeNull()
      const list = await rest('GET', '/api/users', { headers: asStaff(token) })
      expect(list.status).toBe(403)
    }

    it('a subject linked to no account gets nothing, and no account is made', async () => {
      staffIdp.accounts.set('idp-stranger', { email: 'stranger@autoport.test', email_verified: true })
      await refusedAsStaff(await staffIdp.mintAccessToken('idp-stranger'))
      const { totalDocs } = await payload.count({
        collection: 'users',
        where: { email: { equals: 'stranger@autoport.test' } },
      })
      expect(totalDocs).toBe(0)
      // Even when the address is a customer's: a bearer token never links.
      google.accounts.set('g-unlinked', { email: other.user.email, email_verified: true })
      const token = await google.mintAccessToken('g-unlinked')
      expect((await rest('GET', '/api/customers/me', { headers: asGoogle(token) })).body.user).toBeNull()
    })

    it('an expired token gets nothing, even when it was trusted a moment before', async () => {
      const token = await staffIdp.mintAccessToken('idp-sales', { expiresIn: 2 })
      expect((await rest('GET', '/api/users/me', { headers: asStaff(token) })).body.user.id).toBe(staff.sales.user.id)
      await pause(2100)
      // The short memory ends with the token itself, whatever its own length.
      await refusedAsStaff(token)
    })

    it('a revoked token gets nothing', async () => {
      const token = await staffIdp.mintAccessToken('idp-sales')
      await staffIdp.revokeAccessToken(token)
      await refusedAsStaff(token)
    })

    it('a token issued to another app gets nothing', async () => {
      await refusedAsStaff(await staffIdp.mintAccessToken('idp-sales', { clientId: 'partner-app' }))
    })

    it('a token of the other audience’s provider opens nothing of the other side', async () => {
      // The customer provider vouches for a subject that is a staff member's at the staff provider.
      const customerSide = await google.mintAccessToken('idp-sales')
      await refusedAsStaff(customerSide)
      expect((await rest('GET', '/api/customers/me', { headers: asGoogle(customerSide) })).body.user).toBeNull()
      // Named for the other side's provider, a token is that provider's to judge: it knows nothing of it.
      const staffSide = await staffIdp.mintAccessToken('idp-sales')
      const before = google.tokenChecks
      const asCustomer = await rest('GET', '/api/customers/me', { headers: asGoogle(staffSide) })
      expect(asCustomer.body.user).toBeNull()
      expect(google.tokenChecks).toBe(before + 1)
      await refusedAsStaff(await google.mintAccessToken('g-customer'))
    })

    it('with several providers, an opaque token unnamed is sent to none of them', async () => {
      const token = await google.mintAccessToken('g-customer')
      const before = google.tokenChecks + plain.tokenChecks
      const me = await rest('GET', '/api/customers/me', { headers: asStaff(token) })
      expect(me.body.user).toBeNull()
      expect(google.tokenChecks + plain.tokenChecks).toBe(before)
    })

    it('an erased customer (or one being erased) gets nothing', async () => {
      const leaving = await createCustomer(payload, 'bearer-leaving')
      await link('customers', leaving.user.id, 'google', 'g-leaving')
      google.accounts.set('g-leaving', { email: leaving.user.email, email_verified: true })
      const token = await google.mintAccessToken('g-leaving')
      expect((await rest('GET', '/api/customers/me', { headers: asGoogle(token) })).body.user.id).toBe(leaving.user.id)
      expect((await requestErasure(payload, leaving.user.id)).ok).toBe(true)
      const after = await rest('GET', '/api/customers', { headers: asGoogle(token) })
      expect(after.status).toBe(403)
    })

    it('a provider token does not get a Payload session', async () => {
      const token = await staffIdp.mintAccessToken('idp-sales')
      const refresh = await rest('POST', '/api/users/refresh-token', { headers: asStaff(token) })
      expect(refresh.status).toBe(403)
      expect(refresh.body.refreshedToken).toBeUndefined()
    })

    it('a flood of new tokens from one address stops reaching the provider', async () => {
      const from = '198.51.100.90'
      for (let i = 0; i < 120; i += 1) await consume(payload, 'oidcBearer', from)
      const token = await staffIdp.mintAccessToken('idp-sales')
      const before = staffIdp.tokenChecks
      const me = await rest('GET', '/api/users/me', { headers: { ...asStaff(token), 'x-forwarded-for': from } })
      expect(me.body.user).toBeNull()
      expect(staffIdp.tokenChecks).toBe(before)
    })
  })

  describe('when a provider is down', () => {
    it('the call is unauthenticated (403, not 500); Payload’s own sign-in and tokens still work', async () => {
      staffIdp.unavailable = true
      const token = await staffIdp.mintAccessToken('idp-sales')
      const list = await rest('GET', '/api/users', { headers: asStaff(token) })
      expect(list.status).toBe(403)
      const answer = await graphql('{ Users { totalDocs } }', { headers: asStaff(token) })
      expect(answer.status).toBe(200)
      expect(answer.body.data?.Users ?? null).toBeNull()

      const password = await login('users', staff.sales.user.email, STAFF_PASSWORD)
      expect((await rest('GET', '/api/users/me', { token: password })).body.user.id).toBe(staff.sales.user.id)
      // Payload's own JWT, sent as a bearer token, goes past the providers to Payload's strategy.
      const checks = staffIdp.tokenChecks
      const asBearer = await rest('GET', '/api/users/me', { headers: { authorization: `Bearer ${password}` } })
      expect(asBearer.body.user.id).toBe(staff.sales.user.id)
      expect(staffIdp.tokenChecks).toBe(checks)

      // Not remembered as a refusal: back up, the same token works at once.
      staffIdp.unavailable = false
      expect((await rest('GET', '/api/users/me', { headers: asStaff(token) })).body.user.id).toBe(staff.sales.user.id)
    })

    it('a provider that does not answer at all: unauthenticated, and the token went nowhere else', async () => {
      const token = await google.mintAccessToken('g-customer')
      const before = google.tokenChecks
      const response = await rawRest(
        new Request(`${getEnv().SERVER_URL}/api/customers`, { headers: bearer(token, { 'oidc-provider': 'down' }) }),
      )
      expect(response.status).toBe(403)
      expect(google.tokenChecks).toBe(before)
      expect(await login('customers', customer.user.email, 'customer-password-1')).toBeTruthy()
    })
  })

  describe('the short memory', () => {
    it('asks once for a burst, and never trusts an answer longer than its time', async () => {
      setEnv({ OIDC_BEARER_CACHE_SECONDS: '1' })
      try {
        const token = await staffIdp.mintAccessToken('idp-sales')
        const before = staffIdp.tokenChecks
        const burst = await Promise.all(
          Array.from({ length: 5 }, () => rest('GET', '/api/users/me', { headers: asStaff(token) })),
        )
        expect(burst.map((response) => response.body.user?.id)).toEqual(Array(5).fill(staff.sales.user.id))
        expect(staffIdp.tokenChecks).toBe(before + 1)

        await staffIdp.revokeAccessToken(token)
        // Within the second the answer stands; after it the provider is asked again, and says no.
        expect((await rest('GET', '/api/users/me', { headers: asStaff(token) })).body.user?.id).toBe(
          staff.sales.user.id,
        )
        await pause(1100)
        expect((await rest('GET', '/api/users/me', { headers: asStaff(token) })).body.user).toBeNull()
        expect(staffIdp.tokenChecks).toBe(before + 2)
      } finally {
        setEnv({ OIDC_BEARER_CACHE_SECONDS: undefined })
      }
    })
  })

  describe('admin logout', () => {
    it('goes on to the staff provider’s logout when the session came from it, else back to the login', async () => {
      const through = await rawRest(
        new Request(`${getEnv().SERVER_URL}/api/oidc/logout?next=/admin/login`, {
          headers: { cookie: 'autoport-oidc-provider=staff-idp' },
        }),
      )
      expect(through.status).toBe(302)
      const location = new URL(through.headers.get('location')!)
      expect(location.origin).toBe(staffIdp.issuer)
      expect(location.searchParams.get('client_id')).toBe(staffIdp.clientId)
      expect(location.searchParams.get('post_logout_redirect_uri')).toBe(`${getEnv().SERVER_URL}/admin/login`)
      expect(through.headers.getSetCookie().some((set) => /^autoport-oidc-provider=;/.test(set))).toBe(true)

      const password = await rawRest(new Request(`${getEnv().SERVER_URL}/api/oidc/logout?next=/admin/login`))
      expect(password.headers.get('location')).toBe(`${getEnv().SERVER_URL}/admin/login`)
    })
  })
})
