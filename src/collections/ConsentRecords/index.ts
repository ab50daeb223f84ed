import type { Access, CollectionConfig, RequestContext } from 'payload'

import { hiddenUnless } from '@/access/compose'
import { nobody } from '@/access/nobody'
import { isStaff } from '@/access/roles'

const CHECKED_CONSENT_ANSWER = Symbol('checkedConsentAnswer')

/** Marks a create made by the consent route after its own checks; no request body or header can carry a Symbol. */
export const checkedConsentAnswer = (): RequestContext => ({ [CHECKED_CONSENT_ANSWER]: true }) as RequestContext

const fromConsentRoute: Access = ({ req }) =>
  (req.context as Record<symbol, unknown>)?.[CHECKED_CONSENT_ANSWER] === true

/**
 * Evidence of cookie choices (docs/privacy.md, Cookies and consent): one line per answer to the
 * banner, written only by the storefront's consent route (the collection refuses everyone), read by
 * staff, never changed. No IP address: the anonymous id in the visitor's cookie links the two.
 */
export const ConsentRecords: CollectionConfig = {
  slug: 'consent-records',
  labels: { singular: 'Cookie consent', plural: 'Cookie consents' },
  admin: {
    group: 'Audit',
    defaultColumns: ['at', 'visitorId', 'choices', 'textVersion', 'customer'],
    useAsTitle: 'visitorId',
    hidden: hiddenUnless(isStaff),
  },
  access: { read: isStaff, create: fromConsentRoute, update: nobody, delete: nobody },
  timestamps: false,
  defaultSort: '-at',
  fields: [
    { name: 'at', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'visitorId', type: 'text', required: true, index: true, label: 'Anonymous visitor id' },
    { name: 'textVersion', type: 'text', required: true, label: 'Banner wording version' },
    {
      name: 'choices',
      type: 'group',
      fields: [{ name: 'maps', type: 'checkbox', required: true, label: 'Maps (Google Maps)' }],
    },
    { name: 'locale', type: 'select', options: ['fr', 'en'] },
    // Set from the session, never from the request body.
    { name: 'customer', type: 'relationship', relationTo: 'customers', index: true },
  ],
}
