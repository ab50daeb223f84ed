import type { CollectionConfig } from 'payload'

import { hiddenUnless, or } from '@/access/compose'
import { paperworkEndpoint } from '@/api/paperworkResponse'
import { ownCustomer } from '@/access/ownCustomer'
import { isAdmin, isSales } from '@/access/roles'
import { invoicePdf } from '@/documents/invoicePdf'
import { ORDER_STATUSES, ORDER_STATUS_LABELS } from '@/domain/orderStatus'
import { centsField } from '@/fields/money'
import { staffOnly } from '@/fields/staffOnly'
import { writableBy } from '@/fields/writableBy'
import { vehicleLabel, vehicleLabelEn } from '@/fields/vehicleLabel'
import { notifyOrderMilestone } from '@/notifications/triggers/orders'
import { assignOrderNumber } from './hooks/assignOrderNumber'
import { applyMilestone } from './hooks/applyMilestone'
import { releaseVehicleOnCancel } from './hooks/releaseVehicleOnCancel'
import { assignInvoiceNumber } from './hooks/assignInvoiceNumber'
import { loadInvoiceData } from './invoiceData'
import { shippingFields } from './shippingFields'

const computed = { create: () => false, update: () => false }

export const Orders: CollectionConfig = {
  slug: 'orders',
  admin: {
    group: 'Sales',
    useAsTitle: 'number',
    defaultColumns: ['number', 'customer', 'vehicleLabel', 'status', 'amountDue', 'updatedAt'],
    listSearchableFields: ['number'],
    hidden: hiddenUnless(or(isAdmin, isSales)),
  },
  access: {
    read: or(isAdmin, isSales, ownCustomer('customer')),
    create: or(isAdmin, isSales),
    update: or(isAdmin, isSales),
    delete: isAdmin,
  },
  endpoints: [
    {
      path: '/:id/invoice',
      method: 'get',
      handler: paperworkEndpoint(loadInvoiceData, invoicePdf, 'This order has no invoice: it is not paid in full.'),
    },
  ],
  hooks: {
    beforeChange: [applyMilestone, assignInvoiceNumber, assignOrderNumber],
    afterChange: [releaseVehicleOnCancel, notifyOrderMilestone],
  },
  fields: [
    {
      name: 'number',
      type: 'text',
      unique: true,
      index: true,
      access: computed,
      admin: { readOnly: true, position: 'sidebar', description: 'O-YYYY-NNNN, given on creation.' },
    },
    {
      name: 'status',
      type: 'select',
      interfaceName: 'OrderStatus',
      required: true,
      index: true,
      defaultValue: 'awaiting_deposit',
      options: ORDER_STATUSES.map((value) => ({ value, label: ORDER_STATUS_LABELS[value].en })),
      admin: {
        position: 'sidebar',
        components: { Field: '@/admin/orders/OrderStatusField#OrderStatusField' },
      },
    },
    // Written with a move (OrderStatusField), stored on the new timeline entry: one note for the
    // customer, one for the team, so nothing meant for colleagues reaches the customer by mistake.
    {
      name: 'milestoneCustomerNote',
      type: 'text',
      virtual: true,
      maxLength: 300,
      admin: { hidden: true },
    },
    {
      name: 'milestoneInternalNote',
      type: 'text',
      virtual: true,
      maxLength: 300,
      admin: { hidden: true },
    },
    { name: 'quote', type: 'relationship', relationTo: 'quotes', unique: true, admin: { position: 'sidebar' } },
    {
      name: 'customer',
      type: 'relationship',
      relationTo: 'customers',
      required: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    { name: 'vehicle', type: 'relationship', relationTo: 'vehicles', index: true, admin: { position: 'sidebar' } },
    vehicleLabel,
    vehicleLabelEn,
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Progress',
          fields: [
            ...writableBy(() => false, 'The timeline is written by status changes.', [
              {
                name: 'timeline',
                type: 'array',
                admin: { components: { Field: '@/admin/orders/OrderTimeline#OrderTimeline' } },
                fields: [
                  { name: 'status', type: 'select', options: [...ORDER_STATUSES], required: true },
                  { name: 'from', type: 'select', options: [...ORDER_STATUSES] },
                  { name: 'at', type: 'date', required: true },
                  { name: 'by', type: 'relationship', relationTo: 'users' },
                  {
                    name: 'customerNote',
                    type: 'text',
                    admin: { description: 'Shown to the customer on their timeline and in the milestone e-mail.' },
                  },
                  {
                    name: 'internalNote',
                    type: 'text',
                    // The timeline is written by moves only (above); this says who may read the note.
                    access: { read: or(isAdmin, isSales) },
                    admin: { description: 'Internal: staff only, never shown to the customer.' },
                  },
                ],
              },
            ]),
          ],
        },
        { label: 'Shipping & registration', fields: shippingFields },
        {
          label: 'Money',
          fields: [
            {
              name: 'totals',
              type: 'group',
              admin: {
                description: 'Locked in from the accepted quote.',
                components: { Cell: '@/admin/fields/TotalCell#TotalCell' },
              },
              fields: [
                {
                  type: 'row',
                  fields: [
                    centsField('total', { required: true }),
                    centsField('depositDue', { label: 'Deposit due' }),
                    { name: 'currency', type: 'text', defaultValue: 'EUR', admin: { readOnly: true } },
                  ],
                },
              ],
            },
            {
              type: 'row',
              fields: [
                centsField('amountPaid', { label: 'Paid', access: computed, admin: { readOnly: true } }),
                centsField('amountDue', {
                  label: 'Still due',
                  allowNegative: true,
                  access: computed,
                  admin: { readOnly: true },
                }),
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'invoiceNumber',
                  type: 'text',
                  unique: true,
                  access: computed,
                  admin: { readOnly: true, description: 'F-YYYY-NNNN, given once the order is paid in full.' },
                },
                { name: 'invoicedAt', type: 'date', access: computed, admin: { readOnly: true } },
              ],
            },
            {
              name: 'invoice',
              type: 'ui',
              admin: { components: { Field: '@/admin/orders/InvoiceLink#InvoiceLink' } },
            },
            {
              name: 'payments',
              type: 'join',
              collection: 'payments',
              on: 'order',
              defaultLimit: 20,
              admin: { defaultColumns: ['provider', 'kind', 'amount', 'status', 'receivedAt'] },
            },
          ],
        },
        {
          label: 'Messages',
          fields: [
            {
              name: 'notifications',
              type: 'join',
              collection: 'notifications',
              on: 'order',
              defaultLimit: 50,
              admin: { defaultColumns: ['template', 'channel', 'to', 'status', 'sentAt'] },
            },
          ],
        },
        {
          label: 'Documents',
          fields: [
            {
              name: 'documents',
              type: 'join',
              collection: 'documents',
              on: 'order',
              defaultLimit: 50,
              admin: { defaultColumns: ['filename', 'type', 'status', 'createdAt'] },
            },
          ],
        },
      ],
    },
    ...staffOnly([
      { name: 'assignedTo', type: 'relationship', relationTo: 'users', admin: { position: 'sidebar' } },
      { name: 'internalNotes', type: 'textarea', maxLength: 5000 },
    ]),
  ],
}
