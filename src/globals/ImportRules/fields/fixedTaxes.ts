import type { Field } from 'payload'

import { centsField } from '@/fields/money'
import { datedFields, sourcedFields } from './shared'

export const fixedTaxesFields: Field[] = [
  {
    name: 'fixedTaxes',
    label: 'Fixed registration taxes',
    type: 'array',
    labels: { singular: 'Fixed tax', plural: 'Fixed taxes' },
    admin: { initCollapsed: true },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'code',
            type: 'select',
            required: true,
            options: [
              { value: 'y4', label: 'Y4: fixed management tax' },
              { value: 'y5', label: 'Y5: delivery fee' },
            ],
            admin: { width: '50%' },
          },
          centsField('amountCents', { label: 'Amount (€, stored in cents)', required: true, admin: { width: '50%' } }),
        ],
      },
      ...datedFields,
      ...sourcedFields,
    ],
  },
]
