import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { forgetOidcSettings, getEnv } from '@/config/env'
import { forgetOidcConfigurations } from '@/oidc/client'
import { requestErasure, runErasure } from '@/privacy/erasure'
import { consume } from '@/security/rateLimit'
import { freePort } from '../helpers/fakeProviders/env'
import { CUSTOMER_PASSWORD, createCustomer } from '../helpers/fixtures'
import { followToCallback, startFakeOidcProvider, type FakeOidcProvider } from '../helpers/oidcProvider'
import { testPayload } from '../helpers/payload'
import { resetDatabase } from '../helpers/resetDatabase'
import { rawRest, rest, login } from '../helpers/rest'
import { createStaff, STAFF_PASSWORD, type StaffSession } from '../helpers/staff'

/**
 * Sign-in through OpenID Connect providers (src/oidc), against real oidc-provider servers on local
 * ports: the company's IdP for staff, a "google" for customers, and one configured but down.
 */

const OIDC_VARIABLES: Record<string, string> = {}

function setEnv(values: Record<string, string | undefined>) {
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
    OIDC_VARIABLES[key] = ''
  }
  forgetOidcSettings()
  forgetOidcConfigurations()
}

const callbackOf = (id: string) => `${getEnv().SERVER_URL}/api/oidc/${id}/callback`

type Attempt = {
  status: number
  location: string
  token: string | null
  flowCookie: string
  callback: URL
  setCookies: string[]
}

let address = 0
/** A fresh client address per attempt, so sign-in budgets only count where a test means them to. */
const nextAddress = () => `203.0.113.${(address = (address % 250) + 1)}`

async function get(url: string | URL, headers: Record<string, string> = {}) {
  return rawRest(new Request(url, { headers }))
}

function cookieValue(setCookies: string[], name: string): string | null {
  for (const set of setCookies) {
    const [pair] = set.split(';')
    const at = pair!.indexOf('=')
    if (pair!.slice(0, at) === name) return pair!.slice(at + 1) || null
  }
  return null
}

