import type { Field } from 'payload'

import { isSalesOrAdminField } from '@/access/isSalesOrAdmin'
import { hasRole } from '@/access/roles'
import { writableBy } from './writableBy'

/** Fields only sales and admins read or write: customers never see them (margins, notes, KYC). */
export function staffOnly(fields: Field[]): Field[] {
  return writableBy((user) => hasRole(user, 'admin', 'sales'), 'This field is managed by Autoport staff.', fields).map(
    (field) =>
      'name' in field && field.type !== 'ui'
        ? ({ ...field, access: { ...field.access, read: isSalesOrAdminField } } as Field)
        : field,
  )
}

/** Fields sales and admins write; the owner may read them. */
export function salesWritable(fields: Field[]): Field[] {
  return writableBy((user) => hasRole(user, 'admin', 'sales'), 'Only Autoport staff can change this field.', fields)
}
