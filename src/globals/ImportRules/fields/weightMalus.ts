import type { Field } from 'payload'

import {
  datedFields,
  dayField,
  energyField,
  eurField,
  numberField,
  percentField,
  sourceIdsField,
  sourcedFields,
  uniqueIdField,
} from './shared'

const isAllowance = (_: unknown, row: { kind?: string } | undefined) => row?.kind === 'allowance'

export const weightMalusFields: Field[] = [
  {
    type: 'row',
    fields: [
      dayField('notBeforeFirstRegistration', 'No weight malus for a first registration before', {
        required: true,
        width: '50%',
      }),
      { ...sourceIdsField('notBeforeSourceIds', 'Sources of that day'), admin: { width: '50%' } },
    ],
  },
  {
    name: 'grids',
    label: 'Weight malus grids',
    type: 'array',
    labels: { singular: 'Weight grid', plural: 'Weight grids' },
    admin: { initCollapsed: true },
    fields: [
      {
        type: 'row',
        fields: [
          uniqueIdField('gridId', 'Grid id', (data) => data?.weightMalus?.grids, 'e.g. 2026; shown on quotes.'),
          numberField('year', 'Year', { width: '50%', min: 1990, max: 2100 }),
        ],
      },
      ...datedFields,
      {
        name: 'bands',
        type: 'array',
        labels: { singular: 'Band', plural: 'Bands' },
        required: true,
        minRows: 1,
        admin: {
          description: 'Marginal bands: the kilograms from … to (both included) are counted at the band’s rate.',
        },
        fields: [
          {
            type: 'row',
            fields: [
              numberField('fromKg', 'From (kg)', { width: '33%' }),
              numberField('toKg', 'To (kg)', { width: '33%', required: false, description: 'Empty: no upper end.' }),
              eurField('eurPerKg', 'Per kg', { width: '33%' }),
            ],
          },
        ],
      },
      ...sourcedFields,
    ],
  },
  {
    name: 'allowances',
    label: 'Exemptions and allowances by energy',
    type: 'array',
    labels: { singular: 'Exemption or allowance', plural: 'Exemptions and allowances' },
    admin: { initCollapsed: true },
    fields: [
      {
        type: 'row',
        fields: [
          energyField('energy', 'Energy', false, { width: '50%' }),
          {
            name: 'kind',
            type: 'select',
            required: true,
            options: [
              { value: 'exempt', label: 'Exempt' },
              { value: 'allowance', label: 'Mass allowance' },
            ],
            admin: { width: '50%' },
          },
        ],
      },
      {
        type: 'row',
        fields: [
          numberField('allowanceKg', 'Allowance (kg)', { required: false, width: '33%', condition: isAllowance }),
          percentField('maxPercentOfMass', 'At most, of the mass', {
            required: false,
            width: '33%',
            condition: isAllowance,
          }),
          numberField('minElectricRangeKm', 'Only above an electric range of (km)', { required: false, width: '33%' }),
        ],
      },
      ...datedFields,
      ...sourcedFields,
    ],
  },
]
