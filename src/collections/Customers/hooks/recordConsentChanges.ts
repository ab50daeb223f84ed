import type { CollectionBeforeChangeHook } from 'payload'

import { isStaffUser } from '@/access/roles'
import type { Customer } from '@/payload-types'

export const CONSENT_TEXT_VERSION = '2026-11'
const CHANNELS = ['marketingEmail', 'sms'] as const

/**
 * Stamps each consent change with its date, source and wording version and appends it to the
 * history. Only `granted` is taken from the request: the evidence fields are always ours.
 */
export const recordConsentChanges: CollectionBeforeChangeHook<Customer> = ({ data, originalDoc, req }) => {
  const now = new Date().toISOString()
  const source = isStaffUser(req.user) ? `staff:${req.user.email}` : String(req.context?.consentSource ?? 'account')
  const history = [...(originalDoc?.consentHistory ?? [])]
  const consents: Record<string, unknown> = {}
  for (const channel of CHANNELS) {
    const previous = originalDoc?.consents?.[channel]
    const before = Boolean(previous?.granted)
    const requested = data.consents?.[channel]?.granted
    const after = requested === undefined ? before : Boolean(requested)
    if (after === before) {
      consents[channel] = previous ?? { granted: false }
      continue
    }
    const record = { granted: after, at: now, source, textVersion: CONSENT_TEXT_VERSION }
    consents[channel] = record
    history.push({ channel, ...record })
  }
  return { ...data, consents, consentHistory: history }
}
