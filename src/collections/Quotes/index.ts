import type { CollectionConfig } from 'payload'

import { and, hiddenUnless, or } from '@/access/compose'
import { updating } from '@/access/operation'
import { ownCustomer } from '@/access/ownCustomer'
import { isAdmin, isCustomer, isSales, isStaffUser } from '@/access/roles'
import { paperworkEndpoint } from '@/api/paperworkResponse'
import { quotePdf } from '@/documents/quotePdf'
import { QUOTE_STATUSES, QUOTE_STATUS_LABELS } from '@/domain/quoteStatus'
import { plainTextarea } from '@/fields/plainText'
import { staffOnly } from '@/fields/staffOnly'
import { vehicleLabel, vehicleLabelEn } from '@/fields/vehicleLabel'
import { writableBy } from '@/fields/writableBy'
import { pricingFields } from './fields/pricing'
import { requestFields } from './fields/request'
import { notifyQuoteChanges } from '@/notifications/triggers/quotes'
import { assignQuoteNumber } from './hooks/assignQuoteNumber'
import { computeTotals } from './hooks/computeTotals'
import { convertAcceptedQuote } from './hooks/convertAcceptedQuote'
import { enforceQuoteStatus } from './hooks/enforceQuoteStatus'
import { guardDeclineReason } from './hooks/guardDeclineReason'
import { guardServiceFlags } from './hooks/guardServiceFlags'
import { prepareQuoteRequest } from './hooks/prepareQuoteRequest'
import { priceFromLandedCost } from './hooks/priceFromLandedCost'
import { recordAcceptedTerms } from './hooks/recordAcceptedTerms'
import { loadQuoteData } from './quoteData'

/** Staff, or a customer answering (updating) their quote. */
const answerable = or(isAdmin, isSales, and(isCustomer, updating))

export const Quotes: CollectionConfig = {
  slug: 'quotes',
  admin: {
    group: 'Sales',
    useAsTitle: 'number',
    defaultColumns: ['number', 'customer', 'vehicleLabel', 'totals', 'status', 'validUntil'],
    listSearchableFields: ['number'],
    hidden: hiddenUnless(or(isAdmin, isSales)),
  },
  access: {
    read: or(isAdmin, isSales, ownCustomer('customer')),
    create: or(isAdmin, isSales, isCustomer),
    // Customers only answer a sent quote; the hooks hold them to that.
    update: or(isAdmin, isSales, ownCustomer('customer')),
    delete: isAdmin,
  },
  endpoints: [
    {
      path: '/:id/pdf',
      method: 'get',
      handler: paperworkEndpoint(loadQuoteData, quotePdf, 'This quote is not priced yet.'),
    },
  ],
  hooks: {
    beforeValidate: [prepareQuoteRequest],
    beforeChange: [
      guardServiceFlags,
      priceFromLandedCost,
      enforceQuoteStatus,
      recordAcceptedTerms,
      computeTotals,
      assignQuoteNumber,
    ],
    afterChange: [convertAcceptedQuote, notifyQuoteChanges],
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
    ...writableBy(answerable, 'Only the answer to a sent quote (accept or decline) can be changed from your account.', [
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
    ]),
    {
      name: 'declineReason',
      type: 'textarea',
      maxLength: 1000,
      validate: plainTextarea,
      admin: { position: 'sidebar', condition: (data) => data?.status === 'declined' },
      // Field access is not told the operation; the hook narrows a customer to the declining request.
      access: {
        create: ({ req }) => answerable({ req, operation: 'create' }),
        update: ({ req }) => answerable({ req, operation: 'update' }),
      },
      hooks: { beforeValidate: [guardDeclineReason] },
    },
    ...writableBy(or(isAdmin, isSales), 'This field is managed by Autoport staff.', [
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
    vehicleLabelEn,
    {
      name: 'builder',
      type: 'ui',
      admin: {
        components: { Field: '@/admin/quotes/QuoteBuilder#QuoteBuilder' },
        condition: (_, __, { user }) => isStaffUser(user),
      },
    },
    ...pricingFields,
    {
      name: 'pdf',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '@/admin/quotes/QuotePdfLink#QuotePdfLink' },
        condition: (_, __, { user }) => isStaffUser(user),
      },
    },
    {
      name: 'order',
      type: 'relationship',
      relationTo: 'orders',
      admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.order) },
      access: { create: () => false, update: () => false },
    },
    {
      name: 'acceptedTermsVersion',
      label: 'Terms accepted (version)',
      type: 'text',
      maxLength: 40,
      // Written by the acceptance itself (recordAcceptedTerms), from Site settings › Legal.
      admin: {
        readOnly: true,
        position: 'sidebar',
        condition: (data) => Boolean(data?.acceptedTermsVersion),
      },
      access: { create: () => false, update: () => false },
    },
    ...staffOnly([
      { name: 'assignedTo', type: 'relationship', relationTo: 'users', admin: { position: 'sidebar' } },
      { name: 'internalNotes', type: 'textarea', maxLength: 5000 },
    ]),
  ],
}
