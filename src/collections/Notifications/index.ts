import type { CollectionConfig } from 'payload'

import { hiddenUnless, or } from '@/access/compose'
import { nobody } from '@/access/nobody'
import { isAdmin, isSales } from '@/access/roles'
import { resendEndpoint } from './resendEndpoint'
import { readOnlyJson } from '@/fields/readOnlyJson'

/**
 * What was sent to whom, when, by which channel and template, with the provider's id: the record staff
 * read on a customer and an order. Bodies are not kept (they can hold links that act as keys); the
 * template's variables are, so a message can be sent again.
 */
export const Notifications: CollectionConfig = {
  slug: 'notifications',
  admin: {
    group: 'Customers',
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'customer', 'template', 'channel', 'status', 'sentAt'],
    hidden: hiddenUnless(or(isAdmin, isSales)),
  },
  access: {
    read: or(isAdmin, isSales),
    // Written by the triggers and the sending job only; staff resend through /:id/resend.
    create: nobody,
    update: nobody,
    delete: isAdmin,
  },
  endpoints: [resendEndpoint],
  fields: [
    {
      name: 'resend',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '@/admin/notifications/ResendButton#ResendButton' } },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'channel',
          type: 'select',
          required: true,
          options: [
            { value: 'email', label: 'E-mail' },
            { value: 'sms', label: 'SMS' },
          ],
        },
        { name: 'template', type: 'text', required: true, index: true },
        {
          name: 'locale',
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
      type: 'row',
      fields: [
        { name: 'to', type: 'text', required: true, maxLength: 320 },
        { name: 'subject', type: 'text', maxLength: 300 },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          required: true,
          index: true,
          defaultValue: 'queued',
          options: [
            { value: 'queued', label: 'Queued' },
            { value: 'sent', label: 'Sent' },
            { value: 'failed', label: 'Failed' },
          ],
        },
        { name: 'attempts', type: 'number', defaultValue: 0 },
        { name: 'sentAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    { name: 'providerId', type: 'text', maxLength: 300, admin: { description: 'SMTP message id or Twilio SID.' } },
    { name: 'lastError', type: 'text', maxLength: 500 },
    { name: 'customer', type: 'relationship', relationTo: 'customers', index: true },
    {
      type: 'row',
      fields: [
        { name: 'order', type: 'relationship', relationTo: 'orders', index: true },
        { name: 'quote', type: 'relationship', relationTo: 'quotes', index: true },
      ],
    },
    {
      name: 'dedupeKey',
      type: 'text',
      unique: true,
      maxLength: 300,
      admin: { description: 'One message per real event: the same key is never sent twice.' },
    },
    readOnlyJson('variables', { admin: { description: 'What the template was filled with.' } }),
  ],
}
