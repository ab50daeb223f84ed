import * as client from 'openid-client'
import type { Endpoint, PayloadRequest } from 'payload'

import { getEnv } from '@/config/env'
import type { OidcProviderSettings } from '@/config/oidc'
import type { LinkRefusal } from '@/domain/providerLink'
import { emailVerifiedClaim, type ProviderClaims } from '@/domain/providerSignIn'
import { sameSitePath } from '@/domain/sameSitePath'
import { consume } from '@/security/rateLimit'
import { clientAddressOf } from '@/security/requestBudgets'
import { callbackUrl, oidcProvider, ProviderUnavailable, providerConfiguration } from './client'
import {
  FLOW_COOKIE,
  FLOW_TTL_SECONDS,
  flowCookieHeader,
  openFlow,
  openPendingLink,
  PENDING_LINK_COOKIE,
  PENDING_LINK_TTL_SECONDS,
  pendingLinkCookieHeader,
  readCookie,
  sealFlow,
  sealPendingLink,
  SIGNED_IN_WITH_COOKIE,
  signedInWithCookieHeader,
  type Flow,
} from './flowCookie'
import { linkIdentity } from './link'
import { openSession, resolveAccount, SignInRefused } from './signIn'

/**
 * GET /api/oidc/:provider/start → the provider's sign-in page; /api/oidc/:provider/callback ← the
 * provider sends the browser back with a code (GET, or POST for a form_post provider). Every failure
 * goes back to the sign-in page it came from with `?oidcError=<reason>` (messages in the admin's
 * button and the portal's form), and changes nothing.
 *
 * Linking from the profile: GET /api/oidc/:provider/link starts the same flow bound to the signed-in
 * customer; the callback seals the identity the provider vouched for and moves on to
 * /api/oidc/:provider/link/finish, which links it if that customer is still the one signed in.
 * Outcomes go back to the profile with `?provider=<outcome>`.
 */

export type OidcError =
  | 'unavailable'
  | 'state'
  | 'rejected'
  | 'tooMany'
  | 'noEmail'
  | 'unverifiedEmail'
  | 'accountExists'
  | 'notInvited'
  | 'noRole'
  | 'erased'
  | 'unverifiedAccount'

const LOCALES = ['fr', 'en']

function localeOf(value: unknown): string {
  return typeof value === 'string' && LOCALES.includes(value) ? value : 'fr'
}

/** A same-site path without locale for the portal (as safeNextPath does); /admin for staff. */
function nextOf(provider: OidcProviderSettings, value: unknown): string {
  if (provider.audience === 'staff') {
    const path = sameSitePath(value)
    return path && path.startsWith('/admin') ? path : '/admin'
  }
  const path = typeof value === 'string' && value.length <= 500 ? sameSitePath(value) : null
  if (!path) return '/account'
  const url = new URL(path, 'http://autoport.invalid')
  return `${url.pathname.replace(/^\/(fr|en)(?=\/|$)/, '') || '/'}${url.search}`
}

/** French at the root, English under /en (src/i18n/routing.ts, localePrefix as-needed). */
export const localePrefix = (locale: string) => (locale === 'fr' ? '' : `/${locale}`)

function signInPage(provider: OidcProviderSettings | undefined, locale: string, error: OidcError): string {
  const base = getEnv().SERVER_URL
  if (provider?.audience === 'staff') return `${base}/admin/login?oidcError=${error}`
  return `${base}${localePrefix(locale)}/account?oidcError=${error}`
}

export type LinkOutcome = 'linked' | 'alreadyLinked' | LinkRefusal | OidcError

/** `via` names the provider for the message (only ever a configured id, checked where it is shown). */
function profilePage(locale: string, outcome: LinkOutcome, via: string): string {
  return `${getEnv().SERVER_URL}${localePrefix(locale)}/account/profile?provider=${outcome}&via=${via}`
}

