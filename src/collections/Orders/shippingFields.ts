import type { Field } from 'payload'

export const shippingFields: Field[] = [
  {
    name: 'shipping',
    type: 'group',
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'carrier', type: 'text', maxLength: 120 },
          { name: 'vessel', type: 'text', maxLength: 120 },
          { name: 'containerNumber', type: 'text', maxLength: 20 },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'bookingReference', type: 'text', maxLength: 60 },
          { name: 'portOfLoading', type: 'text', maxLength: 80 },
          { name: 'portOfDischarge', type: 'text', maxLength: 80 },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'etd', label: 'Departure (ETD)', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
          {
            name: 'eta',
            label: 'Arrival (ETA)',
            type: 'date',
            index: true,
            admin: { date: { pickerAppearance: 'dayOnly' } },
            validate: (value: Date | string | null | undefined, { siblingData }: { siblingData: { etd?: string } }) =>
              value && siblingData?.etd && new Date(value) < new Date(siblingData.etd)
                ? 'The arrival cannot be before the departure.'
                : true,
          },
        ],
      },
      {
        name: 'trackingUrl',
        type: 'text',
        maxLength: 500,
        validate: (value: string | null | undefined) =>
          !value || /^https:\/\//.test(value) ? true : 'Use an https:// tracking link.',
      },
    ],
  },
  {
    name: 'registration',
    type: 'group',
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'plate', type: 'text', maxLength: 12 },
          { name: 'registeredAt', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
        ],
      },
    ],
  },
]
