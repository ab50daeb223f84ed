import type { Field } from 'payload'

import { and, or } from '@/access/compose'
import { creating } from '@/access/operation'
import { isAdmin, isCustomer, isSales } from '@/access/roles'
import { COUNTRIES } from '@/domain/countries'
import { FR_REGIONS } from '@/domain/regions'
import { FUELS, TRANSMISSIONS } from '@/domain/vehicleOptions'
import { centsField } from '@/fields/money'
import { writableBy } from '@/fields/writableBy'
import { plainText, plainTextarea } from '@/fields/plainText'

/** What the customer asks for: written with the request, then only by staff. */
export const requestFields: Field[] = writableBy(
  or(isAdmin, isSales, and(isCustomer, creating)),
  'The request cannot be changed once sent: write to us instead.',
  [
    {
      name: 'kind',
      type: 'radio',
      required: true,
      defaultValue: 'stock',
      options: [
        { value: 'stock', label: 'A vehicle from our stock' },
        { value: 'sourcing', label: 'Find a vehicle abroad' },
      ],
      admin: { layout: 'horizontal' },
    },
    {
      name: 'vehicle',
      type: 'relationship',
      relationTo: 'vehicles',
      index: true,
      admin: {
        condition: (data) => data?.kind === 'stock',
        description: 'Stock vehicle, or the candidate found for a sourcing request.',
      },
    },
    {
      name: 'sourcing',
      type: 'group',
      admin: { condition: (data) => data?.kind === 'sourcing' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'make', type: 'text', maxLength: 60, validate: plainText },
            { name: 'model', type: 'text', maxLength: 80, validate: plainText },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'yearFrom', type: 'number', min: 1950, max: 2100 },
            { name: 'yearTo', type: 'number', min: 1950, max: 2100 },
            centsField('budget', { label: 'Budget' }),
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'fuel', type: 'select', options: FUELS.map(({ value, en }) => ({ value, label: en })) },
            {
              name: 'transmission',
              type: 'select',
              options: TRANSMISSIONS.map(({ value, en }) => ({ value, label: en })),
            },
            { name: 'maxMileageKm', type: 'number', min: 0, max: 1_000_000 },
          ],
        },
        { name: 'mustHaves', type: 'textarea', maxLength: 2000, validate: plainTextarea },
      ],
    },
    {
      name: 'destination',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'country',
              type: 'select',
              required: true,
              defaultValue: 'FR',
              options: COUNTRIES.filter(({ code }) => code === 'FR').map(({ code, en }) => ({
                value: code,
                label: en,
              })),
            },
            {
              name: 'region',
              type: 'select',
              required: true,
              defaultValue: 'IDF',
              options: FR_REGIONS.map(({ code, name }) => ({ value: code, label: name })),
            },
          ],
        },
      ],
    },
    { name: 'customerMessage', type: 'textarea', maxLength: 2000, validate: plainTextarea },
  ],
)