function redirect(location: string, cookies: string[] = []): Response {
  const headers = new Headers({ location, 'cache-control': 'no-store' })
  for (const cookie of cookies) headers.append('set-cookie', cookie)
  return new Response(null, { status: 302, headers })
}

const formPost = (provider: OidcProviderSettings) => provider.responseMode === 'form_post'

/**
 * The way in after a successful sign-in. Not a redirect: the browser arrives at the callback from the
 * provider's site, and a redirect would carry that navigation on as cross-site (Sec-Fetch-Site), for
 * which Payload refuses the session cookie, so the first page would still show a signed-out visitor.
 * A page of our own that moves on (meta refresh, no script under the CSP) makes the next navigation
 * same-origin.
 */
function continueTo(location: string, cookies: string[]): Response {
  const href = location.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
  const headers = new Headers({ 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
  for (const cookie of cookies) headers.append('set-cookie', cookie)
  const html = `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=${href}"><title>Autoport</title></head><body><p><a href="${href}">Continue / Continuer</a></p></body></html>`
  return new Response(html, { status: 200, headers })
}

const providerParam = (req: PayloadRequest) => String(req.routeParams?.provider ?? '')

const notFound = () => Response.json({ errors: [{ message: 'No such sign-in provider.' }] }, { status: 404 })

/** State, nonce and PKCE verifier sealed in the flow cookie, and the browser sent to the provider. */
async function beginFlow(
  req: PayloadRequest,
  provider: OidcProviderSettings,
  options: { locale: string; next: string; link?: Flow['link'] },
): Promise<Response> {
  const { locale } = options
  let config: client.Configuration
  try {
    config = await providerConfiguration(provider)
  } catch (error) {
    req.payload.logger.warn({ err: error, msg: `sign-in provider ${provider.id} unavailable` })
    return redirect(
      options.link ? profilePage(locale, 'unavailable', provider.id) : signInPage(provider, locale, 'unavailable'),
    )
  }
  const verifier = client.randomPKCECodeVerifier()
  const state = client.randomState()
  const nonce = client.randomNonce()
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: callbackUrl(provider),
    scope: provider.scopes,
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
    ...(formPost(provider) ? { response_mode: 'form_post' } : {}),
    ...(provider.audience === 'customers' ? { ui_locales: locale } : {}),
  })
  const flow = sealFlow({
    provider: provider.id,
    state,
    nonce,
    verifier,
    next: options.next,
    locale,
    expiresAt: Date.now() + FLOW_TTL_SECONDS * 1000,
    ...(options.link ? { link: options.link } : {}),
  })
  return redirect(url.href, [flowCookieHeader(provider.id, flow, formPost(provider))])
}

export const oidcStartEndpoint: Endpoint = {
  path: '/oidc/:provider/start',
  method: 'get',
  handler: async (req) => {
    const provider = oidcProvider(providerParam(req))
    if (!provider) return notFound()
    const query = new URL(req.url ?? '', getEnv().SERVER_URL).searchParams
    return beginFlow(req, provider, {
      locale: localeOf(query.get('locale')),
      next: nextOf(provider, query.get('next')),
    })
  },
}

/**
 * "Link Google" in the profile. A plain link (the CSP's form-action would stop a form redirected to
 * the provider): Payload only reads the session cookie of a same-origin request (csrf), so a link
 * from another site finds nobody signed in and starts nothing.
 */
export const oidcLinkStartEndpoint: Endpoint = {
  path: '/oidc/:provider/link',
  method: 'get',
  handler: async (req) => {
    const provider = oidcProvider(providerParam(req))
    if (!provider || provider.audience !== 'customers') return notFound()
    const locale = localeOf(new URL(req.url ?? '', getEnv().SERVER_URL).searchParams.get('locale'))
    const user = req.user
    if (!user || user.collection !== 'customers') {
      return redirect(`${getEnv().SERVER_URL}${localePrefix(locale)}/account?next=/account/profile`)
    }
    const sid = (user as { _sid?: string })._sid
    return beginFlow(req, provider, {
      locale,
      next: '/account/profile',
      link: { customer: String(user.id), ...(sid ? { sid } : {}) },
    })
  },
}

