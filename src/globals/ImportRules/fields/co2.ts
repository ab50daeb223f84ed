import type { Field } from 'payload'

import { CO2_STEPS_FORMAT, parseCo2Steps } from '../co2Steps'
import { datedFields, energyField, eurField, numberField, sourcedFields, uniqueIdField } from './shared'

export const co2Fields: Field[] = [
  {
    name: 'co2Grids',
    label: 'CO2 malus grids',
    type: 'array',
    labels: { singular: 'CO2 grid', plural: 'CO2 grids' },
    admin: {
      initCollapsed: true,
      description:
        'One grid per year of first registration and test cycle: nothing below the first step, the step’s amount for each gram, the cap from its threshold on.',
    },
    fields: [
      {
        type: 'row',
        fields: [
          uniqueIdField('gridId', 'Grid id', (data) => data?.co2Grids, 'e.g. 2026-WLTP; shown on quotes.'),
          numberField('year', 'Year', { width: '25%', min: 1990, max: 2100 }),
          {
            name: 'kind',
            label: 'Test cycle',
            type: 'select',
            required: true,
            options: ['WLTP', 'NEDC'],
            admin: { width: '25%' },
          },
        ],
      },
      ...datedFields,
      {
        name: 'steps',
        label: 'Steps (g/km : whole €)',
        type: 'textarea',
        required: true,
        admin: {
          rows: 8,
          description: `Paste the official table as ${CO2_STEPS_FORMAT}. Grams must follow one another.`,
        },
        validate: (value: string | null | undefined) => {
          const parsed = parseCo2Steps(value)
          return parsed.ok ? true : parsed.error
        },
      },
      {
        type: 'row',
        fields: [
          eurField('capEur', 'Cap', { width: '50%' }),
          numberField('capFromG', 'Cap from (g/km)', { width: '50%', description: 'The cap applies at and above.' }),
        ],
      },
      {
        name: 'capHalfPriceTtc',
        label: 'Malus capped at 50 % of the price incl. VAT (2022–2023)',
        type: 'checkbox',
        defaultValue: false,
      },
      ...sourcedFields,
    ],
  },
  {
    name: 'co2Exemptions',
    label: 'CO2 malus exemptions',
    type: 'array',
    labels: { singular: 'Exemption', plural: 'Exemptions' },
    admin: { initCollapsed: true },
    fields: [energyField('energies', 'Exempt energies', true), ...datedFields, ...sourcedFields],
  },
]
