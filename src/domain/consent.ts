/**
 * Cookie consent (docs/privacy.md, Cookies and consent): what a visitor chose, as the browser keeps
 * it in a first-party cookie and as the server records it for evidence. No Payload, no DOM here.
 */

/** Optional categories; essential cookies (session, this choice) need no consent and are not listed. */
export const CONSENT_CATEGORIES = ['maps'] as const
export type ConsentCategory = (typeof CONSENT_CATEGORIES)[number]
export type ConsentChoices = Record<ConsentCategory, boolean>

/**
 * The version of the banner's wording. Change it whenever the text or the categories change: every
 * visitor is then asked again, and the records say which wording each answer was given to.
 */
export const CONSENT_TEXT_VERSION = '2026-12-01'

export const CONSENT_COOKIE = 'autoport_consent'

/** CNIL: a choice is kept six months at most, then the visitor is asked again. */
export const CONSENT_MAX_AGE_SECONDS = 182 * 24 * 60 * 60

export type StoredConsent = {
  /** Anonymous id of this browser, 32 hex digits, the link between the cookie and the server's record. */
  id: string
  version: string
  /** ISO date of the choice. */
  at: string
  choices: ConsentChoices
}

const visitorIdPattern = /^[0-9a-f]{32}$/

export function isVisitorId(value: unknown): value is string {
  return typeof value === 'string' && visitorIdPattern.test(value)
}

export const allChoices = (value: boolean): ConsentChoices =>
  Object.fromEntries(CONSENT_CATEGORIES.map((category) => [category, value])) as ConsentChoices

/** Exactly the known categories, each a boolean; anything else is refused (null). */
export function parseChoices(value: unknown): ConsentChoices | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null
  const entries = Object.entries(value)
  if (entries.length !== CONSENT_CATEGORIES.length) return null
  for (const [key, choice] of entries) {
    if (!(CONSENT_CATEGORIES as readonly string[]).includes(key) || typeof choice !== 'boolean') return null
  }
  return value as ConsentChoices
}

/** The cookie's value: compact, readable, URL-safe. */
export function encodeConsent(consent: StoredConsent): string {
  return encodeURIComponent(JSON.stringify({ id: consent.id, v: consent.version, at: consent.at, c: consent.choices }))
}

/**
 * The stored choice if it is still valid: well formed, given to the current wording, less than six
 * months old. Otherwise null, and the banner asks again.
 */
export function decodeConsent(raw: string | undefined | null, now: Date = new Date()): StoredConsent | null {
  if (!raw) return null
  let parsed: unknown
  try {
    parsed = JSON.parse(decodeURIComponent(raw))
  } catch {
    return null
  }
  if (!parsed || typeof parsed !== 'object') return null
  const { id, v, at, c } = parsed as Record<string, unknown>
  const choices = parseChoices(c)
  if (!isVisitorId(id) || v !== CONSENT_TEXT_VERSION || typeof at !== 'string' || !choices) return null
  const given = Date.parse(at)
  if (Number.isNaN(given) || given > now.getTime() + 60_000) return null
  if (now.getTime() - given > CONSENT_MAX_AGE_SECONDS * 1000) return null
  return { id, version: v, at: new Date(given).toISOString(), choices }
}

/** The consent cookie's value in a `document.cookie` / Cookie header string. */
export function readConsentCookie(cookieHeader: string): string | null {
  for (const part of cookieHeader.split(';')) {
    const [name, ...rest] = part.trim().split('=')
    if (name === CONSENT_COOKIE) return rest.join('=')
  }
  return null
}
