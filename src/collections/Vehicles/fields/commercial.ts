import type { Field } from 'payload'

import { COUNTRIES } from '@/domain/countries'
import { VEHICLE_STATUSES } from '@/domain/vehicleOptions'
import { centsField, currencyField } from '@/fields/money'

export const commercialFields: Field[] = [
  {
    name: 'status',
    type: 'select',
    // Drafts already own "enum_vehicles_status" for `_status`.
    enumName: 'enum_vehicles_stock_status',
    interfaceName: 'VehicleStatus',
    required: true,
    index: true,
    defaultValue: 'available',
    options: VEHICLE_STATUSES.map(({ value, en }) => ({ value, label: en })),
    admin: { position: 'sidebar' },
  },
  {
    name: 'price',
    type: 'group',
    admin: { components: { Cell: '@/admin/fields/MoneyCell#MoneyCell' } },
    fields: [
      {
        type: 'row',
        fields: [centsField('amount', { label: 'Price', required: true, index: true }), currencyField()],
      },
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'originCountry',
        type: 'select',
        required: true,
        index: true,
        options: COUNTRIES.map(({ code, en }) => ({ value: code, label: en })),
      },
      {
        name: 'sellerType',
        type: 'select',
        required: true,
        defaultValue: 'dealer',
        options: [
          { value: 'dealer', label: 'Dealer (VAT-registered)' },
          { value: 'private', label: 'Private seller' },
        ],
      },
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'inEuFreeCirculation',
        label: 'In free circulation in the EU',
        type: 'checkbox',
        admin: { description: 'Already cleared into the EU: no customs duty. Defaults from the origin.' },
      },
      { name: 'hasCoc', label: 'EU certificate of conformity (COC) available', type: 'checkbox', index: true },
      {
        name: 'originStatement',
        label: 'Proof of preferential origin',
        type: 'checkbox',
        admin: { description: 'Japan (EPA) or United States statement on origin: lowers the customs duty.' },
      },
    ],
  },
  {
    name: 'location',
    type: 'group',
    admin: { description: 'Where the car is now (shown on its page).' },
    fields: [
      { name: 'address', type: 'text', maxLength: 200 },
      {
        type: 'row',
        fields: [
          { name: 'postcode', type: 'text', maxLength: 20 },
          { name: 'city', type: 'text', maxLength: 100, index: true },
          { name: 'country', type: 'select', options: COUNTRIES.map(({ code, en }) => ({ value: code, label: en })) },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'lat', label: 'Latitude', type: 'number', min: -90, max: 90 },
          { name: 'lng', label: 'Longitude', type: 'number', min: -180, max: 180 },
        ],
      },
    ],
  },
]
