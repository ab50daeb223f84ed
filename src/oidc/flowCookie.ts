import { createHmac, timingSafeEqual } from 'node:crypto'

import { getEnv } from '@/config/env'

/**
 * What the callback must find again: `state`, `nonce` and the PKCE verifier, in a short-lived,
 * signed, httpOnly cookie scoped to the callback route. Another browser has no cookie, a forged one
 * fails the signature, an old one has expired; the state is also spent once used (see callback).
 */

export const FLOW_COOKIE = 'autoport-oidc-flow'
export const FLOW_TTL_SECONDS = 10 * 60

export type Flow = {
  provider: string
  state: string
  nonce: string
  verifier: string
  /** Where to go after: a same-site path, already checked. */
  next: string
  locale: string
  expiresAt: number
  /** A link from the profile: the customer (and their session) that started it; absent for a sign-in. */
  link?: { customer: string; sid?: string }
}

/** Each purpose its own key: a sealed flow is never accepted as a pending link, nor the reverse. */
function signature(purpose: string, body: string): Buffer {
  const key = createHmac('sha256', getEnv().PAYLOAD_SECRET).update(purpose).digest()
  return createHmac('sha256', key).update(body).digest()
}

function seal(purpose: string, value: object): string {
  const body = Buffer.from(JSON.stringify(value)).toString('base64url')
  return `${body}.${signature(purpose, body).toString('base64url')}`
}

function unseal<T extends { expiresAt: number }>(
  purpose: string,
  value: string | undefined | null,
  now: number,
): T | null {
  if (!value) return null
  const [body, mac] = value.split('.')
  if (!body || !mac) return null
  const expected = signature(purpose, body)
  const given = Buffer.from(mac, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  try {
    const sealed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as T
    return typeof sealed.expiresAt === 'number' && sealed.expiresAt > now ? sealed : null
  } catch {
    return null
  }
}

export const sealFlow = (flow: Flow): string => seal('oidc-flow-cookie', flow)

export const openFlow = (value: string | undefined | null, now = Date.now()): Flow | null =>
  unseal<Flow>('oidc-flow-cookie', value, now)

/**
 * A link from the profile, between the callback and /link/finish: the identity the provider vouched
 * for, and the customer the flow was started by. The callback cannot see the customer's session (the
 * provider's request is cross-site, Payload ignores the session cookie there, a form_post does not
 * even carry it), so the link is made one same-origin step later, where it can.
 */
export const PENDING_LINK_COOKIE = 'autoport-oidc-link'
export const PENDING_LINK_TTL_SECONDS = 2 * 60

export type PendingLink = {
  /** Spent once at /link/finish. */
  id: string
  provider: string
  customer: string
  sid?: string
  subject: string
  email: string | null
  emailVerified: boolean
  locale: string
  expiresAt: number
}

export const sealPendingLink = (link: PendingLink): string => seal('oidc-pending-link', link)

export const openPendingLink = (value: string | undefined | null, now = Date.now()): PendingLink | null =>
  unseal<PendingLink>('oidc-pending-link', value, now)

export function pendingLinkCookieHeader(provider: string, value: string | null): string {
  const parts = [
    `${PENDING_LINK_COOKIE}=${value ?? ''}`,
    `Path=/api/oidc/${provider}/link`,
    'HttpOnly',
    'SameSite=Lax',
    value ? `Max-Age=${PENDING_LINK_TTL_SECONDS}` : 'Max-Age=0',
  ]
  if (secure()) parts.push('Secure')
  return parts.join('; ')
}

function secure(): boolean {
  const env = getEnv()
  return env.NODE_ENV === 'production' && env.SERVER_URL.startsWith('https://')
}

/**
 * Lax where the provider sends the browser back with a top-level GET, which carries Lax cookies.
 * A form_post provider sends it back with a cross-site POST, which carries no Lax cookie: there the
 * cookie is SameSite=None, which browsers only keep when Secure (and send over https, or to
 * http://localhost, which they treat as secure). Sending it cross-site gives nothing away: it only
 * holds what the callback checks the provider's answer against (state, nonce, PKCE verifier), is
 * scoped to this provider's callback path, and a POST without the matching `state` is refused.
 */
export function flowCookieHeader(provider: string, value: string | null, crossSitePost = false): string {
  const parts = [
    `${FLOW_COOKIE}=${value ?? ''}`,
    `Path=/api/oidc/${provider}`,
    'HttpOnly',
    crossSitePost ? 'SameSite=None' : 'SameSite=Lax',
    value ? `Max-Age=${FLOW_TTL_SECONDS}` : 'Max-Age=0',
  ]
  if (crossSitePost || secure()) parts.push('Secure')
  return parts.join('; ')
}

/** Remembers which provider opened the session, for RP-initiated logout (not a secret). */
export const SIGNED_IN_WITH_COOKIE = 'autoport-oidc-provider'

export function signedInWithCookieHeader(provider: string | null, maxAgeSeconds = 0): string {
  const parts = [
    `${SIGNED_IN_WITH_COOKIE}=${provider ?? ''}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${provider ? maxAgeSeconds : 0}`,
  ]
  if (secure()) parts.push('Secure')
  return parts.join('; ')
}

export function readCookie(header: string | null | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return rest.join('=')
  }
  return undefined
}
