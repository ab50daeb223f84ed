import type { Field, SelectField } from 'payload'

import { FR_REGIONS } from '@/domain/regions'
import { centsField } from '@/fields/money'
import { datedFields, energyField, numberField, percentField, sourcedFields } from './shared'

const regionField: SelectField = {
  name: 'region',
  type: 'select',
  required: true,
  options: FR_REGIONS.map(({ code, name }) => ({ value: code, label: `${name} (${code})` })),
  admin: { width: '50%' },
}

export const regionalTaxFields: Field[] = [
  {
    name: 'rates',
    label: 'Rates per fiscal horsepower',
    type: 'array',
    labels: { singular: 'Regional rate', plural: 'Regional rates' },
    admin: { initCollapsed: true },
    fields: [
      {
        type: 'row',
        fields: [
          regionField,
          centsField('ratePerCvCents', {
            label: 'Rate per fiscal horsepower (€, stored in cents)',
            required: true,
            admin: { width: '50%' },
          }),
        ],
      },
      ...datedFields,
      ...sourcedFields,
    ],
  },
  {
    name: 'evPolicies',
    label: 'What electric cars pay, by region',
    type: 'array',
    labels: { singular: 'Regional EV policy', plural: 'Regional EV policies' },
    admin: { initCollapsed: true },
    fields: [
      {
        type: 'row',
        fields: [
          regionField,
          {
            name: 'policy',
            type: 'select',
            required: true,
            options: [
              { value: 'full', label: 'Full rate' },
              { value: 'half', label: 'Half rate' },
              { value: 'zero', label: 'Exempt' },
            ],
            admin: { width: '50%' },
          },
        ],
      },
      ...datedFields,
      ...sourcedFields,
    ],
  },
  {
    ...energyField('evPolicyEnergies', 'Energies that follow the region’s EV policy', true),
    dbName: 'import_rules_ev_energies',
    enumName: 'enum_import_rules_ev_energies',
  },
  {
    name: 'idfMajoration',
    label: 'Île-de-France surcharge (IDFM)',
    type: 'array',
    dbName: 'import_rules_idf',
    labels: { singular: 'IDF surcharge', plural: 'IDF surcharges' },
    admin: { initCollapsed: true, description: 'Which amount applies is chosen by the Readings of the Settings tab.' },
    fields: [
      {
        type: 'row',
        fields: [
          centsField('perCvCents', {
            label: 'Per fiscal horsepower (€, stored in cents)',
            required: true,
            admin: { width: '50%' },
          }),
          centsField('flatCents', {
            label: 'Flat per certificate (€, stored in cents)',
            required: true,
            admin: { width: '50%' },
          }),
        ],
      },
      ...datedFields,
      ...sourcedFields,
    ],
  },
  {
    name: 'oldVehicle',
    label: 'Older cars',
    type: 'group',
    admin: { description: 'The regional tax is reduced for a car older than this.' },
    fields: [
      {
        type: 'row',
        fields: [
          numberField('aboveYears', 'Older than (years)', { width: '50%' }),
          percentField('percentDue', 'Share of the tax due', { width: '50%' }),
        ],
      },
      ...sourcedFields,
    ],
  },
]