describe('sign-in through an OpenID Connect provider', () => {
  let payload: Payload
  let staffIdp: FakeOidcProvider
  let google: FakeOidcProvider
  let staff: Record<'admin' | 'sales' | 'marketing', StaffSession>

  /** start → provider (signs in `sub`) → callback, as a browser would. */
  async function signIn(
    id: string,
    provider: FakeOidcProvider,
    sub: string,
    options: { editCallback?: (url: URL) => void; from?: string; next?: string; locale?: string } = {},
  ): Promise<Attempt> {
    const from = options.from ?? nextAddress()
    const params = new URLSearchParams({
      ...(options.next ? { next: options.next } : {}),
      ...(options.locale ? { locale: options.locale } : {}),
    })
    const query = params.size ? `?${params}` : ''
    const start = await get(`${getEnv().SERVER_URL}/api/oidc/${id}/start${query}`, { 'x-forwarded-for': from })
    expect(start.status).toBe(302)
    const flowCookie = cookieValue(start.headers.getSetCookie(), 'autoport-oidc-flow')!
    expect(flowCookie).toBeTruthy()
    provider.nextAccount = sub
    const callback = await followToCallback(start.headers.get('location')!, callbackOf(id))
    options.editCallback?.(callback)
    return finish(callback, flowCookie, from)
  }

  async function finish(callback: URL, flowCookie: string, from = nextAddress()): Promise<Attempt> {
    const response = await get(callback, {
      cookie: `autoport-oidc-flow=${flowCookie}`,
      'x-forwarded-for': from,
    })
    const setCookies = response.headers.getSetCookie()
    // A sign-in goes on through a page of ours (a redirect would keep the navigation cross-site).
    const onward =
      response.status === 200 ? /http-equiv="refresh" content="0;url=([^"]+)"/.exec(await response.text()) : null
    return {
      status: response.status,
      location: response.headers.get('location') ?? onward?.[1]?.replace(/&amp;/g, '&') ?? '',
      token: cookieValue(setCookies, 'payload-token'),
      flowCookie,
      callback,
      setCookies,
    }
  }

  beforeAll(async () => {
    payload = await testPayload()
    await resetDatabase(payload)
    staff = await createStaff(payload)
    const [staffPort, googlePort, downPort] = [await freePort(), await freePort(), await freePort()]
    staffIdp = await startFakeOidcProvider({ port: staffPort, redirectUris: [callbackOf('staff-idp')] })
    google = await startFakeOidcProvider({
      port: googlePort,
      redirectUris: [callbackOf('google')],
      postLogoutRedirectUris: [`${getEnv().SERVER_URL}/`],
      clientId: 'google-client',
    })
    setEnv({
      OIDC_PROVIDERS: 'staff-idp,google,down',
      OIDC_STAFF_IDP_AUDIENCE: 'staff',
      OIDC_STAFF_IDP_ISSUER: staffIdp.issuer,
      OIDC_STAFF_IDP_CLIENT_ID: staffIdp.clientId,
      OIDC_STAFF_IDP_CLIENT_SECRET: staffIdp.clientSecret,
      OIDC_STAFF_IDP_LABEL: 'Autoport SSO',
      OIDC_STAFF_IDP_ALLOWED_DOMAINS: 'autoport.test',
      OIDC_GOOGLE_AUDIENCE: 'customers',
      OIDC_GOOGLE_ISSUER: google.issuer,
      OIDC_GOOGLE_CLIENT_ID: google.clientId,
      OIDC_GOOGLE_CLIENT_SECRET: google.clientSecret,
      OIDC_GOOGLE_LABEL: 'Google',
      OIDC_DOWN_AUDIENCE: 'customers',
      OIDC_DOWN_ISSUER: `http://127.0.0.1:${downPort}`,
      OIDC_DOWN_CLIENT_ID: 'nobody',
    })
  })

  afterAll(async () => {
    setEnv(Object.fromEntries(Object.keys(OIDC_VARIABLES).map((key) => [key, undefined])))
    await staffIdp?.close()
    await google?.close()
  })

  beforeEach(() => {
    staffIdp.tamper = null
    google.tamper = null
  })

  describe('staff', () => {
    it('an invited staff member signs in to the admin with a Payload session, and is linked', async () => {
      staffIdp.accounts.set('idp-sales', { email: staff.sales.user.email, email_verified: true, name: 'Sam Sales' })
      const attempt = await signIn('staff-idp', staffIdp, 'idp-sales')
      expect(attempt.status).toBe(200)
      expect(attempt.location).toBe(`${getEnv().SERVER_URL}/admin`)
      expect(attempt.token).toBeTruthy()
      const me = await rest('GET', '/api/users/me', { token: attempt.token! })
      expect(me.body.user.email).toBe(staff.sales.user.email)
      expect(me.body.user.role).toBe('sales')
      const linked = await payload.findByID({ collection: 'users', id: staff.sales.user.id, depth: 0 })
      expect(linked.identities).toEqual([expect.objectContaining({ provider: 'staff-idp', subject: 'idp-sales' })])
      // The flow cookie is cleared; the session belongs to Payload's own cookie.
      expect(attempt.setCookies.some((set) => /^autoport-oidc-flow=;/.test(set))).toBe(true)

      // Next time the subject alone finds the account, whatever address the provider now gives.
      staffIdp.accounts.set('idp-sales', { email: 'sam.renamed@autoport.test', email_verified: true })
      const again = await signIn('staff-idp', staffIdp, 'idp-sales')
      const meAgain = await rest('GET', '/api/users/me', { token: again.token! })
      expect(meAgain.body.user.id).toBe(staff.sales.user.id)
    })

    it('an address of an allowed domain gets an account with the least role; the provider does not pick it', async () => {
      staffIdp.accounts.set('idp-new', {
        email: 'new.hire@autoport.test',
        email_verified: true,
        groups: ['autoport-admins'],
      })
      const attempt = await signIn('staff-idp', staffIdp, 'idp-new')
      const me = await rest('GET', '/api/users/me', { token: attempt.token! })
      expect(me.body.user.email).toBe('new.hire@autoport.test')
      expect(me.body.user.role).toBe('marketing')
    })

    it('an address outside the allowed domains, not invited, gets nothing', async () => {
      staffIdp.accounts.set('idp-out', { email: 'intruder@elsewhere.test', email_verified: true })
      const attempt = await signIn('staff-idp', staffIdp, 'idp-out')
      expect(attempt.location).toBe(`${getEnv().SERVER_URL}/admin/login?oidcError=notInvited`)
      expect(attempt.token).toBeNull()
      const { totalDocs } = await payload.count({
        collection: 'users',
        where: { email: { equals: 'intruder@elsewhere.test' } },
      })
      expect(totalDocs).toBe(0)
    })

    it('a configured claim mapping sets the role; without a mapped value a newcomer is refused', async () => {
      setEnv({
        OIDC_STAFF_IDP_ROLE_CLAIM: 'groups',
        OIDC_STAFF_IDP_ROLE_MAP: 'autoport-admins:admin,autoport-sales:sales',
      })
      try {
        staffIdp.accounts.set('idp-boss', {
          email: 'boss@autoport.test',
          email_verified: true,
          groups: ['autoport-admins'],
        })
        const boss = await signIn('staff-idp', staffIdp, 'idp-boss')
        expect((await rest('GET', '/api/users/me', { token: boss.token! })).body.user.role).toBe('admin')

        staffIdp.accounts.set('idp-nogroup', {
          email: 'nogroup@autoport.test',
          email_verified: true,
          groups: ['other'],
        })
        const refused = await signIn('staff-idp', staffIdp, 'idp-nogroup')
        expect(refused.location).toContain('oidcError=noRole')
      } finally {
        setEnv({ OIDC_STAFF_IDP_ROLE_CLAIM: undefined, OIDC_STAFF_IDP_ROLE_MAP: undefined })
      }
    })

    it('STAFF_PASSWORD_LOGIN=off refuses staff passwords; admins keeps the admins’ as a way in', async () => {
      try {
        setEnv({ STAFF_PASSWORD_LOGIN: 'off' })
        const off = await rest('POST', '/api/users/login', {
          body: { email: staff.admin.user.email, password: STAFF_PASSWORD },
        })
        expect(off.status).toBe(403)
        expect(off.body.errors[0].message).toContain('Autoport SSO')
        // Nor through a password reset, which would sign them in too.
        const forgot = await rest('POST', '/api/users/forgot-password', { body: { email: staff.sales.user.email } })
        expect(forgot.status).toBe(403)
        const reset = await rest('POST', '/api/users/reset-password', {
          body: { token: 'any-token', password: 'a-new-password-123' },
        })
        expect(reset.status).toBe(403)
        setEnv({ STAFF_PASSWORD_LOGIN: 'admins' })
        expect(await login('users', staff.admin.user.email, STAFF_PASSWORD)).toBeTruthy()
        const sales = await rest('POST', '/api/users/login', {
          body: { email: staff.sales.user.email, password: STAFF_PASSWORD },
        })
        expect(sales.status).toBe(403)
      } finally {
        setEnv({ STAFF_PASSWORD_LOGIN: undefined })
      }
      // Customers' passwords are not concerned, and staff passwords work again by default.
      expect(await login('users', staff.sales.user.email, STAFF_PASSWORD)).toBeTruthy()
    })
  })

  describe('customers', () => {
    it('a new customer gets a verified account and a Payload session, then lands in their account', async () => {
      google.accounts.set('g-new', {
        email: 'Nina.New@gmail.test',
        email_verified: true,
        given_name: 'Nina',
        family_name: 'New',
      })
      const attempt = await signIn('google', google, 'g-new', { next: '/en/account/quotes', locale: 'en' })
      expect(attempt.location).toBe(`${getEnv().SERVER_URL}/en/account/quotes`)
      const me = await rest('GET', '/api/customers/me', { token: attempt.token! })
      expect(me.body.user).toMatchObject({ email: 'nina.new@gmail.test', firstName: 'Nina', lastName: 'New' })
      expect(me.body.user.identities).toEqual([expect.objectContaining({ provider: 'google', subject: 'g-new' })])
      const customer = await payload.findByID({ collection: 'customers', id: me.body.user.id, showHiddenFields: true })
      expect(customer._verified).toBe(true)
      expect(customer.lastLoginAt).toBeTruthy()
    })

    it('a verified address joins the existing account', async () => {
      const existing = await createCustomer(payload, 'verified')
      google.accounts.set('g-verified', { email: existing.user.email, email_verified: true })
      const attempt = await signIn('google', google, 'g-verified')
      expect(attempt.location).toBe(`${getEnv().SERVER_URL}/account`)
      const me = await rest('GET', '/api/customers/me', { token: attempt.token! })
      expect(me.body.user.id).toBe(existing.user.id)
    })

    it('an unverified address does not join an existing account, nor open one', async () => {
      const existing = await createCustomer(payload, 'unverified')
      google.accounts.set('g-unverified', { email: existing.user.email, email_verified: false })
      const attempt = await signIn('google', google, 'g-unverified')
      expect(attempt.location).toBe(`${getEnv().SERVER_URL}/account?oidcError=accountExists`)
      expect(attempt.token).toBeNull()
      const after = await payload.findByID({ collection: 'customers', id: existing.user.id })
      expect(after.identities ?? []).toEqual([])

      google.accounts.set('g-unverified-new', { email: 'stranger@gmail.test', email_verified: false })
      const fresh = await signIn('google', google, 'g-unverified-new')
      expect(fresh.location).toContain('oidcError=unverifiedEmail')
      const { totalDocs } = await payload.count({
        collection: 'customers',
        where: { email: { equals: 'stranger@gmail.test' } },
      })
      expect(totalDocs).toBe(0)
    })

    it('an erased customer (or one being erased) cannot come back through the provider', async () => {
      const leaving = await createCustomer(payload, 'leaving')
      google.accounts.set('g-leaving', { email: leaving.user.email, email_verified: true })
      const linked = await signIn('google', google, 'g-leaving')
      expect(linked.token).toBeTruthy()
      expect((await requestErasure(payload, leaving.user.id)).ok).toBe(true)

      const bySubject = await signIn('google', google, 'g-leaving')
      expect(bySubject.location).toContain('oidcError=erased')
      expect(bySubject.token).toBeNull()

      const other = await createCustomer(payload, 'leaving-unlinked')
      await requestErasure(payload, other.user.id)
      google.accounts.set('g-leaving-2', { email: other.user.email, email_verified: true })
      const byEmail = await signIn('google', google, 'g-leaving-2')
      expect(byEmail.location).toContain('oidcError=erased')

      // Once erased, nothing links the subject to the old account any more: the same person can only
      // open a new, empty account (as with the registration form), never get the old one back.
      await runErasure(payload, leaving.user.id)
      const erased = await payload.findByID({ collection: 'customers', id: leaving.user.id, depth: 0 })
      expect(erased.erasure?.status).toBe('erased')
      expect(erased.identities ?? []).toEqual([])
      const afterwards = await signIn('google', google, 'g-leaving')
      const me = await rest('GET', '/api/customers/me', { token: afterwards.token! })
      expect(me.body.user.id).not.toBe(leaving.user.id)
      expect(me.body.user.email).toBe(leaving.user.email)
    })

    it('a customer sees their linked providers and may remove one, never add one', async () => {
      google.accounts.set('g-profile', { email: 'profile@gmail.test', email_verified: true })
      const attempt = await signIn('google', google, 'g-profile')
      const me = (await rest('GET', '/api/customers/me', { token: attempt.token! })).body.user
      const forged = await rest('PATCH', `/api/customers/${me.id}`, {
        token: attempt.token!,
        body: { identities: [...me.identities, { provider: 'staff-idp', subject: 'idp-sales' }] },
      })
      expect(forged.status).toBe(400)
      const removed = await rest('PATCH', `/api/customers/${me.id}`, {
        token: attempt.token!,
        body: { identities: [] },
      })
      expect(removed.status).toBe(200)
      expect(removed.body.doc.identities).toEqual([])
    })

    it('sign-out goes on to the provider’s end_session_endpoint', async () => {
      const response = await get(`${getEnv().SERVER_URL}/api/oidc/logout?next=/`, {
        cookie: 'autoport-oidc-provider=google',
      })
      expect(response.status).toBe(302)
      const location = new URL(response.headers.get('location')!)
      expect(location.origin).toBe(google.issuer)
      expect(location.searchParams.get('client_id')).toBe('google-client')
      expect(location.searchParams.get('post_logout_redirect_uri')).toBe(`${getEnv().SERVER_URL}/`)
    })
  })

  describe('what is refused', () => {
    it('a wrong state, or no flow cookie, fails before the code is used', async () => {
      google.accounts.set('g-state', { email: 'state@gmail.test', email_verified: true })
      const before = google.tokenRequests
      const wrong = await signIn('google', google, 'g-state', {
        editCallback: (url) => url.searchParams.set('state', 'not-the-state'),
      })
      expect(wrong.location).toContain('oidcError=state')
      expect(wrong.token).toBeNull()

      const start = await get(`${getEnv().SERVER_URL}/api/oidc/google/start`)
      google.nextAccount = 'g-state'
      const callback = await followToCallback(start.headers.get('location')!, callbackOf('google'))
      const noCookie = await get(callback)
      expect(noCookie.headers.get('location')).toContain('oidcError=state')
      const forgedCookie = await finish(callback, 'e30.AAAA')
      expect(forgedCookie.location).toContain('oidcError=state')
      expect(google.tokenRequests).toBe(before)
    })

    it('a replayed callback (same code, same cookie) fails', async () => {
      google.accounts.set('g-replay', { email: 'replay@gmail.test', email_verified: true })
      const first = await signIn('google', google, 'g-replay')
      expect(first.token).toBeTruthy()
      const requests = google.tokenRequests
      const replay = await finish(first.callback, first.flowCookie)
      expect(replay.location).toContain('oidcError=state')
      expect(replay.token).toBeNull()
      expect(google.tokenRequests).toBe(requests)
    })

    it.each([
      ['expired', 'an expired ID token'],
      ['otherKey', 'an ID token signed with another key'],
      ['edited', 'an ID token edited after signing'],
      ['wrongAudience', 'an ID token for another client'],
    ] as const)('%s: %s is refused', async (tamper, _what) => {
      google.accounts.set(`g-${tamper}`, { email: `${tamper.toLowerCase()}@gmail.test`, email_verified: true })
      google.tamper = tamper
      const attempt = await signIn('google', google, `g-${tamper}`)
      expect(attempt.location).toBe(`${getEnv().SERVER_URL}/account?oidcError=rejected`)
      expect(attempt.token).toBeNull()
      const { totalDocs } = await payload.count({
        collection: 'customers',
        where: { email: { in: [`${tamper.toLowerCase()}@gmail.test`, 'someone.else@autoport.test'] } },
      })
      expect(totalDocs).toBe(0)
    })

    it('a provider that is down gives a clear message; password sign-in is unaffected', async () => {
      const start = await get(`${getEnv().SERVER_URL}/api/oidc/down/start?locale=en`)
      expect(start.status).toBe(302)
      expect(start.headers.get('location')).toBe(`${getEnv().SERVER_URL}/en/account?oidcError=unavailable`)
      const customer = await createCustomer(payload, 'password')
      expect(await login('customers', customer.user.email, CUSTOMER_PASSWORD)).toBeTruthy()
    })

    it('an unknown provider is a 404', async () => {
      expect((await get(`${getEnv().SERVER_URL}/api/oidc/nobody/start`)).status).toBe(404)
    })

    it('counts against the sign-in budget of the address, as password sign-ins do', async () => {
      const from = '198.51.100.77'
      for (let i = 0; i < 10; i += 1) await consume(payload, 'login', from)
      google.accounts.set('g-budget', { email: 'budget@gmail.test', email_verified: true })
      const attempt = await signIn('google', google, 'g-budget', { from })
      expect(attempt.location).toContain('oidcError=tooMany')
      expect(attempt.token).toBeNull()
    })

    it('a new account counts as a registration of the address', async () => {
      const from = '198.51.100.78'
      for (let i = 0; i < 5; i += 1) await consume(payload, 'register', from)
      google.accounts.set('g-register', { email: 'register.budget@gmail.test', email_verified: true })
      const attempt = await signIn('google', google, 'g-register', { from })
      expect(attempt.location).toContain('oidcError=tooMany')
      const { totalDocs } = await payload.count({
        collection: 'customers',
        where: { email: { equals: 'register.budget@gmail.test' } },
      })
      expect(totalDocs).toBe(0)
    })
  })
})
