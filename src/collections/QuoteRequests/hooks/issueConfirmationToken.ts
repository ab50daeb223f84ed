import { createHash, randomBytes } from 'node:crypto'
import type { CollectionBeforeChangeHook } from 'payload'

import type { QuoteRequest } from '@/payload-types'

export const CONFIRMATION_VALIDITY_MS = 3 * 24 * 60 * 60 * 1000

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')

/** A new request gets a random confirmation token; only its hash is stored. */
export const issueConfirmationToken: CollectionBeforeChangeHook<QuoteRequest> = ({ data, operation, context }) => {
  if (operation !== 'create') return data
  const token = randomBytes(32).toString('base64url')
  context.confirmationToken = token
  return {
    ...data,
    status: 'pending',
    tokenHash: hashToken(token),
    expiresAt: new Date(Date.now() + CONFIRMATION_VALIDITY_MS).toISOString(),
    confirmedAt: null,
    customer: null,
    quote: null,
  }
}
