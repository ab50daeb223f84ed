import { APIError, ValidationError, type CollectionBeforeOperationHook } from 'payload'

import { checkDataShapes } from '@/api/checks/dataShapes'
import { checkPaging, UUID } from '@/api/checks/limits'
import { checkSort } from '@/api/checks/sort'
import { checkWhere } from '@/api/checks/where'

/**
 * Refuses malformed arguments from REST and GraphQL callers with a 400 before the operation runs:
 * out-of-range page/limit/depth, malformed where filters, sorts on unknown fields, ids that are no
 * UUIDs, and data of the wrong shape. Left alone, PostgreSQL or a hook fails on them and the caller gets a bare 500.
 * Our own Local API calls are trusted: they pass typed arguments and sometimes need no limit.
 */
export const refuseMalformedArgs: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (req.payloadAPI === 'local') return args
  const { id, where, data, limit, sort } = args as {
    id?: unknown
    where?: unknown
    data?: unknown
    limit?: unknown
    sort?: unknown
  }
  // The admin's bulk edit and delete send limit=0 ("every match"); they need a where filter anyway.
  const bulk = (operation === 'update' || operation === 'delete') && id === undefined
  const problem =
    checkPaging({ ...(args as Record<string, unknown>), limit: bulk && limit === 0 ? undefined : limit }) ??
    (where !== undefined && where !== null ? checkWhere(where, collection.flattenedFields) : null) ??
    // Versions sort on their own fields (version.*), not the document's.
    (operation === 'read' ? checkSort(sort, collection.flattenedFields) : null) ??
    (id !== undefined && !(typeof id === 'string' && UUID.test(id)) ? 'The id must be a UUID.' : null)
  if (problem) throw new APIError(problem, 400, undefined, true)
  if (data !== undefined) {
    const locales = req.payload.config.localization ? req.payload.config.localization.localeCodes : []
    const errors = checkDataShapes(collection.flattenedFields, data, locales)
    if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors, req })
  }
  return args
}