/**
 * Apple sends the name only on the first sign-in, in a `user` form field beside the code (JSON,
 * `{"name":{"firstName","lastName"}}`). It is not signed: it only fills the names of a new account
 * when the ID token has none, never the address or anything that decides who signs in.
 */
export function namesFromUserField(value: string | null | undefined): { given_name?: string; family_name?: string } {
  if (!value || value.length > 2000) return {}
  try {
    const name = (JSON.parse(value) as { name?: { firstName?: unknown; lastName?: unknown } }).name
    return {
      ...(typeof name?.firstName === 'string' && name.firstName.trim() ? { given_name: name.firstName.trim() } : {}),
      ...(typeof name?.lastName === 'string' && name.lastName.trim() ? { family_name: name.lastName.trim() } : {}),
    }
  } catch {
    return {}
  }
}

function claimsOf(
  claims: Record<string, unknown>,
  names: { given_name?: string; family_name?: string } = {},
): ProviderClaims {
  return {
    ...names,
    ...claims,
    sub: String(claims.sub),
    email: typeof claims.email === 'string' ? claims.email : null,
    emailVerified: emailVerifiedClaim(claims.email_verified),
    name: typeof claims.name === 'string' ? claims.name : null,
  }
}

/** The ID token's claims, completed from userinfo when the token leaves the address out. */
async function providerClaims(
  config: client.Configuration,
  tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>,
): Promise<Record<string, unknown>> {
  const idClaims = tokens.claims()
  if (!idClaims) throw new Error('no ID token')
  if (typeof idClaims.email === 'string' || !config.serverMetadata().userinfo_endpoint) return idClaims
  const info = await client.fetchUserInfo(config, tokens.access_token, idClaims.sub)
  // The token's claims win: userinfo only adds what the token left out.
  return { ...info, ...idClaims }
}

function isNetworkError(error: unknown): boolean {
  const seen = new Set<unknown>()
  let current: unknown = error
  while (current && !seen.has(current)) {
    seen.add(current)
    if (current instanceof ProviderUnavailable) return true
    const name = (current as Error).name
    if (name === 'AbortError' || name === 'TimeoutError') return true
    if (current instanceof TypeError && /fetch failed/i.test(current.message)) return true
    const code = (current as { code?: string }).code
    if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ECONNRESET') return true
    current = (current as { cause?: unknown }).cause
  }
  return false
}

/** A form_post answer is a few short fields (Apple's `user` included); anything longer is not one. */
const MAX_FORM_POST_BYTES = 16 * 1024

/**
 * The provider's answer: the query of a GET, or the form of a POST for a form_post provider. Each
 * provider answers one way only; the other finds no `state` and is refused.
 */
async function responseParams(req: PayloadRequest, provider: OidcProviderSettings, incoming: URL) {
  const post = req.method?.toUpperCase() === 'POST'
  if (post !== formPost(provider)) return new URLSearchParams()
  if (!post) return incoming.searchParams
  const type = req.headers.get('content-type') ?? ''
  if (!type.startsWith('application/x-www-form-urlencoded')) return new URLSearchParams()
  const body = req.text ? await req.text() : ''
  return body.length > MAX_FORM_POST_BYTES ? new URLSearchParams() : new URLSearchParams(body)
}

