import type { Payload } from 'payload'
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible'

import { budgetKey, CLIENT_ADDRESS_MARK } from './clientAddress'

/**
 * Rate limits shared by every instance: atomic counters in PostgreSQL (table `rate_limits`,
 * created by a migration). Each form names its budget; the key is usually the client's IP,
 * sometimes an e-mail address.
 */
export const RATE_LIMITS = {
  login: { points: 10, duration: 15 * 60 },
  // Sign-in attempts on one account from every address together: looser than per address, so that
  // spending it takes many addresses, and it only delays the owner, never locks the account.
  loginAccount: { points: 50, duration: 60 * 60 },
  // Consecutive failures on one account from one address (a counter: it never refuses by itself)…
  loginFailures: { points: 1_000_000, duration: 24 * 60 * 60 },
  // …and the growing wait they impose (set with `block`).
  loginDelay: { points: 1, duration: 1 },
  register: { points: 5, duration: 60 * 60 },
  passwordReset: { points: 5, duration: 60 * 60 },
  quoteRequest: { points: 5, duration: 60 * 60 },
  quoteRequestEmail: { points: 3, duration: 24 * 60 * 60 },
  // The contact form mails the team each time: a person writes a few times, a bot hundreds.
  contactMessage: { points: 5, duration: 60 * 60 },
  contactMessageEmail: { points: 5, duration: 24 * 60 * 60 },
  upload: { points: 20, duration: 60 * 60 },
  // Each try checks a password: per account, on top of the sign-in throttle.
  passwordChange: { points: 5, duration: 15 * 60 },
  // Each request sends two mails, one of them to an address the customer typed.
  emailChange: { points: 3, duration: 60 * 60 },
  emailChangeConfirm: { points: 20, duration: 60 * 60 },
  dataExport: { points: 1, duration: 24 * 60 * 60 },
  // Cookie banner answers: a person answers once or twice, but one office shares an address; a flood would fill the evidence table.
  consent: { points: 60, duration: 60 * 60 },
  // An OpenID Connect `state` is spent by its first callback: a replayed callback finds it used.
  oidcState: { points: 1, duration: 15 * 60 },
  // A bearer token not seen in the last minute is checked with its provider: an app's users bring a
  // few new tokens a minute, a flood of made-up ones would be a flood of calls to the provider.
  oidcBearer: { points: 120, duration: 60 },
} as const

export type RateLimitName = keyof typeof RATE_LIMITS

const limiters = new Map<RateLimitName, RateLimiterPostgres>()

function limiter(payload: Payload, name: RateLimitName): RateLimiterPostgres {
  let existing = limiters.get(name)
  if (!existing) {
    existing = new RateLimiterPostgres({
      storeClient: payload.db.pool,
      storeType: 'pool',
      tableName: 'rate_limits',
      tableCreated: true,
      keyPrefix: name,
      ...RATE_LIMITS[name],
    })
    limiters.set(name, existing)
  }
  return existing
}

/** Points spent on a key in its current window (0 when none). */
export async function spent(payload: Payload, name: RateLimitName, key: string): Promise<number> {
  const result = await limiter(payload, name).get(normalizeKey(key))
  return result?.consumedPoints ?? 0
}

/** Seconds before a key blocked with `blockFor` may act again; 0 when it is not blocked. */
export async function blockedFor(payload: Payload, name: RateLimitName, key: string): Promise<number> {
  const result = await limiter(payload, name).get(normalizeKey(key))
  if (!result || result.consumedPoints <= RATE_LIMITS[name].points) return 0
  return Math.max(0, Math.ceil(result.msBeforeNext / 1000))
}

export async function blockFor(payload: Payload, name: RateLimitName, key: string, seconds: number): Promise<void> {
  await limiter(payload, name).block(normalizeKey(key), seconds)
}

/** Forgets a key: its budget is whole again. */
export async function forget(payload: Payload, name: RateLimitName, key: string): Promise<void> {
  await limiter(payload, name).delete(normalizeKey(key))
}

/** Gives one point back (an attempt that turned out not to count). */
export async function giveBack(payload: Payload, name: RateLimitName, key: string): Promise<void> {
  await limiter(payload, name).reward(normalizeKey(key), 1)
}

const normalizeKey = (key: string) => key.toLowerCase().slice(0, 200)

/** Spends one point; `ok: false` with the seconds to wait once the budget is used up. */
export async function consume(
  payload: Payload,
  name: RateLimitName,
  key: string,
): Promise<{ ok: true } | { ok: false; retryAfter: number }> {
  try {
    await limiter(payload, name).consume(normalizeKey(key))
    return { ok: true }
  } catch (error) {
    if (error instanceof RateLimiterRes) return { ok: false, retryAfter: Math.ceil(error.msBeforeNext / 1000) }
    // The limiter's own failure must not lock customers out: log and let the request through.
    payload.logger.error({ err: error, msg: `rate limiter ${name} failed` })
    return { ok: true }
  }
}

/**
 * The client's address as the key of a per-address budget, or null for a request that did not come
 * over the network (our own Local API calls, the in-process test harness): Next.js fills
 * X-Forwarded-For on every HTTP request.
 *
 * Behind our server (scripts/server.ts) the header holds the one address it resolved from the
 * socket and TRUSTED_PROXIES. Without it (`next dev`, a bare `next start`) the header is whatever
 * the client sent: every request then shares one budget rather than picking its own.
 */
export function requestAddress(headers: Headers | undefined): string | null {
  const forwarded = headers?.get('x-forwarded-for')
  if (!forwarded) return null
  const resolved = process.env[CLIENT_ADDRESS_MARK] === '1' || process.env.NODE_ENV === 'test'
  if (!resolved) return 'unresolved'
  return budgetKey(forwarded.split(',').at(-1)!.trim())
}

/** `requestAddress` for the storefront's server actions, which always answer an HTTP request. */
export function clientIp(headers: Headers): string {
  return requestAddress(headers) ?? 'local'
}
