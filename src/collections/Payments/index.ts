import type { CollectionConfig } from 'payload'

import { hiddenUnless, or } from '@/access/compose'
import { ownCustomer } from '@/access/ownCustomer'
import { isAdmin, isSales } from '@/access/roles'
import { centsField, currencyField } from '@/fields/money'
import { staffOnly } from '@/fields/staffOnly'
import { paperworkEndpoint } from '@/api/paperworkResponse'
import { receiptPdf } from '@/documents/receiptPdf'
import { assignReceiptNumber } from './hooks/assignReceiptNumber'
import { notifyPaymentOutcome } from '@/notifications/triggers/payments'
import { linkPaymentToCustomer } from './hooks/linkPaymentToCustomer'
import { refundEndpoint } from './refundEndpoint'
import { refuseHandTypedOnlinePayments } from './hooks/refuseHandTypedOnlinePayments'
import { refreshOrderBalance, refreshOrderBalanceAfterDelete } from './hooks/refreshOrderBalance'
import { loadReceiptData } from './receiptData'

/** Money received or refunded. Provider payments come from verified webhooks; transfers are typed in. */
export const Payments: CollectionConfig = {
  slug: 'payments',
  admin: {
    group: 'Sales',
    defaultColumns: ['order', 'customer', 'kind', 'amount', 'status', 'provider', 'receivedAt'],
    hidden: hiddenUnless(or(isAdmin, isSales)),
  },
  access: {
    read: or(isAdmin, isSales, ownCustomer('customer')),
    create: or(isAdmin, isSales),
    update: or(isAdmin, isSales),
    delete: isAdmin,
  },
  endpoints: [
    refundEndpoint,
    {
      path: '/:id/receipt',
      method: 'get',
      handler: paperworkEndpoint(loadReceiptData, receiptPdf, 'This payment has no receipt: it has not been received.'),
    },
  ],
  hooks: {
    beforeChange: [refuseHandTypedOnlinePayments, linkPaymentToCustomer, assignReceiptNumber],
    afterChange: [refreshOrderBalance, notifyPaymentOutcome],
    afterDelete: [refreshOrderBalanceAfterDelete],
  },
  fields: [
    { name: 'order', type: 'relationship', relationTo: 'orders', required: true, index: true },
    { name: 'customer', type: 'relationship', relationTo: 'customers', index: true, admin: { readOnly: true } },
    {
      type: 'row',
      fields: [
        {
          name: 'provider',
          type: 'select',
          required: true,
          defaultValue: 'bank_transfer',
          options: [
            { value: 'bank_transfer', label: 'Bank transfer' },
            { value: 'stripe', label: 'Card (Stripe)' },
            { value: 'paypal', label: 'PayPal' },
          ],
        },
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'deposit',
          options: [
            { value: 'deposit', label: 'Deposit' },
            { value: 'balance', label: 'Balance' },
            { value: 'refund', label: 'Refund' },
          ],
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          index: true,
          defaultValue: 'succeeded',
          options: [
            { value: 'pending', label: 'Pending' },
            { value: 'succeeded', label: 'Received' },
            { value: 'failed', label: 'Failed' },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        centsField('amount', { required: true }),
        currencyField(),
        { name: 'receivedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'providerReference',
          type: 'text',
          unique: true,
          maxLength: 120,
          admin: {
            description: 'Bank transfer reference, Stripe Checkout Session or refund id, PayPal order or refund id.',
          },
        },
        {
          name: 'captureReference',
          type: 'text',
          index: true,
          maxLength: 120,
          admin: { readOnly: true, description: 'Stripe PaymentIntent or PayPal capture: what refunds go against.' },
        },
      ],
    },
    {
      name: 'refundOf',
      type: 'relationship',
      relationTo: 'payments',
      index: true,
      admin: { description: 'For a refund: the payment it gives money back from.' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'receiptNumber',
          type: 'text',
          unique: true,
          admin: { readOnly: true, description: 'R-YYYY-NNNN, given when the money is received.' },
        },
        { name: 'failureReason', type: 'text', maxLength: 300, admin: { readOnly: true } },
      ],
    },
    {
      name: 'receipt',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '@/admin/payments/ReceiptLink#ReceiptLink' } },
    },
    {
      name: 'refund',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '@/admin/payments/RefundPanel#RefundPanel' } },
    },
    ...staffOnly([{ name: 'recordedBy', type: 'relationship', relationTo: 'users', admin: { readOnly: true } }]),
  ],
}
