import type { Field } from 'payload'

import { or } from '@/access/compose'
import { isAdmin, isSales } from '@/access/roles'
import { normalizeRate, rateProblem } from '@/domain/currencies'
import { centsField } from '@/fields/money'
import { staffOnly } from '@/fields/staffOnly'
import { writableBy } from '@/fields/writableBy'

export const QUOTE_LINE_CODES = [
  ['vehicle', 'Vehicle'],
  ['transport', 'Transport to the EU border'],
  ['insurance', 'Transport insurance'],
  ['inland_transport', 'Transport in France'],
  ['customs_duty', 'Customs duty'],
  ['countervailing_duty', 'Countervailing duty'],
  ['import_vat', 'Import VAT'],
  ['vat_new_vehicle', 'French VAT (new vehicle)'],
  ['co2_malus', 'CO2 malus'],
  ['weight_malus', 'Weight malus'],
  ['regional_tax', 'Regional tax (carte grise)'],
  ['y4', 'Fixed tax Y4'],
  ['y5', 'Delivery fee Y5'],
  ['coc', 'Certificate of conformity'],
  ['rti', 'Individual approval (RTI)'],
  ['technical_inspection', 'Technical inspection'],
  ['broker', 'Customs broker'],
  ['discount', 'Discount'],
  ['other', 'Other'],
] as const

/**
 * Staff's own rate for a vehicle priced in another currency. Empty, the import rules' customs rate of
 * the clearance month (of the registration month for a car bought in the EU) applies.
 */
const exchangeRateField: Field = {
  name: 'exchangeRate',
  label: 'Exchange rate (vehicles priced in another currency)',
  type: 'group',
  admin: {
    description:
      'Leave empty to use the month’s customs rate from the import rules. The rate used is kept with the calculation.',
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'perEuro',
          label: 'Units of the vehicle’s currency per 1 euro',
          type: 'text',
          maxLength: 20,
          admin: { width: '50%', description: 'e.g. 162.35 for 1 EUR = 162.35 JPY.' },
          hooks: {
            beforeValidate: [
              ({ value }) =>
                typeof value === 'string' || typeof value === 'number' ? (normalizeRate(value) ?? value) : value,
            ],
          },
          validate: (value: unknown) =>
            value === null || value === undefined || value === '' ? true : (rateProblem(value) ?? true),
        },
        {
          name: 'date',
          label: 'Read on',
          type: 'date',
          admin: { width: '50%', date: { pickerAppearance: 'dayOnly' } },
          validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
            !value && siblingData?.perEuro ? 'Enter the day you read this rate.' : true,
        },
      ],
    },
  ],
}

const salesOnly = (fields: Field[]) => writableBy(or(isAdmin, isSales), 'Prices are set by Autoport staff.', fields)

/** The priced part of a quote: lines the customer sees, the staff's margin, the deposit, validity. */
export const pricingFields: Field[] = [
  ...salesOnly([
    {
      name: 'lines',
      type: 'array',
      labels: { singular: 'Line', plural: 'Lines' },
      admin: {
        components: { RowLabel: '@/admin/quotes/QuoteLineLabel#QuoteLineLabel' },
        initCollapsed: true,
        description: 'Pre-filled from the landed cost; a staff amount replaces the computed one.',
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'code',
              type: 'select',
              required: true,
              options: QUOTE_LINE_CODES.map(([value, label]) => ({ value, label })),
            },
            { name: 'label', type: 'text', required: true, maxLength: 160 },
          ],
        },
        {
          type: 'row',
          fields: [
            centsField('amount', { label: 'Computed', allowNegative: true, required: true, admin: { readOnly: true } }),
            centsField('override', { label: 'Staff amount', allowNegative: true }),
            { name: 'vatIncluded', type: 'checkbox', label: 'VAT included', defaultValue: true },
          ],
        },
        {
          name: 'rule',
          type: 'textarea',
          maxLength: 1000,
          admin: { description: 'Which rule and source produced the amount.' },
        },
      ],
    },
    {
      name: 'deposit',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'kind',
              type: 'select',
              defaultValue: 'percent',
              options: [
                { value: 'percent', label: 'Percent of total' },
                { value: 'fixed', label: 'Fixed amount' },
              ],
            },
            { name: 'percent', type: 'number', min: 0, max: 100, defaultValue: 10 },
            centsField('amount', { label: 'Fixed amount' }),
          ],
        },
      ],
    },
    {
      name: 'validUntil',
      type: 'date',
      index: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
    },
  ]),
  ...staffOnly([
    {
      name: 'reprice',
      type: 'checkbox',
      virtual: true,
      admin: { hidden: true },
    },
    {
      name: 'pricingInputs',
      type: 'group',
      admin: { description: 'What the landed cost is computed with; empty amounts take the quote defaults.' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'registrationDate',
              label: 'Expected French registration',
              type: 'date',
              admin: {
                date: { pickerAppearance: 'dayOnly' },
                description: 'Dated rules are read on this day (default: today).',
              },
            },
            centsField('transport', { label: 'Freight to the EU border' }),
            centsField('insurance', { label: 'Transport insurance' }),
            centsField('inlandTransport', { label: 'Transport in France' }),
          ],
        },
        {
          type: 'row',
          fields: [
            centsField('coc', { label: 'COC' }),
            centsField('rti', { label: 'RTI' }),
            centsField('broker', { label: 'Customs broker' }),
            centsField('technicalInspection', { label: 'Technical inspection' }),
          ],
        },
        exchangeRateField,
      ],
    },
    {
      name: 'margin',
      type: 'group',
      admin: { description: 'Our service fee; the customer sees it as one line.' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'kind',
              type: 'select',
              defaultValue: 'fixed',
              options: [
                { value: 'fixed', label: 'Fixed amount' },
                { value: 'percent', label: 'Percent of the vehicle price' },
              ],
            },
            centsField('amount', { label: 'Fixed amount' }),
            { name: 'percent', type: 'number', min: 0, max: 50 },
          ],
        },
      ],
    },
    {
      name: 'landedCost',
      type: 'json',
      admin: { readOnly: true, description: 'The calculation the lines came from.' },
    },
  ]),
  {
    name: 'totals',
    type: 'group',
    admin: { readOnly: true },
    access: { create: () => false, update: () => false },
    fields: [
      {
        type: 'row',
        fields: [
          centsField('subtotal', { allowNegative: true }),
          centsField('serviceFee', { label: 'Autoport service fee' }),
          centsField('total', { allowNegative: true }),
        ],
      },
      {
        type: 'row',
        fields: [centsField('depositDue', { label: 'Deposit due' }), centsField('balance', { allowNegative: true })],
      },
      { name: 'currency', type: 'text', defaultValue: 'EUR' },
    ],
  },
  {
    name: 'sentAt',
    type: 'date',
    admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.sentAt) },
    access: { create: () => false, update: () => false },
  },
  {
    name: 'answeredAt',
    type: 'date',
    admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.answeredAt) },
    access: { create: () => false, update: () => false },
  },
]
