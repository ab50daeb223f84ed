import type { CollectionConfig } from 'payload'

import { hiddenUnless, or } from '@/access/compose'
import { creating } from '@/access/operation'
import { ownCustomer } from '@/access/ownCustomer'
import { isAdmin, isSales, isVisitor } from '@/access/roles'
import { getEnv } from '@/config/env'
import { COUNTRIES } from '@/domain/countries'
import { FR_REGIONS } from '@/domain/regions'
import { phoneField } from '@/fields/phone'
import { staffOnly } from '@/fields/staffOnly'
import { writableBy } from '@/fields/writableBy'
import { refuseProtectedChanges } from '@/hooks/refuseProtectedChanges'
import { createBudget, forgotPasswordBudget, loginSucceeded, loginThrottle } from '@/security/requestBudgets'
import { consentField } from './consentField'
import { resetPassword, verifyEmail } from './emails'
import { dropPendingEmailChange } from './hooks/dropPendingEmailChange'
import { keepFullName } from './hooks/keepFullName'
import { recordConsentChanges } from './hooks/recordConsentChanges'
import { refusePasswordUpdate } from './hooks/refusePasswordUpdate'
import { recordLastLogin, refuseErasedLogin } from './hooks/erasedLogin'
import { eraseEndpoint } from './eraseEndpoint'
import { plainText } from '@/fields/plainText'
import { bearerMe, providerBearerStrategy } from '@/oidc/bearer'
import { identitiesField } from '@/oidc/identitiesField'
import { readOnlyJson } from '@/fields/readOnlyJson'

