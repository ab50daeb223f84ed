import type { Field } from 'payload'

import { datedFields, numberField, percentField, sourcedFields } from './shared'

const byMonths = (_: unknown, row: { kind?: string } | undefined) => row?.kind === 'months'
const perYear = (_: unknown, row: { kind?: string } | undefined) => row?.kind === 'perStartedYear'

export const ageReductionFields: Field[] = [
  {
    name: 'ageReduction',
    label: 'Age reduction tables',
    type: 'array',
    labels: { singular: 'Age reduction table', plural: 'Age reduction tables' },
    admin: {
      initCollapsed: true,
      description: 'Reduction of both maluses by the car’s age, chosen by the day of the French registration.',
    },
    fields: [
      {
        name: 'kind',
        type: 'select',
        required: true,
        options: [
          { value: 'months', label: 'By months of age (bands)' },
          { value: 'perStartedYear', label: 'A percentage per year started' },
        ],
      },
      ...datedFields,
      {
        name: 'bands',
        type: 'array',
        labels: { singular: 'Band', plural: 'Bands' },
        required: true,
        minRows: 1,
        admin: { condition: byMonths, description: 'Months started since the first registration, both ends included.' },
        fields: [
          {
            type: 'row',
            fields: [
              numberField('fromMonth', 'From month', { width: '33%', min: 1 }),
              numberField('toMonth', 'To month', {
                width: '33%',
                min: 1,
                required: false,
                description: 'Empty: no end.',
              }),
              percentField('percent', 'Reduction', { width: '33%' }),
            ],
          },
        ],
      },
      {
        type: 'row',
        fields: [
          percentField('percentPerYear', 'Reduction per year started', { width: '50%', condition: perYear }),
          percentField('maxPercent', 'Maximum reduction', { width: '50%', condition: perYear }),
        ],
      },
      ...sourcedFields,
    ],
  },
]
