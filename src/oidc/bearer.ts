import { createHash } from 'node:crypto'

import * as client from 'openid-client'
import type { AuthStrategy, CollectionMeHook, Payload, PayloadRequest } from 'payload'

import { getOidcSettings } from '@/config/env'
import type { OidcAudience, OidcProviderSettings } from '@/config/oidc'
import { AnswerCache, bearerCandidates, judgeIntrospection, type TokenVerdict } from '@/domain/bearerToken'
import { consume, requestAddress } from '@/security/rateLimit'
import { providerConfiguration } from './client'
import { findLinked } from './signIn'

/**
 * `Authorization: Bearer <access token>` from one of our providers, for API clients (partner apps,
 * the mobile app): a Payload auth strategy on `users` (staff providers) and on `customers` (customer
 * providers). The provider judges the token (token introspection, RFC 7662; userinfo only where the
 * operator allowed it); the token then opens the account already linked to that provider's subject,
 * and nothing else: no account is ever created or linked from a bearer token.
 *
 * Whatever goes wrong (not a provider's token, the provider down, a refusal) leaves the request
 * unauthenticated so that the next strategy (Payload's own JWT, API keys) may still read it, and
 * access control answers 401/403.
 */

/** Names the provider of an opaque token when more than one is configured (src/domain/bearerToken.ts). */
export const PROVIDER_HEADER = 'oidc-provider'

type Refusal = Extract<TokenVerdict, { ok: false }>['reason'] | 'noIntrospection'
type Answer = { ok: true; subject: string; expiresAt: number | null } | { ok: false; reason: Refusal }

// A burst of calls with one token asks the provider once; the memory holds a few thousand tokens.
const answers = new AnswerCache<Answer>({ maxEntries: 5000 })

export function forgetBearerAnswers(): void {
  answers.clear()
}

const hashOf = (token: string) => createHash('sha256').update(token).digest('base64url')

function bearerOf(headers: Headers): string | null {
  const value = headers.get('authorization')
  const match = value ? /^Bearer +([\x21-\x7e]{8,4096})$/.exec(value.trim()) : null
  return match ? match[1]! : null
}

/** A 4xx from userinfo is the provider's "no" to this token; anything else is the provider failing. */
const isRefusal = (error: unknown) => {
  const status = (error as { status?: unknown }).status
  return typeof status === 'number' && status >= 400 && status < 500
}

async function ask(provider: OidcProviderSettings, token: string): Promise<Answer> {
  const config = await providerConfiguration(provider)
  const metadata = config.serverMetadata()
  if (metadata.introspection_endpoint) {
    const answer = await client.tokenIntrospection(config, token, { token_type_hint: 'access_token' })
    return judgeIntrospection(answer, { issuer: provider.issuer, clients: provider.apiClients, now: Date.now() })
  }
  if (!provider.apiUserinfo || !metadata.userinfo_endpoint) return { ok: false, reason: 'noIntrospection' }
  try {
    // The provider accepting the token is all userinfo says: not its expiry, nor which app it was for.
    const info = await client.fetchUserInfo(config, token, client.skipSubjectCheck)
    return info.sub ? { ok: true, subject: info.sub, expiresAt: null } : { ok: false, reason: 'noSubject' }
  } catch (error) {
    if (isRefusal(error)) return { ok: false, reason: 'inactive' }
    throw error
  }
}

type Judged = { answer: Answer; fresh: boolean }

