import type { CollectionConfig } from 'payload'

import { hiddenUnless, or } from '@/access/compose'
import { ownCustomer } from '@/access/ownCustomer'
import { isAdmin, isCustomer, isSales } from '@/access/roles'
import { limitPerCustomer } from './hooks/limitPerCustomer'
import { normalizeQuery } from './hooks/normalizeQuery'
import { ownership } from './hooks/ownership'
import { storeUnsubscribeHash } from './hooks/storeUnsubscribeHash'

/**
 * A customer's search of the inventory (the filters of /vehicles, as its query string), with a daily
 * digest of newly published matches. The unsubscribe link works without signing in.
 */
export const SavedSearches: CollectionConfig = {
  slug: 'saved-searches',
  admin: {
    group: 'Customers',
    useAsTitle: 'name',
    defaultColumns: ['name', 'customer', 'alerts', 'lastAlertAt'],
    hidden: hiddenUnless(or(isAdmin, isSales)),
  },
  access: {
    read: or(isAdmin, isSales, ownCustomer('customer')),
    create: isCustomer,
    update: ownCustomer('customer'),
    delete: or(isAdmin, ownCustomer('customer')),
  },
  hooks: {
    beforeValidate: [ownership, normalizeQuery],
    beforeChange: [limitPerCustomer],
    afterChange: [storeUnsubscribeHash],
  },
  fields: [
    { name: 'customer', type: 'relationship', relationTo: 'customers', required: true, index: true },
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    {
      name: 'query',
      type: 'text',
      required: true,
      maxLength: 1000,
      admin: { description: 'The search as /vehicles has it in its address, e.g. make=BMW&priceMax=4000000.' },
    },
    {
      type: 'row',
      fields: [
        { name: 'alerts', type: 'checkbox', defaultValue: true },
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
        { name: 'lastAlertAt', type: 'date', admin: { readOnly: true } },
        {
          name: 'checkedUntil',
          type: 'date',
          admin: { readOnly: true, description: 'Vehicles published before this were already considered.' },
        },
      ],
    },
    {
      name: 'unsubscribeTokenHash',
      type: 'text',
      index: true,
      hidden: true,
    },
  ],
}
