import type { CollectionAfterChangeHook } from 'payload'

import type { SavedSearch } from '@/payload-types'
import { unsubscribeTokenHash } from '../unsubscribeToken'

/** The token is derived from the id, which exists only once the row is written. */
export const storeUnsubscribeHash: CollectionAfterChangeHook<SavedSearch> = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  await req.payload.db.updateOne({
    collection: 'saved-searches',
    id: doc.id,
    data: { unsubscribeTokenHash: unsubscribeTokenHash(doc.id) },
    req,
    returning: false,
  })
  return doc
}
