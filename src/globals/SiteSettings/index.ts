import type { GlobalConfig } from 'payload'

import { or } from '@/access/compose'
import { isAdmin, isCustomer, isMarketing, isStaff } from '@/access/roles'
import { COUNTRIES } from '@/domain/countries'
import { ORDER_STATUSES, ORDER_STATUS_LABELS } from '@/domain/orderStatus'
import { ANY_ORIGIN } from '@/domain/serviceDefaults'
import { revalidateGlobal } from '@/hooks/revalidate'
import { queueLandedPricesOnEstimates } from '@/landedPrices/hooks'
import { centsField } from '@/fields/money'
import { writableBy } from '@/fields/writableBy'

/** Header, footer, showroom and payment details shown on the storefront. */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  admin: { group: 'Settings' },
  hooks: { afterChange: [queueLandedPricesOnEstimates, revalidateGlobal('site-settings')] },
  access: {
    read: () => true,
    update: or(isAdmin, isMarketing),
  },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Brand',
          fields: [
            { name: 'siteName', type: 'text', required: true, defaultValue: 'Autoport', maxLength: 60 },
            { name: 'tagline', type: 'text', localized: true, maxLength: 160 },
            {
              name: 'navigation',
              type: 'array',
              maxRows: 8,
              fields: [
                { name: 'label', type: 'text', localized: true, required: true, maxLength: 40 },
                { name: 'href', type: 'text', required: true, maxLength: 300 },
              ],
            },
          ],
        },
        {
          label: 'Footer',
          fields: [
            { name: 'footerText', type: 'textarea', localized: true, maxLength: 600 },
            {
              name: 'footerLinks',
              type: 'array',
              maxRows: 12,
              fields: [
                { name: 'label', type: 'text', localized: true, required: true, maxLength: 60 },
                { name: 'href', type: 'text', required: true, maxLength: 300 },
              ],
            },
          ],
        },
        {
          label: 'Showroom',
          fields: [
            {
              name: 'showroom',
              type: 'group',
              fields: [
                { name: 'name', type: 'text', maxLength: 120 },
                { name: 'address', type: 'text', maxLength: 200 },
                {
                  type: 'row',
                  fields: [
                    { name: 'postcode', type: 'text', maxLength: 20 },
                    { name: 'city', type: 'text', maxLength: 100 },
                    {
                      name: 'country',
                      type: 'select',
                      defaultValue: 'FR',
                      options: COUNTRIES.map(({ code, en }) => ({ value: code, label: en })),
                    },
                  ],
                },
                {
                  type: 'row',
                  fields: [
                    { name: 'lat', type: 'number', min: -90, max: 90 },
                    { name: 'lng', type: 'number', min: -180, max: 180 },
                  ],
                },
                {
                  type: 'row',
                  fields: [
                    { name: 'phone', type: 'text', maxLength: 30 },
                    { name: 'email', type: 'email' },
                  ],
                },
                { name: 'openingHours', type: 'textarea', localized: true, maxLength: 400 },
              ],
            },
          ],
        },
        {
          label: 'Quote defaults',
          fields: [
            ...writableBy(isAdmin, 'Only an admin can change the quote defaults.', [
              {
                name: 'quoteDefaults',
                type: 'group',
                // Public: the storefront's landed price uses the same estimates, so no cost is hidden.
                admin: {
                  description: 'Our own cost estimates: they pre-fill new quotes and price the storefront estimate.',
                },
                fields: [
                  {
                    type: 'row',
                    fields: [
                      { name: 'validityDays', type: 'number', min: 1, max: 90, defaultValue: 14 },
                      { name: 'depositPercent', type: 'number', min: 0, max: 100, defaultValue: 10 },
                      {
                        name: 'insurancePercent',
                        label: 'Transport insurance (% of price)',
                        type: 'number',
                        min: 0,
                        max: 10,
                        defaultValue: 0.5,
                      },
                    ],
                  },
                  {
                    name: 'transport',
                    type: 'array',
                    labels: { singular: 'Freight estimate', plural: 'Freight estimates by origin' },
                    fields: [
                      {
                        type: 'row',
                        fields: [
                          // Select values become GraphQL enum names, so the catch-all must be a plain word.
                          {
                            name: 'origin',
                            type: 'select',
                            required: true,
                            options: [
                              { value: ANY_ORIGIN, label: 'Any other origin' },
                              ...COUNTRIES.map(({ code, en }) => ({ value: code, label: en })),
                            ],
                          },
                          centsField('amount', { label: 'Freight to the EU border', required: true }),
                          centsField('portHandling', {
                            label: 'Port handling (non-EU origins)',
                            admin: { description: 'Unloading and terminal at the EU port of entry.' },
                          }),
                          centsField('inland', { label: 'Transport in France' }),
                          centsField('insurance', {
                            label: 'Insurance (fixed)',
                            admin: { description: 'A fixed premium for this route; empty, the percentage applies.' },
                          }),
                        ],
                      },
                    ],
                  },
                  {
                    type: 'row',
                    fields: [
                      centsField('cocCost', { label: 'COC (EU cars without one)' }),
                      centsField('rtiBudget', {
                        label: 'RTI budget (non-EU without COC)',
                        admin: { description: 'Not proposed for a collector car (30 years or more, or so marked).' },
                      }),
                      centsField('collectorAttestation', {
                        label: 'FFVE attestation (collector cars)',
                        admin: { description: 'Proposed instead of the RTI or COC for a collector car without COC.' },
                      }),
                    ],
                  },
                  {
                    type: 'row',
                    fields: [
                      centsField('brokerFee', { label: 'Customs broker (non-EU)' }),
                      centsField('technicalInspection', { label: 'Technical inspection' }),
                    ],
                  },
                  centsField('serviceFee', { label: 'Default Autoport service fee' }),
                ],
              },
            ]),
          ],
        },
        {
          label: 'Notifications',
          fields: [
            ...writableBy(isAdmin, 'Only an admin can change the notification settings.', [
              {
                name: 'notifications',
                type: 'group',
                access: { read: isStaff },
                fields: [
                  {
                    name: 'staffEmail',
                    type: 'email',
                    admin: { description: 'Where new quote requests are announced to the team.' },
                  },
                  {
                    name: 'smsEvents',
                    label: 'Events also sent by SMS (to customers who agreed to SMS)',
                    type: 'select',
                    hasMany: true,
                    defaultValue: ['deposit_paid', 'shipped', 'arrived', 'ready', 'payment_received'],
                    options: [
                      ...ORDER_STATUSES.map((value) => ({ value, label: `Order: ${ORDER_STATUS_LABELS[value].en}` })),
                      { value: 'payment_received', label: 'Payment received' },
                      { value: 'payment_failed', label: 'Payment failed' },
                      { value: 'payment_refunded', label: 'Payment refunded' },
                    ],
                  },
                ],
              },
            ]),
          ],
        },
        {
          label: 'Payments',
          fields: [
            ...writableBy(isAdmin, 'Only an admin can change the payment settings.', [
              {
                name: 'bankDetails',
                type: 'group',
                // Shown inside the signed-in portal only: fake invoices with swapped bank details are a classic fraud.
                access: { read: or(isStaff, isCustomer) },
                admin: { description: 'Only admins change these; customers see them in their signed-in account.' },
                fields: [
                  { name: 'holder', type: 'text', maxLength: 120 },
                  { name: 'iban', type: 'text', maxLength: 40 },
                  { name: 'bic', type: 'text', maxLength: 11 },
                  { name: 'bank', type: 'text', maxLength: 120 },
                ],
              },
              {
                name: 'depositWindowDays',
                type: 'number',
                min: 1,
                max: 60,
                defaultValue: 7,
                admin: {
                  description:
                    'Days an accepted quote holds the vehicle while the deposit is awaited; then the order is cancelled and the vehicle released.',
                },
              },
              {
                name: 'seller',
                type: 'group',
                label: 'Seller (printed on receipts and invoices)',
                fields: [
                  {
                    type: 'row',
                    fields: [
                      { name: 'legalName', type: 'text', maxLength: 120 },
                      {
                        name: 'legalForm',
                        type: 'text',
                        maxLength: 60,
                        admin: { description: 'e.g. SAS au capital de 10 000 €' },
                      },
                    ],
                  },
                  { name: 'address', type: 'textarea', maxLength: 300 },
                  {
                    type: 'row',
                    fields: [
                      { name: 'siret', label: 'SIRET', type: 'text', maxLength: 20 },
                      { name: 'rcs', label: 'RCS', type: 'text', maxLength: 60 },
                      { name: 'vatNumber', label: 'VAT number', type: 'text', maxLength: 20 },
                    ],
                  },
                  {
                    name: 'invoiceNote',
                    type: 'textarea',
                    maxLength: 600,
                    admin: { description: 'Printed at the foot of invoices: payment terms, late-payment penalties…' },
                  },
                ],
              },
            ]),
          ],
        },
        {
          label: 'Legal',
          fields: [
            ...writableBy(isAdmin, 'Only an admin can change the legal details.', [
              {
                name: 'legal',
                type: 'group',
                admin: {
                  description:
                    'Shown on the legal notice with the Seller details of the Payments tab (name, form, address, SIRET, RCS, VAT number).',
                },
                fields: [
                  {
                    type: 'row',
                    fields: [
                      { name: 'shareCapital', type: 'text', maxLength: 40, admin: { description: 'e.g. 50 000 €' } },
                      { name: 'publicationDirector', label: 'Director of publication', type: 'text', maxLength: 120 },
                    ],
                  },
                  {
                    name: 'host',
                    type: 'group',
                    label: 'Host of the site',
                    fields: [
                      {
                        type: 'row',
                        fields: [
                          { name: 'name', type: 'text', maxLength: 120 },
                          { name: 'phone', type: 'text', maxLength: 30 },
                        ],
                      },
                      { name: 'address', type: 'textarea', maxLength: 300 },
                    ],
                  },
                  {
                    type: 'row',
                    fields: [
                      {
                        name: 'privacyContact',
                        label: 'Personal data contact (DPO)',
                        type: 'email',
                        admin: { description: 'Where visitors exercise their GDPR rights; shown on the legal notice.' },
                      },
                      {
                        name: 'termsVersion',
                        label: 'Version of the general terms',
                        type: 'text',
                        maxLength: 40,
                        admin: {
                          description:
                            'Change it whenever the terms change (e.g. 2026-12-01): each accepted quote records the version its customer accepted.',
                        },
                      },
                    ],
                  },
                  {
                    type: 'collapsible',
                    label: 'Legal pages (linked in every footer)',
                    fields: [
                      {
                        type: 'row',
                        fields: [
                          {
                            name: 'termsPage',
                            label: 'General terms of sale',
                            type: 'relationship',
                            relationTo: 'pages',
                            admin: { description: 'Also linked beside "I accept" on every quote.' },
                          },
                          { name: 'privacyPage', label: 'Privacy policy', type: 'relationship', relationTo: 'pages' },
                        ],
                      },
                      {
                        type: 'row',
                        fields: [
                          { name: 'cookiePage', label: 'Cookie policy', type: 'relationship', relationTo: 'pages' },
                          {
                            name: 'legalNoticePage',
                            label: 'Legal notice',
                            type: 'relationship',
                            relationTo: 'pages',
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ]),
          ],
        },
      ],
    },
  ],
}
