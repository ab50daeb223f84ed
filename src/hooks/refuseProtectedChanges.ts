import { ValidationError } from 'payload'
import type { FieldHook } from 'payload'

import type { UserArgs } from '@/access/roles'

/** Who may write a protected field, asked with the same predicates as access control. */
export type WriteCheck = (args: UserArgs & { operation: 'create' | 'update' | undefined }) => boolean

/** True when every key given in `attempted` already holds that value in `current`. */
export function changesNothing(attempted: unknown, current: unknown): boolean {
  if (Array.isArray(attempted)) {
    return (
      Array.isArray(current) &&
      attempted.length === current.length &&
      attempted.every((item, index) => changesNothing(item, current[index]))
    )
  }
  if (attempted && current && typeof attempted === 'object' && typeof current === 'object') {
    return Object.entries(attempted).every(([key, value]) =>
      changesNothing(value, (current as Record<string, unknown>)[key]),
    )
  }
  const normalise = (value: unknown) => (value === undefined || value === '' ? null : value)
  return JSON.stringify(normalise(attempted)) === JSON.stringify(normalise(current))
}

/**
 * Field access alone drops a forbidden value silently. This field hook runs before that access
 * check, so a visitor who tries to write a protected field (a role, a KYC status) gets a
 * field-level refusal and nothing is saved. Resending the current value is not a change.
 */
export function refuseProtectedChanges(mayWrite: WriteCheck, message: string): FieldHook {
  return ({ value, siblingData, originalDoc, operation, req, path, collection, global, field, overrideAccess }) => {
    const name = ('name' in field && field.name) || String(path.at(-1))
    // Our own server code (hooks, seeds) writes with overrideAccess; a default value is not a write.
    if (overrideAccess || value === undefined || siblingData?.[name] === undefined) return value
    if (mayWrite({ req, operation: operation as 'create' | 'update' })) return value
    const current = operation === 'update' ? originalDoc?.[name] : undefined
    if (changesNothing(value, current)) return value
    throw new ValidationError(
      { collection: collection?.slug, global: global?.slug, errors: [{ path: path.join('.'), message }] },
      req.t,
    )
  }
}
