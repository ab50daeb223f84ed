import * as client from 'openid-client'
import type { Endpoint, PayloadRequest } from 'payload'

import { getEnv } from '@/config/env'
import type { OidcProviderSettings } from '@/config/oidc'
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
  readCookie,
  sealFlow,
  SIGNED_IN_WITH_COOKIE,
  signedInWithCookieHeader,
} from './flowCookie'
import { openSession, resolveAccount, SignInRefused } from './signIn'

/**
 * GET /api/oidc/:provider/start → the provider's sign-in page; GET /api/oidc/:provider/callback ←
 * the provider sends the browser back with a code. Every failure goes back to the sign-in page it
 * came from with `?oidcError=<reason>` (messages in the admin's button and the portal's form), and
 * changes nothing.
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

function redirect(location: string, cookies: string[] = []): Response {
  const headers = new Headers({ location, 'cache-control': 'no-store' })
  for (const cookie of cookies) headers.append('set-cookie', cookie)
  return new Response(null, { status: 302, headers })
}

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

export const oidcStartEndpoint: Endpoint = {
  path: '/oidc/:provider/start',
  method: 'get',
  handler: async (req) => {
    const provider = oidcProvider(providerParam(req))
    if (!provider) return notFound()
    const query = new URL(req.url ?? '', getEnv().SERVER_URL).searchParams
    const locale = localeOf(query.get('locale'))
    let config: client.Configuration
    try {
      config = await providerConfiguration(provider)
    } catch (error) {
      req.payload.logger.warn({ err: error, msg: `sign-in provider ${provider.id} unavailable` })
      return redirect(signInPage(provider, locale, 'unavailable'))
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
      ...(provider.audience === 'customers' ? { ui_locales: locale } : {}),
    })
    const flow = sealFlow({
      provider: provider.id,
      state,
      nonce,
      verifier,
      next: nextOf(provider, query.get('next')),
      locale,
      expiresAt: Date.now() + FLOW_TTL_SECONDS * 1000,
    })
    return redirect(url.href, [flowCookieHeader(provider.id, flow)])
  },
}

function claimsOf(claims: Record<string, unknown>): ProviderClaims {
  return {
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

export const oidcCallbackEndpoint: Endpoint = {
  path: '/oidc/:provider/callback',
  method: 'get',
  handler: async (req) => {
    const { payload } = req
    const provider = oidcProvider(providerParam(req))
    if (!provider) return notFound()
    const incoming = new URL(req.url ?? '', getEnv().SERVER_URL)
    const flow = openFlow(readCookie(req.headers.get('cookie'), FLOW_COOKIE))
    const locale = localeOf(flow?.locale)
    const clear = flowCookieHeader(provider.id, null)
    const address = clientAddressOf(req)
    const fail = (error: OidcError, detail?: unknown) => {
      payload.logger.warn({
        msg: 'sign-in through provider refused',
        provider: provider.id,
        reason: error,
        address,
        ...(detail ? { err: detail } : {}),
      })
      return redirect(signInPage(provider, locale, error), [clear])
    }

    if (!flow || flow.provider !== provider.id || incoming.searchParams.get('state') !== flow.state) {
      return fail('state')
    }
    // Spent once: the same callback again (a replayed code) stops here, before reaching the provider.
    if (!(await consume(payload, 'oidcState', flow.state)).ok) return fail('state')
    if (address) {
      const budget = await consume(payload, 'login', address)
      if (!budget.ok) return fail('tooMany')
    }
    if (incoming.searchParams.get('error')) return fail('rejected', incoming.searchParams.get('error'))

    let claims: ProviderClaims
    try {
      const config = await providerConfiguration(provider)
      // The URL the provider redirected to, as it knows it (behind a proxy req.url may name another host).
      const current = new URL(callbackUrl(provider))
      current.search = incoming.search
      const tokens = await client.authorizationCodeGrant(config, current, {
        pkceCodeVerifier: flow.verifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      })
      claims = claimsOf(await providerClaims(config, tokens))
    } catch (error) {
      return fail(isNetworkError(error) ? 'unavailable' : 'rejected', error)
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

export const oidcEndpoints: Endpoint[] = [oidcStartEndpoint, oidcCallbackEndpoint, oidcLogoutEndpoint]
