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
}

function signature(body: string): Buffer {
  const key = createHmac('sha256', getEnv().PAYLOAD_SECRET).update('oidc-flow-cookie').digest()
  return createHmac('sha256', key).update(body).digest()
}

export function sealFlow(flow: Flow): string {
  const body = Buffer.from(JSON.stringify(flow)).toString('base64url')
  return `${body}.${signature(body).toString('base64url')}`
}

export function openFlow(value: string | undefined | null, now = Date.now()): Flow | null {
  if (!value) return null
  const [body, mac] = value.split('.')
  if (!body || !mac) return null
  const expected = signature(body)
  const given = Buffer.from(mac, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  try {
    const flow = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Flow
    return typeof flow.expiresAt === 'number' && flow.expiresAt > now ? flow : null
  } catch {
    return null
  }
}

function secure(): boolean {
  const env = getEnv()
  return env.NODE_ENV === 'production' && env.SERVER_URL.startsWith('https://')
}

/** Lax: the provider sends the browser back with a top-level GET, which carries Lax cookies. */
export function flowCookieHeader(provider: string, value: string | null): string {
  const parts = [
    `${FLOW_COOKIE}=${value ?? ''}`,
    `Path=/api/oidc/${provider}`,
    'HttpOnly',
    'SameSite=Lax',
    value ? `Max-Age=${FLOW_TTL_SECONDS}` : 'Max-Age=0',
  ]
  if (secure()) parts.push('Secure')
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
