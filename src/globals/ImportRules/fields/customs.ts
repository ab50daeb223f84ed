import type { Field } from 'payload'

import { countryField, datedFields, energyField, numberField, percentField, sourcedFields } from './shared'

const tariffHeading: Field = {
  name: 'tariffHeading',
  label: 'Tariff heading',
  type: 'text',
  required: true,
  maxLength: 12,
  admin: { width: '50%', description: 'Combined Nomenclature heading, e.g. 8703.' },
}

const customsDuty: Field = {
  name: 'customsDuty',
  label: 'Customs duty',
  type: 'group',
  fields: [
    {
      name: 'defaultRates',
      label: 'Default rates',
      type: 'array',
      dbName: 'import_rules_duty_rates',
      labels: { singular: 'Default rate', plural: 'Default rates' },
      admin: { initCollapsed: true },
      fields: [
        { type: 'row', fields: [percentField('ratePercent', 'Rate', { width: '50%' }), tariffHeading] },
        ...datedFields,
        ...sourcedFields,
      ],
    },
    {
      name: 'preferences',
      label: 'Preferential origins',
      type: 'array',
      labels: { singular: 'Preference', plural: 'Preferences' },
      admin: { initCollapsed: true, description: 'Trade agreements lowering the duty for cars of a given origin.' },
      fields: [
        {
          type: 'row',
          fields: [countryField('originCountry', 'Origin'), percentField('ratePercent', 'Rate', { width: '50%' })],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'label',
              label: 'Agreement (English)',
              type: 'text',
              required: true,
              maxLength: 120,
              admin: { width: '50%', description: 'As English rule texts name it, e.g. EU–Japan EPA.' },
            },
            {
              name: 'labelFr',
              label: 'Agreement (French)',
              type: 'text',
              required: true,
              maxLength: 120,
              admin: {
                width: '50%',
                description: 'As French rule texts name it, e.g. Accord de partenariat économique UE–Japon.',
              },
            },
          ],
        },
        {
          name: 'requiresOriginStatement',
          label: 'Needs a statement on origin',
          type: 'checkbox',
          defaultValue: true,
        },
        ...datedFields,
        ...sourcedFields,
      ],
    },
    {
      name: 'countervailing',
      label: 'Countervailing duties',
      type: 'array',
      dbName: 'import_rules_cvd',
      labels: { singular: 'Countervailing duty', plural: 'Countervailing duties' },
      admin: { initCollapsed: true, description: 'Extra duty on electric cars from China, by maker.' },
      fields: [
        {
          type: 'row',
          fields: [
            countryField('originCountry', 'Origin'),
            {
              ...energyField('energies', 'Energies', true, { width: '50%' }),
              dbName: 'import_rules_cvd_energies',
              enumName: 'enum_import_rules_cvd_energies',
            },
          ],
        },
        {
          name: 'newVehiclesOnly',
          label: 'Only cars never registered (customs “new”)',
          type: 'checkbox',
          defaultValue: true,
        },
        {
          name: 'makers',
          type: 'array',
          dbName: 'import_rules_cvd_makers',
          labels: { singular: 'Maker', plural: 'Makers' },
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'name', type: 'text', required: true, maxLength: 80, admin: { width: '50%' } },
                percentField('ratePercent', 'Rate', { width: '50%' }),
              ],
            },
            {
              name: 'aliases',
              type: 'text',
              hasMany: true,
              required: true,
              admin: { description: 'Makes sold under this maker, as written on vehicles (e.g. BYD, Denza).' },
            },
          ],
        },
        {
          name: 'otherCooperatingMakers',
          label: 'Other cooperating makers',
          type: 'text',
          hasMany: true,
          admin: { description: 'Makes listed in the regulation’s annex of cooperating companies.' },
        },
        {
          type: 'row',
          fields: [
            percentField('otherCooperatingRatePercent', 'Rate for other cooperating makers', { width: '50%' }),
            percentField('allOthersRatePercent', 'Rate for all other makers', { width: '50%' }),
          ],
        },
        ...datedFields,
        ...sourcedFields,
      ],
    },
  ],
}

export const customsFields: Field[] = [
  customsDuty,
  {
    name: 'collector',
    label: 'Collector cars',
    type: 'array',
    labels: { singular: 'Collector rule', plural: 'Collector rules' },
    admin: { initCollapsed: true },
    fields: [
      {
        type: 'row',
        fields: [
          numberField('minAgeYears', 'Minimum age (years)', { width: '33%' }),
          { ...tariffHeading, admin: { ...tariffHeading.admin, width: '33%' } },
          percentField('dutyPercent', 'Duty', { width: '33%' }),
        ],
      },
      ...datedFields,
      ...sourcedFields,
    ],
  },
  {
    name: 'vat',
    label: 'VAT rates',
    type: 'array',
    labels: { singular: 'VAT rates', plural: 'VAT rates' },
    admin: { initCollapsed: true },
    fields: [
      {
        type: 'row',
        fields: [
          percentField('standardPercent', 'Standard rate', { width: '50%' }),
          percentField('collectorPercent', 'Collector car rate', { width: '50%' }),
        ],
      },
      ...datedFields,
      ...sourcedFields,
    ],
  },
  {
    name: 'newVehicle',
    label: 'New means of transport (EU)',
    type: 'array',
    labels: { singular: 'Threshold', plural: 'Thresholds' },
    admin: {
      initCollapsed: true,
      description: 'A car bought in the EU pays French VAT in France when either threshold holds.',
    },
    fields: [
      {
        type: 'row',
        fields: [
          numberField('maxMonths', 'At most (months since first registration)', { width: '50%' }),
          numberField('maxKm', 'Or at most (km)', { width: '50%' }),
        ],
      },
      ...datedFields,
      ...sourcedFields,
    ],
  },
]
