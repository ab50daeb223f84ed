import { ValidationError } from 'payload'
import type { FieldHook } from 'payload'

import { or } from '@/access/compose'
import { isAdmin, isSales } from '@/access/roles'
import { changesNothing } from '@/hooks/refuseProtectedChanges'
import type { Quote } from '@/payload-types'

const isQuoteStaff = or(isAdmin, isSales)

/**
 * The reason is the customer's answer, given once: with the request that declines the sent quote.
 * Rewriting it later would change what staff read as the customer's decision after the fact.
 * Staff may correct it at any time.
 */
export const guardDeclineReason: FieldHook<Quote, string | null | undefined> = ({
  value,
  siblingData,
  originalDoc,
  operation,
  req,
  overrideAccess,
}) => {
  if (overrideAccess || value === undefined || isQuoteStaff({ req })) return value
  const declining = operation === 'update' && originalDoc?.status === 'sent' && siblingData?.status === 'declined'
  if (declining) return value
  if (changesNothing(value, operation === 'update' ? originalDoc?.declineReason : undefined)) return value
  throw new ValidationError(
    {
      collection: 'quotes',
      errors: [{ path: 'declineReason', message: 'A reason is given when declining a sent quote, not afterwards.' }],
    },
    req.t,
  )
}
