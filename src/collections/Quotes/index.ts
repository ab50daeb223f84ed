import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { customerId, salesOrOwner } from '@/access/ownCustomer'
import { hasRole } from '@/access/roles'
import { QUOTE_STATUSES, QUOTE_STATUS_LABELS } from '@/domain/quoteStatus'
import { staffOnly } from '@/fields/staffOnly'
import { vehicleLabel } from '@/fields/vehicleLabel'
import { writableBy } from '@/fields/writableBy'
import { pricingFields } from './fields/pricing'
import { requestFields } from './fields/request'
import { assignQuoteNumber } from './hooks/assignQuoteNumber'
import { computeTotals } from './hooks/computeTotals'
import { convertAcceptedQuote } from './hooks/convertAcceptedQuote'
import { enforceQuoteStatus } from './hooks/enforceQuoteStatus'
import { prepareQuoteRequest } from './hooks/prepareQuoteRequest'
import { priceFromLandedCost } from './hooks/priceFromLandedCost'

const sales = (user: Parameters<typeof hasRole>[0]) => hasRole(user, 'admin', 'sales')

export const Quotes: CollectionConfig = {
  slug: 'quotes',
  admin: {
    group: 'Sales',
    useAsTitle: 'number',
    defaultColumns: ['number', 'customer', 'kind', 'vehicle', 'status', 'validUntil', 'updatedAt'],
    listSearchableFields: ['number'],
    hidden: ({ user }) => !user || !['admin', 'sales'].includes(String(user.role)),
  },
  access: {
    read: salesOrOwner('customer'),
    create: ({ req: { user } }) => sales(user) || Boolean(customerId(user)),
    // Customers only answer a sent quote; the hooks hold them to that.
    update: salesOrOwner('customer'),
    delete: isAdmin,
  },
  hooks: {
    beforeValidate: [prepareQuoteRequest],
    beforeChange: [priceFromLandedCost, enforceQuoteStatus, computeTotals, assignQuoteNumber],
    afterChange: [convertAcceptedQuote],
  },
  fields: [
    {
      name: 'number',
      type: 'text',
      unique: true,
      index: true,
      admin: { readOnly: true, position: 'sidebar', description: 'Q-YYYY-NNNN, given on creation.' },
      access: { create: () => false, update: () => false },
    },
    ...writableBy(
      (user, { operation }) => sales(user) || (Boolean(customerId(user)) && operation === 'update'),
      'Only the answer to a sent quote (accept or decline) can be changed from your account.',
      [
        {
          name: 'status',
          type: 'select',
          interfaceName: 'QuoteStatus',
          required: true,
          index: true,
          defaultValue: 'requested',
          options: QUOTE_STATUSES.map((value) => ({ value, label: QUOTE_STATUS_LABELS[value].en })),
          admin: { position: 'sidebar' },
        },
        {
          name: 'declineReason',
          type: 'textarea',
          maxLength: 1000,
          admin: { position: 'sidebar', condition: (data) => data?.status === 'declined' },
        },
      ],
    ),
    ...writableBy(sales, 'This field is managed by Autoport staff.', [
      {
        name: 'customer',
        type: 'relationship',
        relationTo: 'customers',
        required: true,
        index: true,
        admin: { position: 'sidebar' },
      },
    ]),
    ...requestFields,
    vehicleLabel,
    {
      name: 'builder',
      type: 'ui',
      admin: {
        components: { Field: '@/admin/quotes/QuoteBuilder#QuoteBuilder' },
        condition: (_, __, { user }) => Boolean(user && user.collection === 'users'),
      },
    },
    ...pricingFields,
    {
      name: 'order',
      type: 'relationship',
      relationTo: 'orders',
      admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.order) },
      access: { create: () => false, update: () => false },
    },
    ...staffOnly([
      { name: 'assignedTo', type: 'relationship', relationTo: 'users', admin: { position: 'sidebar' } },
      { name: 'internalNotes', type: 'textarea', maxLength: 5000 },
    ]),
  ],
}
