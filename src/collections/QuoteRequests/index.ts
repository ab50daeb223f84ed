import type { CollectionConfig } from 'payload'

import { hiddenUnless, or } from '@/access/compose'
import { nobody } from '@/access/nobody'
import { isAdmin, isSales, isVisitor } from '@/access/roles'
import { requestFields } from '@/collections/Quotes/fields/request'
import { phoneField } from '@/fields/phone'
import { staffOnly } from '@/fields/staffOnly'
import { emailConfirmationLink } from './hooks/emailConfirmationLink'
import { issueConfirmationToken } from './hooks/issueConfirmationToken'
import { plainText } from '@/fields/plainText'
import { createBudget } from '@/security/requestBudgets'

/**
 * A quote request from a visitor who is not signed in. It waits here until the e-mail address is
 * confirmed through the link we send; only then does it create (or join) a customer and a quote.
 */
export const QuoteRequests: CollectionConfig = {
  slug: 'quote-requests',
  labels: { singular: 'Unconfirmed request', plural: 'Unconfirmed requests' },
  admin: {
    group: 'Sales',
    useAsTitle: 'email',
    defaultColumns: ['email', 'kind', 'status', 'createdAt'],
    hidden: hiddenUnless(or(isAdmin, isSales)),
  },
  access: {
    // Signed-in customers ask through their account; visitors through this collection.
    create: isVisitor,
    read: or(isAdmin, isSales),
    update: nobody,
    delete: or(isAdmin, isSales),
  },
  hooks: {
    // Each request mails its confirmation link: the storefront form's budgets hold on every door.
    beforeOperation: [
      createBudget((address, _req, data) => [
        ['quoteRequest', address],
        ...(typeof data.email === 'string' ? [['quoteRequestEmail', data.email] as const] : []),
      ]),
    ],
    beforeChange: [issueConfirmationToken],
    afterChange: [emailConfirmationLink],
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'firstName', type: 'text', required: true, maxLength: 80, validate: plainText },
        { name: 'lastName', type: 'text', required: true, maxLength: 80, validate: plainText },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'email', type: 'email', required: true, index: true },
        phoneField,
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
    ...requestFields.map((field) => ('hooks' in field ? { ...field, hooks: undefined, access: undefined } : field)),
    {
      name: 'consentContact',
      type: 'checkbox',
      required: true,
      validate: (value: boolean | null | undefined) => (value ? true : 'We need your agreement to answer you.'),
    },
    { name: 'marketingOptIn', type: 'checkbox', defaultValue: false },
    ...staffOnly([
      {
        name: 'status',
        type: 'select',
        defaultValue: 'pending',
        index: true,
        options: [
          { value: 'pending', label: 'Waiting for e-mail confirmation' },
          { value: 'confirmed', label: 'Confirmed' },
        ],
        admin: { position: 'sidebar', readOnly: true },
      },
      { name: 'tokenHash', type: 'text', index: true, admin: { hidden: true } },
      { name: 'expiresAt', type: 'date', admin: { position: 'sidebar', readOnly: true } },
      { name: 'confirmedAt', type: 'date', admin: { position: 'sidebar', readOnly: true } },
      {
        name: 'customer',
        type: 'relationship',
        relationTo: 'customers',
        admin: { position: 'sidebar', readOnly: true },
      },
      { name: 'quote', type: 'relationship', relationTo: 'quotes', admin: { position: 'sidebar', readOnly: true } },
    ]),
  ],
}
