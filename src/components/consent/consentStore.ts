'use client'
import { useSyncExternalStore } from 'react'

import {
  CONSENT_COOKIE,
  CONSENT_MAX_AGE_SECONDS,
  CONSENT_TEXT_VERSION,
  decodeConsent,
  encodeConsent,
  readConsentCookie,
  type ConsentChoices,
  type StoredConsent,
} from '@/domain/consent'

/**
 * The visitor's cookie choice, read from the cookie in the browser only: the storefront's pages are
 * served from a shared cache, so the server never reads it (that would render them per visitor).
 */
const listeners = new Set<() => void>()
let snapshot: { raw: string | null; consent: StoredConsent | null } = { raw: null, consent: null }

function read(): StoredConsent | null {
  const raw = readConsentCookie(document.cookie)
  if (raw !== snapshot.raw) snapshot = { raw, consent: decodeConsent(raw) }
  return snapshot.consent
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** `undefined` while rendering on the server and hydrating (unknown), then the choice or null. */
export function useConsent(): StoredConsent | null | undefined {
  return useSyncExternalStore(subscribe, read, () => undefined)
}

function newVisitorId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/** The anonymous id survives a new answer (expired choice, new wording), so the records of one browser line up. */
function visitorId(): string {
  const raw = readConsentCookie(document.cookie)
  try {
    const id = raw ? (JSON.parse(decodeURIComponent(raw)) as { id?: unknown }).id : undefined
    if (typeof id === 'string' && /^[0-9a-f]{32}$/.test(id)) return id
  } catch {
    // a damaged cookie: start again
  }
  return newVisitorId()
}

/** Stores the choice in the cookie (six months) and sends it to the server's evidence log. */
export function saveConsent(choices: ConsentChoices, locale: string): void {
  const consent: StoredConsent = {
    id: visitorId(),
    version: CONSENT_TEXT_VERSION,
    at: new Date().toISOString(),
    choices,
  }
  const secure = location.protocol === 'https:' ? '; Secure' : ''
  document.cookie = `${CONSENT_COOKIE}=${encodeConsent(consent)}; Max-Age=${CONSENT_MAX_AGE_SECONDS}; Path=/; SameSite=Lax${secure}`
  for (const listener of listeners) listener()
  // The choice applies at once; the record is evidence, and a failed one is retried at the next answer.
  void fetch('/next/consent', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ visitorId: consent.id, textVersion: consent.version, choices, locale }),
    keepalive: true,
  }).catch(() => undefined)
}

const OPEN_EVENT = 'autoport:cookie-settings'

/** Reopens the banner (footer link, map placeholder). */
export function openCookieSettings(): void {
  window.dispatchEvent(new Event(OPEN_EVENT))
}

export function onOpenCookieSettings(listener: () => void): () => void {
  window.addEventListener(OPEN_EVENT, listener)
  return () => window.removeEventListener(OPEN_EVENT, listener)
}
