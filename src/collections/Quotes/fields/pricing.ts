import type { Field } from 'payload'

import { or } from '@/access/compose'
import { isAdmin, isSales } from '@/access/roles'
import { baseFlagError, isServiceLineCode, lineFlagError } from '@/domain/quoteServiceFlags'
import { normalizeRate, rateProblem } from '@/domain/currencies'
import { centsField } from '@/fields/money'
import { staffOnly } from '@/fields/staffOnly'
import { writableBy } from '@/fields/writableBy'
import { readOnlyJson } from '@/fields/readOnlyJson'

export const QUOTE_LINE_CODES = [
  ['vehicle', 'Vehicle'],
  ['transport', 'Transport to the EU border'],
  ['insurance', 'Transport insurance'],
  ['port_handling', 'Port handling at the EU port'],
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

type Flags = { code?: string | null; inCustomsValue?: boolean | null; inImportVatBase?: boolean | null }

/** The two base flags, on a quote line (service lines only) or on a service staff add by hand. */
function baseFlagFields(onLine: boolean): Field[] {
  const onService = onLine ? (_: unknown, sibling: Flags) => isServiceLineCode(sibling?.code) : undefined
  return [
    {
      name: 'inCustomsValue',
      type: 'checkbox',
      label: 'In customs value',
      defaultValue: onLine ? undefined : false,
      admin: {
        condition: onService,
        description:
          'Import only: a cost up to the EU border (freight, its insurance) is part of the customs value, on which duty is paid; its net amount enters it.',
      },
      validate: (value: boolean | null | undefined, { siblingData }: { siblingData: Flags }) =>
        (onLine ? lineFlagError(siblingData?.code, value) : null) ?? true,
    },
    {
      name: 'inImportVatBase',
      type: 'checkbox',
      label: 'In import VAT base',
      defaultValue: onLine ? undefined : false,
      admin: {
        condition: onService,
        description:
          'Import only: a cost up to the first place of delivery in France (port handling, delivery) is taxed with the car at import; its net amount enters the base. A cost in the customs value is always in it.',
      },
      validate: (value: boolean | null | undefined, { siblingData }: { siblingData: Flags }) =>
        (onLine ? lineFlagError(siblingData?.code, value) : null) ?? baseFlagError(siblingData ?? {}) ?? true,
    },
  ]
}

const dayOnly = { date: { pickerAppearance: 'dayOnly' as const } }
const dayOf = (value: Date | string) => (typeof value === 'string' ? value : value.toISOString()).slice(0, 10)

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
        description:
          'Pre-filled from the landed cost; a staff amount replaces the computed one. On a service line, the three ' +
          'flags say how customs and VAT treat it (filled from the rules); change one and price again: the ' +
          'calculation keeps your flag for that service (an “Other” line is matched by its label).',
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
            {
              name: 'vatIncluded',
              type: 'checkbox',
              label: 'VAT included',
              defaultValue: true,
              admin: {
                description: 'The invoice for this service includes French VAT: only its net part enters a base.',
              },
            },
          ],
        },
        { type: 'row', fields: baseFlagFields(true) },
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
      admin: {
        description:
          'What the landed cost is computed with; empty amounts take the quote defaults of the site settings. ' +
          'Click “Price from landed cost” after a change.',
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'registrationDate',
              label: 'Expected French registration',
              type: 'date',
              admin: {
                ...dayOnly,
                description: 'Maluses, regional tax, Y.4 and Y.5 are read on this day (default: today).',
              },
            },
            {
              name: 'clearanceDate',
              label: 'Customs clearance (846A)',
              type: 'date',
              admin: {
                ...dayOnly,
                description:
                  'Import only: customs duty and import VAT are read on this day. Empty: the order’s “customs ' +
                  'cleared” milestone, else the order’s ETA, else the arrival below, else the registration day.',
              },
              validate: (
                value: Date | string | null | undefined,
                { siblingData }: { siblingData: { registrationDate?: Date | string | null } },
              ) =>
                value && dayOf(value) > dayOf(siblingData?.registrationDate ?? new Date())
                  ? 'Customs clearance cannot be after the French registration: a car is cleared before it is registered.'
                  : true,
            },
            {
              name: 'expectedArrival',
              label: 'Arrival at the EU port (ETA)',
              type: 'date',
              admin: {
                ...dayOnly,
                description: 'Before there is an order: the clearance date when none is set.',
              },
            },
          ],
        },
        {
          type: 'row',
          fields: [
            centsField('transport', { label: 'Freight to the EU border' }),
            centsField('insurance', { label: 'Transport insurance' }),
            centsField('portHandling', {
              label: 'Port handling (EU port)',
              admin: { description: 'Unloading and terminal at the port of entry, before clearance.' },
            }),
            centsField('inlandTransport', { label: 'Transport in France' }),
          ],
        },
        {
          type: 'row',
          fields: [
            centsField('coc', { label: 'COC' }),
            centsField('rti', { label: 'RTI', admin: { description: 'Not charged for a collector car.' } }),
            centsField('broker', { label: 'Customs broker' }),
            centsField('technicalInspection', { label: 'Technical inspection' }),
          ],
        },
        {
          name: 'otherServices',
          type: 'array',
          labels: { singular: 'Other service', plural: 'Other services' },
          maxRows: 20,
          admin: {
            description:
              'Services you add by hand (road transport after the port, FFVE attestation…): each becomes an ' +
              '“Other” line in the customer’s language. Tick how customs and VAT treat it.',
          },
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'labelFr', label: 'Label (French)', type: 'text', required: true, maxLength: 120 },
                { name: 'label', label: 'Label (English)', type: 'text', required: true, maxLength: 120 },
                centsField('amount', { required: true }),
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'vatIncluded',
                  type: 'checkbox',
                  label: 'VAT included',
                  defaultValue: true,
                  admin: { description: 'The invoice includes French VAT.' },
                },
                ...baseFlagFields(false),
              ],
            },
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
    readOnlyJson('landedCost', {
      admin: { description: 'The calculation the lines came from.' },
      Field: '@/admin/quotes/LandedCostView#LandedCostView',
    }),
  ]),
  {
    name: 'totals',
    type: 'group',
    admin: { readOnly: true, components: { Cell: '@/admin/fields/TotalCell#TotalCell' } },
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
