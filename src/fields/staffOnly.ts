import type { Field } from 'payload'

import { or } from '@/access/compose'
import { isAdmin, isSales } from '@/access/roles'
import { writableBy } from './writableBy'

/** Fields only sales and admins read or write: customers never see them (margins, notes, KYC). */
export function staffOnly(fields: Field[]): Field[] {
  return writableBy(or(isAdmin, isSales), 'This field is managed by Autoport staff.', fields).map((field) =>
    'name' in field && field.type !== 'ui'
      ? ({ ...field, access: { ...field.access, read: or(isAdmin, isSales) } } as Field)
      : field,
  )
}

/** Fields sales and admins write; the owner may read them. */
export function salesWritable(fields: Field[]): Field[] {
  return writableBy(or(isAdmin, isSales), 'Only Autoport staff can change this field.', fields)
}