/** Storefront accounts. Never admitted to /admin (only `users` sign in there). */
export const Customers: CollectionConfig = {
  slug: 'customers',
  admin: {
    // Named by their name everywhere in the admin (relationship fields, lists, the dashboard).
    useAsTitle: 'fullName',
    group: 'Sales',
    defaultColumns: ['fullName', 'email', 'phone', 'country', 'kycStatus', 'createdAt'],
    listSearchableFields: ['fullName', 'email', 'lastName', 'firstName', 'phone'],
    hidden: hiddenUnless(or(isAdmin, isSales)),
  },
  auth: {
    verify: verifyEmail,
    forgotPassword: { ...resetPassword, expiration: 60 * 60 * 1000 },
    // Never locked: a stranger could keep the owner out. Failed sign-ins are slowed down instead
    // (src/security/requestBudgets.ts, loginThrottle).
    maxLoginAttempts: 0,
    // API clients: `Authorization: Bearer` with an access token of one of our providers (src/oidc/bearer.ts).
    strategies: [providerBearerStrategy('customers')],
    tokenExpiration: 7 * 24 * 60 * 60,
    cookies: {
      secure: getEnv().NODE_ENV === 'production' && getEnv().SERVER_URL.startsWith('https://'),
      sameSite: 'Lax',
    },
  },
  access: {
    admin: () => false,
    // Sales and admins see every customer, a customer only themselves, marketing none.
    read: or(isAdmin, isSales, ownCustomer('id')),
    // Registration is public (rate-limited on every door); staff can open accounts too.
    create: or(isVisitor, isAdmin, isSales),
    update: or(isAdmin, isSales, ownCustomer('id')),
    delete: isAdmin,
    unlock: or(isAdmin, isSales),
  },
  hooks: {
    beforeOperation: [
      loginThrottle,
      forgotPasswordBudget,
      createBudget((address) => [['register', address]]),
      refusePasswordUpdate,
    ],
    beforeChange: [recordConsentChanges, dropPendingEmailChange, keepFullName],
    beforeLogin: [refuseErasedLogin],
    afterLogin: [loginSucceeded, recordLastLogin],
    me: [bearerMe],
  },
  endpoints: [eraseEndpoint],
  fields: [
    // Payload's own auth fields, narrowed: by default a signed-in customer may rewrite them through
    // update, so an account could take over another person's address (and the sourcing requests
    // later confirmed from it) or mark itself verified. The address is chosen at registration; a
    // customer changes it through the portal's confirmed flow (link sent to the new address), staff
    // directly in the admin. Customers verify through the e-mailed link.
    ...writableBy(
      or(creating, isAdmin, isSales),
      'To change your e-mail address, use the form of your account: we send a link to the new address.',
      [{ name: 'email', type: 'email' }],
    ),
    ...writableBy(or(isAdmin, isSales), 'Only Autoport staff can mark an address as verified.', [
      { name: '_verified', type: 'checkbox' },
    ]),
    // A change of address the customer asked for, waiting for the click in the new mailbox. Only the
    // confirmed `email` signs in or receives anything (quote requests included); the token's hash and
    // expiry are never sent out over the API, to anyone.
    ...writableBy(() => false, 'The new address is set by its confirmation link.', [
      {
        name: 'pendingEmail',
        type: 'email',
        admin: {
          position: 'sidebar',
          readOnly: true,
          description: 'Asked for by the customer, not confirmed yet (the link is valid 24 h).',
        },
      },
      // Written by our code only: a customer who could set the hash of a token they know would confirm
      // an address they do not own.
      { name: 'emailChangeTokenHash', type: 'text', index: true, hidden: true },
      { name: 'emailChangeExpiresAt', type: 'date', hidden: true },
    ]),
    {
      type: 'row',
      fields: [
        { name: 'firstName', type: 'text', maxLength: 80, validate: plainText },
        { name: 'lastName', type: 'text', maxLength: 80, index: true, validate: plainText },
      ],
    },
    {
      name: 'fullName',
      type: 'text',
      index: true,
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: 'First and last name (the e-mail when there is none), kept from the fields above.',
      },
    },
    phoneField,
    identitiesField,
    {
      name: 'address',
      type: 'group',
      fields: [
        { name: 'line1', type: 'text', maxLength: 160, validate: plainText },
        { name: 'line2', type: 'text', maxLength: 160, validate: plainText },
        {
          type: 'row',
          fields: [
            { name: 'postcode', type: 'text', maxLength: 20 },
            { name: 'city', type: 'text', maxLength: 100, validate: plainText },
          ],
        },
        {
          name: 'region',
          type: 'select',
          options: FR_REGIONS.map(({ code, name }) => ({ value: code, label: name })),
          admin: { description: 'French region of registration (sets the regional tax).' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'country',
          type: 'select',
          defaultValue: 'FR',
          options: COUNTRIES.map(({ code, en }) => ({ value: code, label: en })),
        },
        {
          name: 'language',
          type: 'select',
          defaultValue: 'fr',
          options: [
            { value: 'fr', label: 'Français' },
            { value: 'en', label: 'English' },
          ],
        },
      ],
    },
    {
      name: 'consents',
      type: 'group',
      fields: [consentField('marketingEmail', 'Marketing e-mails'), consentField('sms', 'SMS updates about orders')],
    },
    {
      name: 'consentHistory',
      type: 'array',
      admin: { readOnly: true, description: 'Every consent change, kept as evidence (GDPR art. 7).' },
      hooks: { beforeValidate: [refuseProtectedChanges(() => false, 'The consent history cannot be edited.')] },
      fields: [
        { name: 'channel', type: 'select', options: ['marketingEmail', 'sms'], required: true },
        { name: 'granted', type: 'checkbox' },
        { name: 'at', type: 'date', required: true },
        { name: 'source', type: 'text' },
        { name: 'textVersion', type: 'text' },
      ],
    },
    ...staffOnly([
      {
        name: 'kycStatus',
        label: 'KYC status',
        type: 'select',
        index: true,
        defaultValue: 'not_started',
        options: [
          { value: 'not_started', label: 'Not started' },
          { value: 'pending', label: 'Documents to review' },
          { value: 'verified', label: 'Verified' },
          { value: 'rejected', label: 'Rejected' },
        ],
        admin: { position: 'sidebar' },
      },
      {
        name: 'assignedTo',
        type: 'relationship',
        relationTo: 'users',
        admin: { position: 'sidebar' },
      },
      { name: 'internalNotes', type: 'textarea', maxLength: 5000 },
      {
        name: 'notifications',
        type: 'join',
        collection: 'notifications',
        on: 'customer',
        defaultLimit: 50,
        admin: { defaultColumns: ['template', 'channel', 'to', 'status', 'sentAt'] },
      },
      {
        name: 'lastLoginAt',
        type: 'date',
        admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
      },
      {
        name: 'reviewForErasure',
        type: 'checkbox',
        index: true,
        admin: {
          position: 'sidebar',
          description:
            'Flagged by the daily check: no sign-in, order or quote for 3 years. Review, then erase or clear.',
        },
      },
      { name: 'inactiveSince', type: 'date', admin: { position: 'sidebar', readOnly: true } },
    ]),
    // Staff read it; only the erasure job writes it (through the Erase button and its endpoint), so
    // nobody can mark an account erased, or undo an erasure, by editing the form.
    ...staffOnly(
      writableBy(
        ({ req, operation }) => operation === 'create' && or(isAdmin, isSales)({ req }),
        'Erasure is started with the Erase button and recorded by the system.',
        [
          {
            name: 'erasure',
            type: 'group',
            admin: { description: 'GDPR erasure (art. 17): personal data removed, orders kept anonymised.' },
            fields: [
              {
                name: 'status',
                type: 'select',
                defaultValue: 'none',
                options: [
                  { value: 'none', label: 'None' },
                  { value: 'requested', label: 'Requested' },
                  { value: 'erased', label: 'Erased' },
                ],
              },
              { name: 'requestedAt', type: 'date' },
              { name: 'completedAt', type: 'date' },
              {
                name: 'requestedBy',
                type: 'relationship',
                relationTo: 'users',
                admin: { description: 'Staff who asked; empty when the customer did.' },
              },
              {
                name: 'step',
                type: 'text',
                admin: { readOnly: true, description: 'Last step done by the erasure job.' },
              },
              readOnlyJson('counts'),
              { name: 'legalBasis', type: 'text', admin: { readOnly: true } },
              { name: 'retainUntil', type: 'date', admin: { readOnly: true } },
              {
                name: 'eraseButton',
                type: 'ui',
                admin: { components: { Field: '@/admin/customers/EraseButton#EraseButton' } },
              },
            ],
          },
        ],
      ),
    ),
  ],
}
