import type { Payload } from 'payload'
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible'

/**
 * Rate limits shared by every instance: atomic counters in PostgreSQL (table `rate_limits`,
 * created by a migration). Each form names its budget; the key is usually the client's IP,
 * sometimes an e-mail address.
 */
export const RATE_LIMITS = {
  login: { points: 10, duration: 15 * 60 },
  register: { points: 5, duration: 60 * 60 },
  passwordReset: { points: 5, duration: 60 * 60 },
  quoteRequest: { points: 5, duration: 60 * 60 },
  quoteRequestEmail: { points: 3, duration: 24 * 60 * 60 },
  upload: { points: 20, duration: 60 * 60 },
  // Cookie banner answers: a person answers once or twice, but one office shares an address; a flood would fill the evidence table.
  consent: { points: 60, duration: 60 * 60 },
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

/** Spends one point; `ok: false` with the seconds to wait once the budget is used up. */
export async function consume(
  payload: Payload,
  name: RateLimitName,
  key: string,
): Promise<{ ok: true } | { ok: false; retryAfter: number }> {
  try {
    await limiter(payload, name).consume(key.toLowerCase().slice(0, 200))
    return { ok: true }
  } catch (error) {
    if (error instanceof RateLimiterRes) return { ok: false, retryAfter: Math.ceil(error.msBeforeNext / 1000) }
    // The limiter's own failure must not lock customers out: log and let the request through.
    payload.logger.error({ err: error, msg: `rate limiter ${name} failed` })
    return { ok: true }
  }
}

/**
 * The client's address: the last X-Forwarded-For hop, the one added by the server or load balancer
 * in front of us. Earlier hops come from the client and could be forged to dodge a limit.
 */
export function clientIp(headers: Headers): string {
  return headers.get('x-forwarded-for')?.split(',').at(-1)?.trim() || headers.get('x-real-ip') || 'local'
}