const oidcCallback: Endpoint['handler'] = async (req) => {
  const { payload } = req
  const provider = oidcProvider(providerParam(req))
  if (!provider) return notFound()
  const incoming = new URL(req.url ?? '', getEnv().SERVER_URL)
  const params = await responseParams(req, provider, incoming)
  const flow = openFlow(readCookie(req.headers.get('cookie'), FLOW_COOKIE))
  const locale = localeOf(flow?.locale)
  const clear = flowCookieHeader(provider.id, null, formPost(provider))
  const address = clientAddressOf(req)
  const fail = (error: OidcError, detail?: unknown) => {
    payload.logger.warn({
      msg: flow?.link ? 'provider link refused' : 'sign-in through provider refused',
      provider: provider.id,
      reason: error,
      address,
      ...(flow?.link ? { customer: flow.link.customer } : {}),
      ...(detail ? { err: detail } : {}),
    })
    const page = flow?.link ? profilePage(locale, error, provider.id) : signInPage(provider, locale, error)
    return redirect(page, [clear])
  }

  if (!flow || flow.provider !== provider.id || !params.get('state') || params.get('state') !== flow.state) {
    return fail('state')
  }
  // Spent once: the same callback again (a replayed code) stops here, before reaching the provider.
  if (!(await consume(payload, 'oidcState', flow.state)).ok) return fail('state')
  if (address) {
    const budget = await consume(payload, 'login', address)
    if (!budget.ok) return fail('tooMany')
  }
  if (params.get('error')) return fail('rejected', params.get('error'))

  let claims: ProviderClaims
  try {
    const config = await providerConfiguration(provider)
    // The URL the provider sent the browser to, as it knows it (behind a proxy req.url may name
    // another host); for form_post, the same URL with the form, which openid-client reads itself.
    const current = new URL(callbackUrl(provider))
    const answer = formPost(provider)
      ? new Request(current, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: params.toString(),
        })
      : Object.assign(current, { search: incoming.search })
    const tokens = await client.authorizationCodeGrant(config, answer, {
      pkceCodeVerifier: flow.verifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    })
    claims = claimsOf(await providerClaims(config, tokens), namesFromUserField(params.get('user')))
  } catch (error) {
    return fail(isNetworkError(error) ? 'unavailable' : 'rejected', error)
  }

  if (flow.link) {
    // Made at /link/finish, where the customer's session can be read (see PendingLink).
    const pending = sealPendingLink({
      id: client.randomState(),
      provider: provider.id,
      customer: flow.link.customer,
      ...(flow.link.sid ? { sid: flow.link.sid } : {}),
      subject: claims.sub,
      email: claims.email?.trim().toLowerCase() || null,
      emailVerified: Boolean(claims.emailVerified),
      locale,
      expiresAt: Date.now() + PENDING_LINK_TTL_SECONDS * 1000,
    })
    return continueTo(`${getEnv().SERVER_URL}/api/oidc/${provider.id}/link/finish`, [
      clear,
      pendingLinkCookieHeader(provider.id, pending),
    ])
  }

  const slug = provider.audience === 'staff' ? 'users' : 'customers'
  const email = claims.email?.trim().toLowerCase()
  if (address && email) {
    const budget = await consume(payload, 'loginAccount', `${slug}:${email}`)
    if (!budget.ok) return fail('tooMany')
  }
  try {
    const account = await resolveAccount(payload, provider, claims, address, locale)
    req.context = { ...req.context, clientAddress: address ?? undefined }
    const session = await openSession(req, account.slug, account.id)
    payload.logger.info({
      msg: 'signed in through provider',
      provider: provider.id,
      collection: account.slug,
      id: account.id,
      address,
    })
    const next =
      provider.audience === 'staff' ? flow.next : `${localePrefix(locale)}${flow.next}`.replace(/(.)\/$/, '$1')
    return continueTo(`${getEnv().SERVER_URL}${next}`, [
      session.cookie,
      clear,
      signedInWithCookieHeader(provider.id, session.collectionConfig.auth.tokenExpiration),
    ])
  } catch (error) {
    if (error instanceof SignInRefused) return fail(error.reason)
    // The account's own refusal (an erasure under way: refuseErasedLogin answers like a wrong password).
    if ((error as { status?: number }).status === 401) return fail('erased')
    // The registration budget of the address (a new customer account counts as a registration).
    if ((error as { status?: number }).status === 429) return fail('tooMany')
    throw error
  }
}

