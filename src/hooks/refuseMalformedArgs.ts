import { APIError, ValidationError, type CollectionBeforeOperationHook } from 'payload'

import { checkDataShapes } from '@/api/checks/dataShapes'
import { checkPaging, UUID } from '@/api/checks/limits'
import { checkWhere } from '@/api/checks/where'

/**
 * Refuses malformed arguments from REST and GraphQL callers with a 400 before the operation runs:
 * out-of-range page/limit/depth, malformed where filters, ids that are no UUIDs, and data of the
 * wrong shape. Left alone, PostgreSQL or a hook fails on them and the caller gets a bare 500.
 * Our own Local API calls are trusted: they pass typed arguments and sometimes need no limit.
 */
export const refuseMalformedArgs: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  if (req.payloadAPI === 'local') return args
  const { id, where, data } = args as { id?: unknown; where?: unknown; data?: unknown }
  const problem =
    checkPaging(args as Record<string, unknown>) ??
    (where !== undefined && where !== null ? checkWhere(where, collection.flattenedFields) : null) ??
    (id !== undefined && !(typeof id === 'string' && UUID.test(id)) ? 'The id must be a UUID.' : null)
  if (problem) throw new APIError(problem, 400, undefined, true)
  if (data !== undefined) {
    const locales = req.payload.config.localization ? req.payload.config.localization.localeCodes : []
    const errors = checkDataShapes(collection.flattenedFields, data, locales)
    if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors, req })
  }
  return args
}
