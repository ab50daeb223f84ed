import { generateKeyPairSync } from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { forgetOidcSettings, getEnv } from '@/config/env'
import { forgetOidcConfigurations } from '@/oidc/client'
import { freePort } from '../helpers/fakeProviders/env'
import { createCustomer } from '../helpers/fixtures'
import {
  followToCallback,
  followToFormPost,
  startFakeOidcProvider,
  type FakeOidcProvider,
} from '../helpers/oidcProvider'
import { testPayload } from '../helpers/payload'
import { resetDatabase } from '../helpers/resetDatabase'
import { rawRest, rest } from '../helpers/rest'

/**
 * An Apple-style provider (response_mode=form_post, a client secret that is a JWT signed ES256) and
 * linking a provider from the profile, against real oidc-provider servers on local ports.
 */

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

const server = () => getEnv().SERVER_URL
const callbackOf = (id: string) => `${server()}/api/oidc/${id}/callback`

let address = 0
const nextAddress = () => `203.0.113.${(address = (address % 250) + 1)}`

function cookieValue(setCookies: string[], name: string): string | null {
  for (const set of setCookies) {
    const [pair] = set.split(';')
    const at = pair!.indexOf('=')
    if (pair!.slice(0, at) === name) return pair!.slice(at + 1) || null
  }
  return null
}

const onwardOf = async (response: Response) =>
  response.status === 200
    ? (/http-equiv="refresh" content="0;url=([^"]+)"/.exec(await response.text())?.[1]?.replace(/&amp;/g, '&') ?? '')
    : (response.headers.get('location') ?? '')

/** What a browser sends on a same-origin navigation with the customer's session cookie. */
const sessionHeaders = (token?: string): Record<string, string> =>
  token ? { cookie: `payload-token=${token}`, 'sec-fetch-site': 'same-origin' } : {}

const pem = (key: ReturnType<typeof generateKeyPairSync>['privateKey']) =>
  (key.export({ format: 'pem', type: 'pkcs8' }) as string).replace(/\n/g, '\\n')