export const oidcCallbackEndpoint: Endpoint = { path: '/oidc/:provider/callback', method: 'get', handler: oidcCallback }
/** A form_post provider's answer (Apple's): the same callback, its parameters in the form. */
export const oidcFormPostCallbackEndpoint: Endpoint = {
  path: '/oidc/:provider/callback',
  method: 'post',
  handler: oidcCallback,
}

/** The link's last step, same-origin: the customer signed in now must be the one who started it. */
export const oidcLinkFinishEndpoint: Endpoint = {
  path: '/oidc/:provider/link/finish',
  method: 'get',
  handler: async (req) => {
    const { payload } = req
    const provider = oidcProvider(providerParam(req))
    if (!provider || provider.audience !== 'customers') return notFound()
    const pending = openPendingLink(readCookie(req.headers.get('cookie'), PENDING_LINK_COOKIE))
    const locale = localeOf(pending?.locale)
    const clear = pendingLinkCookieHeader(provider.id, null)
    const address = clientAddressOf(req)
    const back = (outcome: LinkOutcome) => redirect(profilePage(locale, outcome, provider.id), [clear])
    if (!pending || pending.provider !== provider.id) return back('state')
    // Spent once: the same pending link again is refused even while its cookie is valid.
    if (!(await consume(payload, 'oidcState', `link:${pending.id}`)).ok) return back('state')
    const user = req.user
    const current =
      user && user.collection === 'customers' ? { id: String(user.id), sid: (user as { _sid?: string })._sid } : null
    const decision = await linkIdentity(payload, provider, pending, current, address)
    const outcome: LinkOutcome =
      decision.kind === 'refuse' ? decision.reason : decision.kind === 'link' ? 'linked' : 'alreadyLinked'
    const log = {
      provider: provider.id,
      customer: pending.customer,
      subject: pending.subject,
      address,
    }
    if (decision.kind === 'refuse')
      payload.logger.warn({ msg: 'provider link refused', reason: decision.reason, ...log })
    else payload.logger.info({ msg: decision.kind === 'link' ? 'provider linked' : 'provider already linked', ...log })
    return back(outcome)
  },
}

/**
 * GET /api/oidc/logout: the provider's own session ends too when it supports RP-initiated logout
 * (end_session_endpoint). The local session is ended first by the caller (the portal's sign-out, the
 * admin's logout); this only sends the browser on, and forgets which provider it came through.
 */
export const oidcLogoutEndpoint: Endpoint = {
  path: '/oidc/logout',
  method: 'get',
  handler: async (req) => {
    const env = getEnv()
    const query = new URL(req.url ?? '', env.SERVER_URL).searchParams
    const after = `${env.SERVER_URL}${sameSitePath(query.get('next')) ?? '/'}`
    const url = await endSessionUrl(readCookie(req.headers.get('cookie'), SIGNED_IN_WITH_COOKIE), after)
    return redirect(url ?? after, [signedInWithCookieHeader(null)])
  },
}

/** The provider's logout URL for a session opened through it, or null (none, or it does not offer one). */
export async function endSessionUrl(providerId: string | undefined, after: string): Promise<string | null> {
  const provider = providerId ? oidcProvider(providerId) : undefined
  if (!provider) return null
  try {
    const config = await providerConfiguration(provider)
    if (!config.serverMetadata().end_session_endpoint) return null
    return client.buildEndSessionUrl(config, { client_id: provider.clientId, post_logout_redirect_uri: after }).href
  } catch {
    return null
  }
}

export const oidcEndpoints: Endpoint[] = [
  oidcStartEndpoint,
  oidcCallbackEndpoint,
  oidcFormPostCallbackEndpoint,
  oidcLinkStartEndpoint,
  oidcLinkFinishEndpoint,
  oidcLogoutEndpoint,
]
