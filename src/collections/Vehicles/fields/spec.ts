import type { Field } from 'payload'

import { validateVin } from '@/domain/vin'
import { BODIES, EURO_NORMS, FUELS, TRANSMISSIONS } from '@/domain/vehicleOptions'

const options = (list: readonly { value: string; en: string }[]) => list.map(({ value, en }) => ({ value, label: en }))
const thisYear = () => new Date().getFullYear()

export const specFields: Field[] = [
  {
    name: 'vin',
    label: 'VIN',
    type: 'text',
    required: true,
    unique: true,
    maxLength: 17,
    validate: (value: string | null | undefined) => {
      if (!value) return 'The VIN is required.'
      const result = validateVin(value)
      return result.ok ? true : result.reason
    },
    hooks: { beforeChange: [({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value)] },
    admin: { description: '17 characters; the check digit is verified for North-American vehicles.' },
  },
  {
    type: 'row',
    fields: [
      { name: 'make', type: 'text', required: true, index: true, maxLength: 60 },
      { name: 'model', type: 'text', required: true, index: true, maxLength: 80 },
      { name: 'trim', type: 'text', maxLength: 120 },
    ],
  },
  // Make, model and trim above are the canonical text (French market names): the slug, the admin
  // title and quote snapshots use it. These two are how the storefront names the car in the
  // language chosen above, only where that language says it differently (see domain/vehicleName).
  {
    type: 'row',
    fields: [
      {
        name: 'modelName',
        label: 'Model name in this language',
        type: 'text',
        localized: true,
        maxLength: 80,
        admin: { description: 'Only if it differs: "3 Series" in English for Série 3. Empty: the model.' },
      },
      {
        name: 'trimName',
        label: 'Trim in this language',
        type: 'text',
        localized: true,
        maxLength: 120,
        admin: {
          description: 'Only if it differs ("Long Range" for Grande Autonomie). "ch"/"hp" adapt by themselves.',
        },
      },
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'year',
        label: 'Model year',
        type: 'number',
        required: true,
        index: true,
        validate: (value: number | null | undefined) =>
          !value || !Number.isInteger(value) || value < 1900 || value > thisYear() + 1
            ? `Enter a model year between 1900 and ${thisYear() + 1}.`
            : true,
      },
      {
        name: 'firstRegistrationDate',
        type: 'date',
        index: true,
        admin: { date: { pickerAppearance: 'dayOnly' }, description: 'Anywhere in the world; empty for a new car.' },
        validate: (value: Date | string | null | undefined) =>
          value && new Date(value).getTime() > Date.now() ? 'The first registration cannot be in the future.' : true,
      },
      {
        name: 'mileageKm',
        label: 'Mileage (km)',
        type: 'number',
        required: true,
        min: 0,
        max: 2_000_000,
        index: true,
        admin: { components: { Cell: '@/admin/fields/MileageCell#MileageCell' } },
      },
    ],
  },
  {
    type: 'row',
    fields: [
      { name: 'fuel', type: 'select', required: true, index: true, options: options(FUELS) },
      { name: 'transmission', type: 'select', required: true, index: true, options: options(TRANSMISSIONS) },
      { name: 'body', type: 'select', required: true, index: true, options: options(BODIES) },
    ],
  },
  {
    type: 'row',
    fields: [
      { name: 'powerKw', label: 'Power (kW)', type: 'number', min: 1, max: 2000 },
      {
        name: 'powerHp',
        label: 'Power (hp)',
        type: 'number',
        min: 1,
        max: 3000,
        admin: { description: 'From kW when empty.' },
      },
      { name: 'fiscalHp', label: 'Fiscal horsepower (CV)', type: 'number', min: 1, max: 200 },
    ],
  },
  {
    type: 'row',
    fields: [
      { name: 'co2WltpGKm', label: 'CO2 WLTP (g/km)', type: 'number', min: 0, max: 1000 },
      { name: 'co2NedcGKm', label: 'CO2 NEDC (g/km)', type: 'number', min: 0, max: 1000 },
      { name: 'euroNorm', type: 'select', options: EURO_NORMS.map((value) => ({ value, label: value.toUpperCase() })) },
    ],
  },
  {
    type: 'row',
    fields: [
      { name: 'massKg', label: 'Mass in running order (kg)', type: 'number', min: 300, max: 10_000 },
      { name: 'electricRangeKm', label: 'Electric range (km)', type: 'number', min: 0, max: 2000 },
      { name: 'colour', type: 'text', maxLength: 60, localized: true },
    ],
  },
  {
    type: 'row',
    fields: [
      { name: 'doors', type: 'number', min: 1, max: 7 },
      { name: 'seats', type: 'number', min: 1, max: 9 },
    ],
  },
  {
    name: 'options',
    type: 'text',
    hasMany: true,
    maxRows: 80,
    // Equipment reads in the visitor's language, like the headline and the description.
    localized: true,
    admin: { description: 'Equipment, one per entry, in the language chosen above.' },
  },
]
