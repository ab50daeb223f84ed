import type { FlattenedField } from 'payload'

import { fieldAtPath } from './fieldPaths'
import { API_LIMITS, UUID } from './limits'

const OPERATORS = new Set([
  'equals',
  'contains',
  'not_equals',
  'in',
  'all',
  'not_in',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'within',
  'intersects',
  'near',
])
const GEO_OPERATORS = new Set(['within', 'intersects', 'near'])
const ID_OPERATORS = new Set(['equals', 'not_equals', 'in', 'not_in', 'all'])

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** qs turns `or[0]` into an array but long lists into objects keyed by index: both are lists. */
function asList(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value
  if (isPlainObject(value) && Object.keys(value).every((key) => /^\d+$/.test(key))) return Object.values(value)
  return null
}

function asIds(value: unknown): unknown[] {
  if (typeof value === 'string') return value.split(',')
  return asList(value) ?? [value]
}

/** Ids are UUIDs here: anything else makes PostgreSQL fail the cast, which Payload reports as a 500. */
function holdsIds(field: FlattenedField | 'id', rest: string[]): boolean {
  if (field === 'id') return true
  if (field.type !== 'relationship' && field.type !== 'upload') return false
  // `customer.email` queries the related collection; `customer.value` a polymorphic relation's id.
  return rest.length === 0 || (rest.length === 1 && (rest[0] === 'id' || rest[0] === 'value'))
}

/**
 * A reason when a where filter is malformed (shape, operator, id format, geo operator on a
 * non-point field), else null. Unknown field paths are left to Payload, which refuses them with a 400.
 */
export function checkWhere(where: unknown, fields: FlattenedField[], nesting = 0): string | null {
  if (!isPlainObject(where)) return 'where must be an object of field paths and operators.'
  if (nesting > API_LIMITS.maxWhereNesting)
    return `where nests and/or deeper than ${API_LIMITS.maxWhereNesting} levels.`
  for (const [key, condition] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      const list = asList(condition)
      if (!list) return `where.${key} must be a list of conditions.`
      for (const item of list) {
        const problem = checkWhere(item, fields, nesting + 1)
        if (problem) return problem
      }
      continue
    }
    if (!isPlainObject(condition)) return `where.${key} must map operators to values, e.g. where[${key}][equals]=…`
    const found = key === 'id' ? { field: 'id' as const, rest: [] } : fieldAtPath(fields, key)
    for (const [operator, value] of Object.entries(condition)) {
      if (!OPERATORS.has(operator)) return `where.${key}: unknown operator "${operator}".`
      if (!found) continue
      if (GEO_OPERATORS.has(operator) && (found.field === 'id' || found.field.type !== 'point')) {
        return `where.${key}: "${operator}" applies to point fields only.`
      }
      if (ID_OPERATORS.has(operator) && holdsIds(found.field, found.rest) && value !== null && value !== 'null') {
        if (!asIds(value).every((id) => typeof id === 'string' && UUID.test(id)))
          return `where.${key}.${operator}: ids are UUIDs.`
      }
      if (operator === 'exists' && ![true, false, 'true', 'false'].includes(value as never)) {
        return `where.${key}.exists must be true or false.`
      }
    }
  }
  return null
}
