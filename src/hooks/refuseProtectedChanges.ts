import { ValidationError } from 'payload'
import type { FieldHook, PayloadRequest } from 'payload'

/**
 * Field access alone drops a forbidden value silently. This field hook runs before that access
 * check, so a visitor who tries to write a protected field (a role, a KYC status) gets a
 * field-level refusal and nothing is saved. Resending the current value is not a change.
 */
export function refuseProtectedChanges(
  mayWrite: (user: PayloadRequest['user']) => boolean,
  message: string,
): FieldHook {
  return ({ value, originalDoc, operation, req, path, collection }) => {
    if (!req.user || mayWrite(req.user) || value === undefined) return value
    const current = operation === 'update' ? originalDoc?.[path[path.length - 1] as string] : undefined
    if (JSON.stringify(value) === JSON.stringify(current)) return value
    throw new ValidationError({ collection: collection?.slug, errors: [{ path: path.join('.'), message }] }, req.t)
  }
}
