import type { CollectionBeforeValidateHook } from 'payload'

import { customerId } from '@/access/roles'
import { idOf } from '@/domain/relationId'
import type { SavedSearch } from '@/payload-types'

/**
 * A customer saves searches for themselves only, whatever the form sent, and never moves one to
 * somebody else; the digest's bookkeeping (when it last wrote, what it already considered) is the
 * server's alone. New searches look only at vehicles published from now on.
 */
export const ownership: CollectionBeforeValidateHook<SavedSearch> = ({ data, operation, originalDoc, req }) => {
  if (!data) return data
  const customer = customerId(req.user)
  if (operation === 'create') {
    if (!customer) return { ...data, checkedUntil: data.checkedUntil ?? new Date().toISOString() }
    return {
      ...data,
      customer,
      checkedUntil: new Date().toISOString(),
      lastAlertAt: null,
      unsubscribeTokenHash: null,
    }
  }
  const kept = { ...data, customer: idOf(originalDoc?.customer) ?? data.customer }
  if (!customer) return kept
  const { lastAlertAt: _lastAlertAt, checkedUntil: _checkedUntil, unsubscribeTokenHash: _hash, ...own } = kept
  return own
}