describe('Apple-style providers and linking from the profile', () => {
  let payload: Payload
  let apple: FakeOidcProvider
  let google: FakeOidcProvider
  const appleKeys = generateKeyPairSync('ec', { namedCurve: 'P-256' })

  type Started = { location: string; flowCookie: string; setCookie: string; from: string }

  async function start(path: string, headers: Record<string, string> = {}): Promise<Started> {
    const from = nextAddress()
    const response = await rawRest(
      new Request(`${server()}${path}`, { headers: { ...headers, 'x-forwarded-for': from } }),
    )
    expect(response.status).toBe(302)
    const setCookies = response.headers.getSetCookie()
    return {
      location: response.headers.get('location')!,
      flowCookie: cookieValue(setCookies, 'autoport-oidc-flow') ?? '',
      setCookie: setCookies.find((set) => set.startsWith('autoport-oidc-flow=')) ?? '',
      from,
    }
  }

  /** Apple's way back: a cross-site POST of the provider's form to the callback. */
  async function postCallback(form: URLSearchParams, flowCookie: string, from = nextAddress()) {
    return rawRest(
      new Request(callbackOf('apple'), {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          cookie: `autoport-oidc-flow=${flowCookie}`,
          origin: new URL(apple.issuer).origin,
          'sec-fetch-site': 'cross-site',
          'x-forwarded-for': from,
        },
        body: form.toString(),
      }),
    )
  }

  /** Through the provider (signing in `sub`) back to the callback; returns the callback's response. */
  async function throughProvider(
    id: 'apple' | 'google',
    started: Started,
    sub: string,
    edit?: (form: URLSearchParams) => void,
  ) {
    const provider = id === 'apple' ? apple : google
    provider.nextAccount = sub
    if (id === 'apple') {
      const { form } = await followToFormPost(started.location, callbackOf('apple'))
      edit?.(form)
      return {
        response: await postCallback(form, started.flowCookie, started.from),
        replay: () => postCallback(form, started.flowCookie),
      }
    }
    const url = await followToCallback(started.location, callbackOf('google'))
    const get = () =>
      rawRest(
        new Request(url, {
          headers: { cookie: `autoport-oidc-flow=${started.flowCookie}`, 'x-forwarded-for': started.from },
        }),
      )
    return { response: await get(), replay: get }
  }

  /** Link from the profile: start as `token`, sign in `sub` at the provider, finish as `finishToken`. */
  async function link(id: 'apple' | 'google', token: string, sub: string, finishToken: string | null = token) {
    const started = await start(`/api/oidc/${id}/link?locale=en`, sessionHeaders(token))
    const { response } = await throughProvider(id, started, sub)
    const onward = await onwardOf(response)
    expect(onward).toBe(`${server()}/api/oidc/${id}/link/finish`)
    const pending = cookieValue(response.headers.getSetCookie(), 'autoport-oidc-link')!
    expect(pending).toBeTruthy()
    const finish = () =>
      rawRest(
        new Request(onward, {
          headers: {
            ...sessionHeaders(finishToken ?? undefined),
            cookie: [`autoport-oidc-link=${pending}`, finishToken ? `payload-token=${finishToken}` : '']
              .filter(Boolean)
              .join('; '),
          },
        }),
      )
    const finished = await finish()
    expect(finished.status).toBe(302)
    return { location: finished.headers.get('location')!, finish }
  }

  const identitiesOf = async (id: string | number) =>
    (await payload.findByID({ collection: 'customers', id, depth: 0, overrideAccess: true })).identities ?? []

  beforeAll(async () => {
    payload = await testPayload()
    await resetDatabase(payload)
    const [applePort, googlePort] = [await freePort(), await freePort()]
    apple = await startFakeOidcProvider({
      port: applePort,
      redirectUris: [callbackOf('apple')],
      clientId: 'fr.autoport.web',
      appleStyleSecret: {
        publicKey: appleKeys.publicKey,
        keyId: 'APPLEKEY01',
        teamId: 'TEAM012345',
        audience: `http://127.0.0.1:${applePort}`,
      },
    })
    google = await startFakeOidcProvider({
      port: googlePort,
      redirectUris: [callbackOf('google')],
      clientId: 'google-client',
    })
    setEnv({
      OIDC_PROVIDERS: 'apple,google',
      OIDC_APPLE_AUDIENCE: 'customers',
      OIDC_APPLE_ISSUER: apple.issuer,
      OIDC_APPLE_CLIENT_ID: apple.clientId,
      OIDC_APPLE_LABEL: 'Apple',
      OIDC_APPLE_RESPONSE_MODE: 'form_post',
      OIDC_APPLE_PRIVATE_KEY: pem(appleKeys.privateKey),
      OIDC_APPLE_KEY_ID: 'APPLEKEY01',
      OIDC_APPLE_TEAM_ID: 'TEAM012345',
      OIDC_APPLE_SECRET_AUDIENCE: apple.issuer,
      OIDC_GOOGLE_AUDIENCE: 'customers',
      OIDC_GOOGLE_ISSUER: google.issuer,
      OIDC_GOOGLE_CLIENT_ID: google.clientId,
      OIDC_GOOGLE_CLIENT_SECRET: google.clientSecret,
      OIDC_GOOGLE_LABEL: 'Google',
    })
  })

  afterAll(async () => {
    setEnv(Object.fromEntries([...touched].map((key) => [key, undefined])))
    await apple?.close()
    await google?.close()
  })

  describe('form_post with a JWT client secret (Apple)', () => {
    it('signs a new customer in, named from the `user` field, the secret a short-lived ES256 JWT', async () => {
      apple.accounts.set('apple-new', { email: 'relay-1@privaterelay.appleid.test', email_verified: true })
      const started = await start('/api/oidc/apple/start?locale=en&next=/en/account/quotes')
      const authorize = new URL(started.location)
      expect(authorize.searchParams.get('response_mode')).toBe('form_post')
      // Sent back on the provider's cross-site POST only as SameSite=None (and so Secure).
      expect(started.setCookie).toMatch(/SameSite=None/)
      expect(started.setCookie).toMatch(/Secure/)
      expect(started.setCookie).toMatch(/Path=\/api\/oidc\/apple/)

      const { response } = await throughProvider('apple', started, 'apple-new', (form) =>
        form.set('user', JSON.stringify({ name: { firstName: 'Ana', lastName: 'Apple' }, email: 'ignored@evil.test' })),
      )
      expect(response.status).toBe(200)
      expect(await onwardOf(response)).toBe(`${server()}/en/account/quotes`)
      const token = cookieValue(response.headers.getSetCookie(), 'payload-token')!
      const me = (await rest('GET', '/api/customers/me', { token })).body.user
      expect(me).toMatchObject({ email: 'relay-1@privaterelay.appleid.test', firstName: 'Ana', lastName: 'Apple' })
      expect(me.identities).toEqual([expect.objectContaining({ provider: 'apple', subject: 'apple-new' })])

      const secret = apple.acceptedSecretJwts.at(-1)!
      expect(secret).toMatchObject({ iss: 'TEAM012345', sub: 'fr.autoport.web', aud: apple.issuer })
      expect((secret.exp as number) - (secret.iat as number)).toBeLessThanOrEqual(300)
    })

    it('a wrong or missing state, or the answer as a GET, fails before the code is used', async () => {
      apple.accounts.set('apple-state', { email: 'relay-2@privaterelay.appleid.test', email_verified: true })
      const before = apple.tokenRequests
      const wrong = await throughProvider('apple', await start('/api/oidc/apple/start'), 'apple-state', (form) =>
        form.set('state', 'not-the-state'),
      )
      expect(wrong.response.headers.get('location')).toBe(`${server()}/account?oidcError=state`)

      const missing = await throughProvider('apple', await start('/api/oidc/apple/start'), 'apple-state', (form) =>
        form.delete('state'),
      )
      expect(missing.response.headers.get('location')).toContain('oidcError=state')

      // The same answer in the URL: not how this provider answers.
      const started = await start('/api/oidc/apple/start')
      apple.nextAccount = 'apple-state'
      const { form } = await followToFormPost(started.location, callbackOf('apple'))
      const asGet = await rawRest(
        new Request(`${callbackOf('apple')}?${form}`, {
          headers: { cookie: `autoport-oidc-flow=${started.flowCookie}` },
        }),
      )
      expect(asGet.headers.get('location')).toContain('oidcError=state')
      expect(cookieValue(asGet.headers.getSetCookie(), 'payload-token')).toBeNull()
      expect(apple.tokenRequests).toBe(before)
      const { totalDocs } = await payload.count({
        collection: 'customers',
        where: { email: { equals: 'relay-2@privaterelay.appleid.test' } },
      })
      expect(totalDocs).toBe(0)
    })

    it('a secret signed with another key is refused by the provider, and nobody signs in', async () => {
      const other = generateKeyPairSync('ec', { namedCurve: 'P-256' })
      setEnv({ OIDC_APPLE_PRIVATE_KEY: pem(other.privateKey) })
      try {
        apple.accounts.set('apple-key', { email: 'relay-3@privaterelay.appleid.test', email_verified: true })
        const accepted = apple.acceptedSecretJwts.length
        const { response } = await throughProvider('apple', await start('/api/oidc/apple/start'), 'apple-key')
        expect(response.headers.get('location')).toBe(`${server()}/account?oidcError=rejected`)
        expect(cookieValue(response.headers.getSetCookie(), 'payload-token')).toBeNull()
        expect(apple.acceptedSecretJwts.length).toBe(accepted)
      } finally {
        setEnv({ OIDC_APPLE_PRIVATE_KEY: pem(appleKeys.privateKey) })
      }
    })
  })

  describe('linking a provider from the profile', () => {
    it('links the provider the customer signs in with to their account, then it signs them in', async () => {
      const customer = await createCustomer(payload, 'linker')
      // A verified address of the provider's, not the account's: people use another mailbox there.
      apple.accounts.set('apple-link', { email: 'relay-4@privaterelay.appleid.test', email_verified: true })
      const { location } = await link('apple', customer.token, 'apple-link')
      expect(location).toBe(`${server()}/en/account/profile?provider=linked&via=apple`)
      expect(await identitiesOf(customer.user.id)).toEqual([
        expect.objectContaining({
          provider: 'apple',
          subject: 'apple-link',
          email: 'relay-4@privaterelay.appleid.test',
        }),
      ])

      const started = await start('/api/oidc/apple/start')
      const { response } = await throughProvider('apple', started, 'apple-link')
      const token = cookieValue(response.headers.getSetCookie(), 'payload-token')!
      expect((await rest('GET', '/api/customers/me', { token })).body.user.id).toBe(customer.user.id)
    })

    it('an identity linked to another account is refused, and neither account changes', async () => {
      const owner = await createCustomer(payload, 'owner')
      google.accounts.set('g-taken', { email: owner.user.email, email_verified: true })
      const { location: first } = await link('google', owner.token, 'g-taken')
      expect(first).toContain('provider=linked')

      const other = await createCustomer(payload, 'other')
      const { location } = await link('google', other.token, 'g-taken')
      expect(location).toBe(`${server()}/en/account/profile?provider=linkedElsewhere&via=google`)
      expect(await identitiesOf(other.user.id)).toEqual([])
      expect(await identitiesOf(owner.user.id)).toEqual([expect.objectContaining({ subject: 'g-taken' })])
    })

    it('an unverified address is linked only when it is the account’s own', async () => {
      const customer = await createCustomer(payload, 'unverified-link')
      google.accounts.set('g-unverified-other', { email: 'someone@gmail.test', email_verified: false })
      expect((await link('google', customer.token, 'g-unverified-other')).location).toContain('provider=linkUnverified')
      google.accounts.set('g-unverified-own', { email: customer.user.email.toUpperCase(), email_verified: false })
      expect((await link('google', customer.token, 'g-unverified-own')).location).toContain('provider=linked')
      expect((await identitiesOf(customer.user.id)).map((row) => row.subject)).toEqual(['g-unverified-own'])
    })

    it('signed out, or someone else signed in, between the start and the callback: refused', async () => {
      const customer = await createCustomer(payload, 'leaver')
      google.accounts.set('g-leaver', { email: customer.user.email, email_verified: true })
      expect((await link('google', customer.token, 'g-leaver', null)).location).toBe(
        `${server()}/en/account/profile?provider=signedOut&via=google`,
      )
      const intruder = await createCustomer(payload, 'intruder')
      expect((await link('google', customer.token, 'g-leaver', intruder.token)).location).toContain(
        'provider=signedOut',
      )

      // Signed out (the session ended) though the old token is still well-formed.
      const started = await start('/api/oidc/google/link?locale=en', sessionHeaders(customer.token))
      const loggedOut = await rest('POST', '/api/customers/logout', { token: customer.token })
      expect(loggedOut.status).toBe(200)
      const { response } = await throughProvider('google', started, 'g-leaver')
      const pending = cookieValue(response.headers.getSetCookie(), 'autoport-oidc-link')!
      const finished = await rawRest(
        new Request(`${server()}/api/oidc/google/link/finish`, {
          headers: {
            cookie: `autoport-oidc-link=${pending}; payload-token=${customer.token}`,
            'sec-fetch-site': 'same-origin',
          },
        }),
      )
      expect(finished.headers.get('location')).toContain('provider=signedOut')
      expect(await identitiesOf(customer.user.id)).toEqual([])
      expect(await identitiesOf(intruder.user.id)).toEqual([])
    })

    it('a replayed callback or finish is refused', async () => {
      const customer = await createCustomer(payload, 'replayer')
      google.accounts.set('g-replay-link', { email: customer.user.email, email_verified: true })
      const started = await start('/api/oidc/google/link?locale=en', sessionHeaders(customer.token))
      const { response, replay } = await throughProvider('google', started, 'g-replay-link')
      const pending = cookieValue(response.headers.getSetCookie(), 'autoport-oidc-link')!
      const requests = google.tokenRequests
      const again = await replay()
      expect(again.headers.get('location')).toBe(`${server()}/en/account/profile?provider=state&via=google`)
      expect(google.tokenRequests).toBe(requests)

      const finish = () =>
        rawRest(
          new Request(`${server()}/api/oidc/google/link/finish`, {
            headers: {
              cookie: `autoport-oidc-link=${pending}; payload-token=${customer.token}`,
              'sec-fetch-site': 'same-origin',
            },
          }),
        )
      expect((await finish()).headers.get('location')).toContain('provider=linked')
      const replayed = await finish()
      expect(replayed.headers.get('location')).toContain('provider=state')
      expect(await identitiesOf(customer.user.id)).toHaveLength(1)
    })

    it('nobody signed in, or a link from another site, starts nothing', async () => {
      const customer = await createCustomer(payload, 'crosssite')
      for (const headers of [
        {} as Record<string, string>,
        { cookie: `payload-token=${customer.token}`, 'sec-fetch-site': 'cross-site' },
      ]) {
        const response = await rawRest(new Request(`${server()}/api/oidc/google/link?locale=en`, { headers }))
        expect(response.status).toBe(302)
        expect(response.headers.get('location')).toBe(`${server()}/en/account?next=/account/profile`)
        expect(cookieValue(response.headers.getSetCookie(), 'autoport-oidc-flow')).toBeNull()
      }
    })
  })
})
