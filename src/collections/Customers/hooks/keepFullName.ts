import type { CollectionBeforeChangeHook } from 'payload'

import { customerFullName } from '@/domain/customerName'
import type { Customer } from '@/payload-types'

/**
 * `fullName` is written from the names (or the e-mail) on every save, whatever was sent for it:
 * the admin names customers by it, so it must never drift from the fields it repeats.
 */
export const keepFullName: CollectionBeforeChangeHook<Customer> = ({ data, originalDoc }) => {
  const pick = <K extends 'firstName' | 'lastName' | 'email'>(key: K) =>
    data[key] !== undefined ? data[key] : originalDoc?.[key]
  return {
    ...data,
    fullName: customerFullName({ firstName: pick('firstName'), lastName: pick('lastName'), email: pick('email') }),
  }
}
