import type { CollectionConfig } from 'payload'

import { hiddenUnless } from '@/access/compose'
import { anyone } from '@/access/anyone'
import { isAdmin, isStaff } from '@/access/roles'
import { phoneField } from '@/fields/phone'
import { plainText, plainTextarea } from '@/fields/plainText'
import { writableBy } from '@/fields/writableBy'
import { createBudget } from '@/security/requestBudgets'
import { announceContactMessage } from './hooks/announceContactMessage'
import { linkSignedInCustomer } from './hooks/linkSignedInCustomer'

/**
 * What visitors write through the contact form. Anyone may leave one (the budgets below hold on every
 * door: the storefront form, REST and GraphQL); only staff read and handle them.
 */
export const ContactMessages: CollectionConfig = {
  slug: 'contact-messages',
  labels: { singular: 'Contact message', plural: 'Contact messages' },
  admin: {
    group: 'Sales',
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'name', 'email', 'status', 'createdAt'],
    listSearchableFields: ['email', 'name', 'subject'],
    hidden: hiddenUnless(isStaff),
  },
  access: {
    create: anyone,
    read: isStaff,
    update: isStaff,
    delete: isAdmin,
  },
  hooks: {
    beforeOperation: [
      createBudget((address, _req, data) => [
        ['contactMessage', address],
        ...(typeof data.email === 'string' ? [['contactMessageEmail', data.email] as const] : []),
      ]),
    ],
    beforeChange: [linkSignedInCustomer],
    afterChange: [announceContactMessage],
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true, maxLength: 120, validate: plainText },
        { name: 'email', type: 'email', required: true, index: true },
        phoneField,
      ],
    },
    { name: 'subject', type: 'text', required: true, maxLength: 140, validate: plainText },
    { name: 'message', type: 'textarea', required: true, maxLength: 4000, validate: plainTextarea },
    {
      name: 'consentContact',
      type: 'checkbox',
      required: true,
      validate: (value: boolean | null | undefined) => (value ? true : 'We need your agreement to answer you.'),
    },
    {
      name: 'language',
      type: 'select',
      defaultValue: 'fr',
      options: [
        { value: 'fr', label: 'Français' },
        { value: 'en', label: 'English' },
      ],
      admin: { position: 'sidebar' },
    },
    ...writableBy(isStaff, 'This field is managed by Autoport staff.', [
      {
        name: 'status',
        type: 'select',
        defaultValue: 'new',
        index: true,
        options: [
          { value: 'new', label: 'New' },
          { value: 'answered', label: 'Answered' },
          { value: 'closed', label: 'Closed' },
        ],
        admin: { position: 'sidebar' },
      },
      { name: 'staffNotes', type: 'textarea', maxLength: 4000 },
      {
        name: 'customer',
        type: 'relationship',
        relationTo: 'customers',
        admin: { position: 'sidebar', readOnly: true, description: 'Filled when a signed-in customer wrote.' },
      },
    ]),
  ],
}
