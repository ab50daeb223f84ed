import { sql } from '@payloadcms/db-postgres'
import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { requestDb } from '@/db/requestDb'
import { MAX_SAVED_SEARCHES } from '@/domain/savedSearch'
import { idOf } from '@/domain/relationId'
import type { SavedSearch } from '@/payload-types'

/**
 * Each search costs a query a day: a customer keeps a bounded number. The lock on the customer makes
 * two saves sent at once count each other.
 */
export const limitPerCustomer: CollectionBeforeChangeHook<SavedSearch> = async ({ data, operation, req }) => {
  const customer = idOf(data.customer ?? undefined)
  if (operation !== 'create' || !customer) return data
  await (
    await requestDb(req)
  ).execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${`saved-searches:${customer}`}, 0))`)
  const { totalDocs } = await req.payload.count({
    collection: 'saved-searches',
    where: { customer: { equals: customer } },
    req,
  })
  if (totalDocs >= MAX_SAVED_SEARCHES) {
    throw new ValidationError(
      {
        collection: 'saved-searches',
        errors: [{ path: 'customer', message: `At most ${MAX_SAVED_SEARCHES} saved searches: delete one first.` }],
      },
      req.t,
    )
  }
  return data
}
