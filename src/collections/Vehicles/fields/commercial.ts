import type { Field } from 'payload'

import { readExactPlace } from '@/access/vehiclePlace'
import { COUNTRIES } from '@/domain/countries'
import { VEHICLE_STATUSES } from '@/domain/vehicleOptions'
import { CURRENCIES } from '@/domain/currencies'
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
        fields: [
          centsField('amount', {
            label: 'Price',
            required: true,
            index: true,
            admin: { description: 'In the currency beside it, as the seller asks it.' },
          }),
          currencyField(
            'currency',
            CURRENCIES,
            'The seller’s currency. Landed costs convert it to euros at the month’s customs rate (Import rules › Exchange rates).',
          ),
          centsField('euroAmount', {
            label: 'In euros',
            index: true,
            access: { create: () => false, update: () => false },
            admin: {
              readOnly: true,
              description: 'At this month’s customs rate, when saved: what search filters and sorts on.',
              condition: (_, sibling) => Boolean(sibling?.currency && sibling.currency !== 'EUR'),
            },
          }),
        ],
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
    type: 'row',
    fields: [
      {
        name: 'collector',
        label: 'Collector status',
        type: 'select',
        defaultValue: 'age',
        options: [
          { value: 'age', label: 'Decided by age (30 years)' },
          { value: 'attested', label: 'Attested collector car (FFVE or maker)' },
          { value: 'not_collector', label: 'Not a collector piece' },
        ],
        admin: {
          width: '50%',
          description:
            'Attested: heading 9705 (no duty, 5.5 % import VAT) and a collector registration instead of the RTI. ' +
            'Not a collector piece: priced as an ordinary car even past 30 years.',
        },
      },
      {
        name: 'typeApproval',
        label: 'EU type approval of this car',
        type: 'select',
        defaultValue: 'unknown',
        options: [
          { value: 'unknown', label: 'Unknown (read from the COC and CO2)' },
          { value: 'eu', label: 'EU type-approved' },
          { value: 'none', label: 'No EU type approval' },
        ],
        admin: {
          width: '50%',
          description:
            'The car itself, not its model. Without EU type approval the malus is charged on fiscal horsepower, not CO2.',
        },
      },
    ],
  },
  {
    name: 'location',
    type: 'group',
    // Town and country are public; the street and coordinates are read by staff and the vehicle page's server code.
    admin: { description: 'Where the car is now (shown on its page).' },
    fields: [
      { name: 'address', type: 'text', maxLength: 200, access: { read: readExactPlace } },
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
          { name: 'lat', label: 'Latitude', type: 'number', min: -90, max: 90, access: { read: readExactPlace } },
          { name: 'lng', label: 'Longitude', type: 'number', min: -180, max: 180, access: { read: readExactPlace } },
        ],
      },
    ],
  },
]
