import type { CollectionBeforeChangeHook } from 'payload'

import type { Customer } from '@/payload-types'

/**
 * Staff set an address directly: a change the customer asked for earlier is then moot, and its link
 * must not later overwrite what staff chose.
 */
export const dropPendingEmailChange: CollectionBeforeChangeHook<Customer> = ({ data, originalDoc, operation }) => {
  if (operation !== 'update' || data.email === undefined || data.email === originalDoc?.email) return data
  return { ...data, pendingEmail: null, emailChangeTokenHash: null, emailChangeExpiresAt: null }
}
