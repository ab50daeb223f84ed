import { createHash, randomBytes } from 'node:crypto'

/** A confirmation link for a new address works for a day; a later one needs a new request. */
export const EMAIL_CHANGE_VALIDITY_MS = 24 * 60 * 60 * 1000

/** A fresh one-time token: the link carries it, the database only its hash. */
export function newEmailChangeToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url')
  return { token, hash: hashEmailChangeToken(token) }
}

export const hashEmailChangeToken = (token: string): string => createHash('sha256').update(token).digest('hex')

/** What a link may carry before we even look it up (the base64url of 32 bytes is 43 characters). */
export const looksLikeEmailChangeToken = (token: string): boolean => /^[A-Za-z0-9_-]{20,100}$/.test(token)

/**
 * An address shown to the holder of the old mailbox, who may not be the person who asked: enough to
 * recognise one's own new address (first letter and domain), not enough to learn someone else's.
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@')
  if (at < 1) return '***'
  return `${email[0]}***${email.slice(at)}`
}

export const normaliseEmail = (email: string): string => email.trim().toLowerCase()
