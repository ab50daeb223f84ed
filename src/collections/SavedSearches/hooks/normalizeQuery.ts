import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import { canonicalSavedSearchQuery } from '@/domain/savedSearch'
import type { SavedSearch } from '@/payload-types'

/** Stores the search the way /vehicles writes it, and refuses one that would alert on everything. */
export const normalizeQuery: CollectionBeforeValidateHook<SavedSearch> = ({ data, operation, req }) => {
  if (!data || (operation === 'update' && data.query === undefined)) return data
  const query = canonicalSavedSearchQuery(data.query)
  if (!query) {
    throw new ValidationError(
      {
        collection: 'saved-searches',
        errors: [{ path: 'query', message: 'Choose at least one filter the vehicle search understands.' }],
      },
      req.t,
    )
  }
  return { ...data, query }
}
