/**
 * API clients (partner apps, the mobile app) call with `Authorization: Bearer <access token>` issued
 * by one of our OpenID Connect providers. The provider says whether the token is good (introspection,
 * or userinfo); what is decided here is which provider may be asked, and whether its answer is
 * enough: the token must be active, unexpired, from that issuer, and issued to a client we accept.
 */

export type IntrospectionAnswer = {
  active?: unknown
  sub?: unknown
  exp?: unknown
  iss?: unknown
  client_id?: unknown
  aud?: unknown
  token_type?: unknown
}

export type TokenVerdict =
  | { ok: true; subject: string; expiresAt: number | null }
  | { ok: false; reason: 'inactive' | 'expired' | 'noSubject' | 'otherIssuer' | 'otherClient' | 'notAccessToken' }

/**
 * RFC 7662: `active` alone is the provider's verdict, but its other fields are checked too, since a
 * provider answers for every token it issued, to any app: the token must have been issued to one of
 * `clients` (its `client_id`, or one of its audiences).
 */
export function judgeIntrospection(
  answer: IntrospectionAnswer,
  expected: { issuer: string; clients: readonly string[]; now: number },
): TokenVerdict {
  if (answer.active !== true) return { ok: false, reason: 'inactive' }
  if (typeof answer.sub !== 'string' || !answer.sub) return { ok: false, reason: 'noSubject' }
  const exp = typeof answer.exp === 'number' ? answer.exp * 1000 : null
  if (exp !== null && exp <= expected.now) return { ok: false, reason: 'expired' }
  if (answer.iss !== undefined && trimSlash(String(answer.iss)) !== trimSlash(expected.issuer)) {
    return { ok: false, reason: 'otherIssuer' }
  }
  // A refresh token is introspectable too, but it is not a key to the API.
  if (answer.token_type !== undefined && String(answer.token_type).toLowerCase() !== 'bearer') {
    return { ok: false, reason: 'notAccessToken' }
  }
  const audiences = Array.isArray(answer.aud) ? answer.aud : answer.aud === undefined ? [] : [answer.aud]
  const named = [answer.client_id, ...audiences].filter((value): value is string => typeof value === 'string')
  if (!named.some((value) => expected.clients.includes(value))) return { ok: false, reason: 'otherClient' }
  return { ok: true, subject: answer.sub, expiresAt: exp }
}

const trimSlash = (value: string) => value.replace(/\/$/, '')

/**
 * The `iss` of a token that is a JWT, read without checking anything: only to choose which provider
 * to ask (the provider then judges the token). Null for an opaque token, or a JWT without an issuer.
 */
export function unverifiedIssuer(token: string): string | null {
  const parts = token.split('.')
  if (parts.length !== 3) return null
  try {
    const claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as unknown
    const iss = (claims as { iss?: unknown } | null)?.iss
    return typeof iss === 'string' && iss ? iss : null
  } catch {
    return null
  }
}

type Candidate = { id: string; issuer: string }

/**
 * Which providers may see the token. A token is never sent to a provider that did not issue it (that
 * provider's operator could use it): a JWT names its issuer; an opaque token goes to the provider the
 * client names (`providerHeader`), or to the only provider there is. A JWT of ours (Payload's, no
 * issuer) goes to none: Payload's own strategy reads it.
 */
export function bearerCandidates<T extends Candidate>(
  token: string,
  providers: readonly T[],
  providerHeader: string | null,
): T[] {
  const named = providerHeader?.trim().toLowerCase()
  const pool = named ? providers.filter((provider) => provider.id === named) : providers
  if (token.split('.').length === 3) {
    const iss = unverifiedIssuer(token)
    if (!iss) return []
    return pool.filter((provider) => trimSlash(provider.issuer) === trimSlash(iss))
  }
  return named || pool.length === 1 ? [...pool] : []
}

/**
 * A short memory of the providers' answers, so a burst of calls with one token asks once: each entry
 * has its own end (never past the token's own expiry, see limit) and the oldest go first beyond
 * `maxEntries`. A pending answer is shared by every call waiting for it.
 */
export class AnswerCache<V> {
  private readonly entries = new Map<string, { until: number; value: Promise<V> }>()

  constructor(private readonly options: { maxEntries: number; now?: () => number }) {}

  private now(): number {
    return this.options.now?.() ?? Date.now()
  }

  get(key: string): Promise<V> | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    if (entry.until <= this.now()) {
      this.entries.delete(key)
      return undefined
    }
    return entry.value
  }

  /** Kept until `until` (ms since the epoch); 0 or less: not kept at all. */
  set(key: string, value: Promise<V>, until: number): void {
    this.entries.delete(key)
    if (until <= this.now()) return
    while (this.entries.size >= this.options.maxEntries) {
      const oldest = this.entries.keys().next().value
      if (oldest === undefined) break
      this.entries.delete(oldest)
    }
    this.entries.set(key, { until, value })
  }

  /** Shortens (or drops) an entry once its answer tells how long it may be trusted. */
  limit(key: string, value: Promise<V>, until: number): void {
    const entry = this.entries.get(key)
    if (!entry || entry.value !== value) return
    if (until <= this.now()) this.entries.delete(key)
    else entry.until = Math.min(entry.until, until)
  }

  forgetIf(key: string, value: Promise<V>): void {
    if (this.entries.get(key)?.value === value) this.entries.delete(key)
  }

  clear(): void {
    this.entries.clear()
  }

  get size(): number {
    return this.entries.size
  }
}
