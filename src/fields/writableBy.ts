import type { Field, FieldAccess } from 'payload'

import { refuseProtectedChanges, type WriteCheck } from '@/hooks/refuseProtectedChanges'

/**
 * Restricts writing the given top-level fields to users passing `mayWrite`: others get the field
 * read-only in the admin and a field-level refusal over the API.
 */
export function writableBy(mayWrite: WriteCheck, message: string, fields: Field[]): Field[] {
  const create: FieldAccess = ({ req }) => mayWrite({ req, operation: 'create' })
  const update: FieldAccess = ({ req }) => mayWrite({ req, operation: 'update' })
  return fields.map((field) => {
    if (!('name' in field) || field.type === 'ui') return field
    return {
      ...field,
      access: { ...field.access, create, update },
      hooks: {
        ...field.hooks,
        beforeValidate: [refuseProtectedChanges(mayWrite, message), ...(field.hooks?.beforeValidate ?? [])],
      },
    } as Field
  })
}