/** The provider's answer, from the short memory or asked now; null when it could not be had. */
async function judged(payload: Payload, provider: OidcProviderSettings, token: string, address: string | null) {
  const key = `${provider.id}:${hashOf(token)}`
  const known = answers.get(key)
  if (known) {
    try {
      return { answer: await known, fresh: false } satisfies Judged
    } catch {
      // The call this one waited for failed (and said so): unauthenticated, like it.
      return null
    }
  }
  // Remembered at once, before anything is awaited: the rest of a burst waits for this one answer.
  const pending = budgetThenAsk(payload, provider, token, address)
  answers.set(key, pending, Date.now() + getOidcSettings().bearerCacheSeconds * 1000)
  try {
    const answer = await pending
    if (answer.ok && answer.expiresAt) answers.limit(key, pending, answer.expiresAt)
    return { answer, fresh: true } satisfies Judged
  } catch (error) {
    // Not remembered: the next call asks again, so the provider is back as soon as it is.
    answers.forgetIf(key, pending)
    if (error instanceof OverBudget) {
      payload.logger.warn({ msg: 'API token refused', provider: provider.id, reason: 'tooMany', address })
    } else {
      payload.logger.warn({
        err: error,
        msg: 'API token not checked: provider unavailable',
        provider: provider.id,
        address,
      })
    }
    return null
  }
}

class OverBudget extends Error {}

/** Each new token costs a call to the provider: a flood of made-up tokens is bounded per address. */
async function budgetThenAsk(payload: Payload, provider: OidcProviderSettings, token: string, address: string | null) {
  if (address && !(await consume(payload, 'oidcBearer', address)).ok) throw new OverBudget()
  return ask(provider, token)
}

/** When the token stops being trusted, for `me` (the token itself is never echoed back). */
const expiries = new WeakMap<object, number>()

export function providerBearerStrategy(audience: OidcAudience): AuthStrategy {
  const slug = audience === 'staff' ? 'users' : 'customers'
  const name = `oidc-bearer-${slug}`
  return {
    name,
    authenticate: async ({ headers, payload, req, isGraphQL }) => {
      const token = bearerOf(headers)
      if (!token) return { user: null }
      const candidates = bearerCandidates(token, getOidcSettings().providers, headers.get(PROVIDER_HEADER)).filter(
        (provider) => provider.audience === audience,
      )
      if (!candidates.length) return { user: null }
      const address = requestAddress(headers)

      for (const provider of candidates) {
        const result = await judged(payload, provider, token, address)
        if (!result) continue
        const { answer, fresh } = result
        if (!answer.ok) {
          if (fresh)
            payload.logger.warn({ msg: 'API token refused', provider: provider.id, reason: answer.reason, address })
          continue
        }
        const linked = await findLinked(payload, slug, provider.id, answer.subject)
        const refusal = !linked
          ? 'notLinked'
          : linked.erasure?.status && linked.erasure.status !== 'none'
            ? 'erased'
            : linked._verified === false
              ? 'unverifiedAccount'
              : null
        if (!linked || refusal) {
          if (fresh) payload.logger.warn({ msg: 'API token refused', provider: provider.id, reason: refusal, address })
          continue
        }
        // As Payload's JWT strategy loads its user: the collection's depth, no hidden fields.
        const user = await payload.findByID({
          collection: slug,
          id: linked.id,
          depth: isGraphQL ? 0 : payload.collections[slug].config.auth.depth,
          overrideAccess: true,
          req: req as PayloadRequest | undefined,
        })
        if (!user) continue
        if (fresh) {
          payload.logger.info({
            msg: 'API token accepted',
            provider: provider.id,
            collection: slug,
            id: linked.id,
            address,
          })
        }
        const authenticated = Object.assign(user, { collection: slug, _strategy: name })
        const trustedUntil = answer.expiresAt ?? Date.now() + getOidcSettings().bearerCacheSeconds * 1000
        expiries.set(authenticated, Math.floor(trustedUntil / 1000))
        return { user: authenticated as NonNullable<PayloadRequest['user']> }
      }
      return { user: null }
    },
  }
}

/**
 * Payload's `me` reads the request's token as its own JWT (to give its expiry, and the token back):
 * a provider's opaque token would make it fail. For a bearer caller `me` answers itself.
 */
export const bearerMe: CollectionMeHook = ({ args, user }) => {
  const caller = args.req.user as (NonNullable<PayloadRequest['user']> & { _strategy?: string }) | null
  if (!caller || !String(caller._strategy ?? '').startsWith('oidc-bearer-')) return
  return { user, exp: expiries.get(caller) ?? Math.floor(Date.now() / 1000) }
}
