import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

import {
  APIError,
  type CollectionAfterLoginHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'

import { loginDelaySeconds } from '@/domain/loginDelay'
import { blockedFor, blockFor, consume, forget, giveBack, requestAddress, spent, type RateLimitName } from './rateLimit'

/**
 * The storefront's budgets (src/security/rateLimit.ts) on every door: REST, GraphQL and the
 * admin, not only the storefront's forms. They run as collection hooks, before anything is
 * created or mailed.
 *
 * Who is counted: a request that came over the network (REST, GraphQL), under its client's
 * address; a Local API call only when it says whom it serves (`context.clientAddress`, set by the
 * portal's sign-in). The storefront's other forms count their visitors themselves before calling
 * the Local API; seeds, jobs and tests are not visitors.
 */

/** 429 with the seconds to wait; the API routes turn `data.retryAfter` into a Retry-After header. */
export class TooManyRequests extends APIError<{ retryAfter: number }> {
  constructor(retryAfter: number, message?: string) {
    const seconds = Math.max(1, Math.ceil(retryAfter))
    super(
      message ?? `Too many requests: try again in ${seconds} second${seconds === 1 ? '' : 's'}.`,
      429,
      { retryAfter: seconds },
      true,
    )
  }
}

/** The budget key of the client a request serves, or null when it serves none. */
export function clientAddressOf(req: PayloadRequest): string | null {
  const declared = req.context?.clientAddress
  if (typeof declared === 'string' && declared) return declared
  if (req.payloadAPI === 'local') return null
  return requestAddress(req.headers)
}

type Budgets = ReadonlyArray<readonly [RateLimitName, string]>

async function spend(req: PayloadRequest, budgets: Budgets): Promise<void> {
  const results = await Promise.all(budgets.map(([name, key]) => consume(req.payload, name, key)))
  const waits = results.flatMap((result) => (result.ok ? [] : [result.retryAfter]))
  if (waits.length) throw new TooManyRequests(Math.max(...waits))
}

/** Staff work through the admin all day: their own creations are not budgeted. */
const isStaff = (req: PayloadRequest) => req.user?.collection === 'users'

/**
 * Budgets for creating a document of this collection: each (name, key) pair spends one point,
 * the key derived from the client's address or the request.
 */
export function createBudget(
  budgets: (address: string, req: PayloadRequest, data: Record<string, unknown>) => Budgets,
): CollectionBeforeOperationHook {
  return async ({ args, operation, req }) => {
    if (operation !== 'create' || isStaff(req)) return args
    const address = clientAddressOf(req)
    if (!address) return args
    const data = (args as { data?: unknown }).data
    await spend(
      req,
      budgets(address, req, typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {}),
    )
    return args
  }
}

const emailOf = (data: Record<string, unknown> | undefined): string | null =>
  typeof data?.email === 'string' && data.email.trim() ? data.email.trim().toLowerCase() : null

/** Password-reset mails: per address and per e-mail, as the storefront's form. */
export const forgotPasswordBudget: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'forgotPassword') return args
  const address = clientAddressOf(req)
  if (!address) return args
  const email = emailOf((args as { data?: Record<string, unknown> }).data)
  await spend(req, [['passwordReset', address], ...(email ? [['passwordReset', `email:${email}`] as const] : [])])
  return args
}

const pairKey = (email: string, address: string) => `${email}|${address}`

/** A hash as costly as Payload's (PBKDF2-SHA256, 600 000 rounds), for accounts that do not exist. */
const pbkdf2Async = promisify(pbkdf2)
const decoySalt = randomBytes(32).toString('hex')

/**
 * Every sign-in, before the password is checked. Refused (429, nothing checked) while this address
 * must wait after repeated failures on this account, or when the address's or the account's budget
 * is spent. Otherwise the attempt is counted as a failure until `loginSucceeded` clears it, and the
 * next wait is set. Payload never locks an account (maxLoginAttempts: 0): a stranger cannot keep
 * its owner out, only slow down the addresses that guess.
 *
 * An unknown e-mail costs the same hash as a known one, so timing does not tell which exists;
 * Payload answers both with the same 401 message.
 */
export const loginThrottle: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'login') return args
  const address = clientAddressOf(req)
  if (!address) return args
  const data = (args as { data?: Record<string, unknown> }).data
  const email = emailOf(data)
  if (!email) return args
  const { payload } = req
  const pair = pairKey(email, address)
  const wait = await blockedFor(payload, 'loginDelay', pair)
  if (wait > 0) throw tooManyAttempts(wait)
  const results = await Promise.all([
    consume(payload, 'login', address),
    consume(payload, 'loginAccount', `${collection.slug}:${email}`),
  ])
  const waits = results.flatMap((result) => (result.ok ? [] : [result.retryAfter]))
  if (waits.length) throw tooManyAttempts(Math.max(...waits))

  await consume(payload, 'loginFailures', pair)
  const delay = loginDelaySeconds(await spent(payload, 'loginFailures', pair))
  if (delay > 0) await blockFor(payload, 'loginDelay', pair, delay)

  const exists = await payload.db.findOne({
    collection: collection.slug,
    req,
    where: { email: { equals: email } },
  })
  if (!exists) {
    const password = typeof data?.password === 'string' ? data.password : ''
    await pbkdf2Async(password, decoySalt, 600_000, 32, 'sha256')
  }
  return args
}

/**
 * A right password: this address starts afresh on this account, and the attempt leaves the
 * address's and the account's budgets (only failures spend them: colleagues behind one office
 * address sign in all day).
 */
export const loginSucceeded: CollectionAfterLoginHook = async ({ collection, req, user }) => {
  const address = clientAddressOf(req)
  const email = typeof user?.email === 'string' ? user.email.toLowerCase() : null
  if (!address || !email) return
  const pair = pairKey(email, address)
  await Promise.all([
    forget(req.payload, 'loginFailures', pair),
    forget(req.payload, 'loginDelay', pair),
    giveBack(req.payload, 'login', address),
    giveBack(req.payload, 'loginAccount', `${collection.slug}:${email}`),
  ])
}

function tooManyAttempts(seconds: number): TooManyRequests {
  const wait = Math.max(1, Math.ceil(seconds))
  return new TooManyRequests(wait, `Too many attempts: try again in ${wait} second${wait === 1 ? '' : 's'}.`)
}
