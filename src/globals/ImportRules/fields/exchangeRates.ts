import type { Field } from 'payload'

import { FOREIGN_CURRENCIES, normalizeRate, rateProblem } from '@/domain/currencies'
import { dayField, sourcedFields } from './shared'

export const exchangeRatesFields: Field[] = [
  {
    name: 'exchangeRates',
    label: 'Monthly exchange rates',
    type: 'array',
    labels: { singular: 'Monthly rate', plural: 'Monthly rates' },
    admin: {
      initCollapsed: true,
      description:
        'Converts a car priced in another currency. Customs use the rate of the month the declaration is ' +
        'accepted (clearance date); a car bought in the EU uses the rate of its registration month. ' +
        'One row per currency and month; a month without its row cannot be priced.',
    },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'currency',
            type: 'select',
            required: true,
            enumName: 'enum_import_rules_exchange_currency',
            options: FOREIGN_CURRENCIES.map((code) => ({ value: code, label: code })),
            admin: { width: '33%' },
          },
          {
            name: 'perEuro',
            label: 'Units per 1 euro',
            type: 'text',
            required: true,
            maxLength: 20,
            admin: { width: '33%', description: 'As customs publish it: 1 EUR = 162.35 JPY → 162.35.' },
            validate: (value: string | null | undefined) => rateProblem(value) ?? true,
            // Stored as the shortest decimal text, so "162.3500" and 162.35 read back as "162.35".
            hooks: {
              beforeValidate: [
                ({ value }) =>
                  typeof value === 'string' || typeof value === 'number' ? (normalizeRate(value) ?? value) : value,
              ],
            },
          },
          {
            ...dayField('validFrom', 'Month (first day)', { required: true, width: '33%' }),
            validate: (value: Date | string | null | undefined) => {
              if (!value) return 'This month is required.'
              const time = new Date(value).getTime()
              if (Number.isNaN(time)) return 'Enter a date.'
              return new Date(time).toISOString().slice(8, 10) === '01'
                ? true
                : 'A monthly rate starts on the first day of its month.'
            },
          },
        ],
      },
      ...sourcedFields,
    ],
  },
]
