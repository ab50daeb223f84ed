import { createHmac, timingSafeEqual } from 'node:crypto'

import { getEnv } from '@/config/env'
import { hashToken } from '../QuoteRequests/hooks/issueConfirmationToken'

/**
 * The unsubscribe link's token is derived from the search's id with the server's secret, so the
 * digest can rebuild it every day and nothing secret is stored: the record keeps only its hash
 * (`unsubscribeTokenHash`), to find the search from a token.
 */
export function unsubscribeToken(searchId: string): string {
  const secret = getEnv().PAYLOAD_SECRET
  if (!secret) throw new Error('PAYLOAD_SECRET is required to sign unsubscribe links')
  return createHmac('sha256', secret).update(`saved-search-unsubscribe:${searchId}`).digest('base64url')
}

export const unsubscribeTokenHash = (searchId: string): string => hashToken(unsubscribeToken(searchId))

/** Compared in constant time; any malformed input is simply not valid. */
export function isValidUnsubscribeToken(searchId: unknown, token: unknown): boolean {
  if (typeof searchId !== 'string' || typeof token !== 'string' || token.length > 100) return false
  const expected = Buffer.from(unsubscribeToken(searchId))
  const given = Buffer.from(token)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/** The link of the digest (French at the root, English under /en). */
export function unsubscribeUrl(searchId: string, locale: 'fr' | 'en'): string {
  const query = new URLSearchParams({ id: searchId, token: unsubscribeToken(searchId) })
  return `${getEnv().SERVER_URL}${locale === 'en' ? '/en' : ''}/searches/unsubscribe?${query}`
}
