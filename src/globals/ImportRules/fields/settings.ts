import type { Field } from 'payload'

import { datedFields, sourcedFields } from './shared'

export const settingsFields: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'version',
        type: 'text',
        required: true,
        maxLength: 40,
        admin: {
          width: '50%',
          description: 'Edition of these rules, e.g. the day the sources were read (2026-11-25).',
        },
      },
      {
        name: 'currency',
        type: 'select',
        required: true,
        defaultValue: 'EUR',
        options: [{ label: 'EUR', value: 'EUR' }],
        admin: { width: '50%', description: 'Every amount below is in euros.' },
      },
    ],
  },
  {
    name: 'settings',
    label: 'Readings',
    type: 'array',
    labels: { singular: 'Reading', plural: 'Readings' },
    required: true,
    minRows: 1,
    admin: {
      initCollapsed: true,
      description:
        'How the engine reads points where the sources disagree; the row in force on the French registration day applies.',
    },
    fields: [
      {
        name: 'gridYearReading',
        label: 'CO2/weight grid of a used import',
        type: 'select',
        required: true,
        options: [
          { value: 'firstRegistration', label: 'Year of its first registration abroad (default)' },
          { value: 'currentYear', label: 'Year of the French registration' },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'idfMajorationReading',
            label: 'Île-de-France surcharge',
            type: 'select',
            required: true,
            options: [
              { value: 'perCv', label: 'Per fiscal horsepower (default)' },
              { value: 'flat', label: 'Flat amount per certificate' },
            ],
            admin: { width: '50%' },
          },
          {
            name: 'regionalTaxRounding',
            label: 'Regional tax rounding',
            type: 'select',
            required: true,
            options: [
              { value: 'keepCents', label: 'Keep the cents (default)' },
              { value: 'R-Y6', label: 'Round to the euro (older Y.6 reading)' },
            ],
            admin: { width: '50%' },
          },
        ],
      },
      {
        name: 'weightBandEdges',
        label: 'Weight-malus bands',
        type: 'select',
        required: true,
        defaultValue: 'bothEnds',
        options: [
          { value: 'bothEnds', label: 'A band "from A to B kg" counts A…B, both ends (default)' },
          { value: 'aboveLowerEdge', label: 'Only the kilograms above A' },
        ],
      },
      ...datedFields,
      ...sourcedFields,
    ],
  },
]
