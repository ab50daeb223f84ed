import type { Condition, DateField, Field, NumberField, SelectField, TextField } from 'payload'

import { FUELS } from '@/domain/vehicleOptions'
import type { ImportRule } from '@/payload-types'

type Options = { required?: boolean; description?: string; width?: string; condition?: Condition }

/** A calendar day (the picker stores noon UTC of it; the mapping reads it back as 'YYYY-MM-DD'). */
export function dayField(name: string, label: string, { required, description, width }: Options = {}): DateField {
  return {
    name,
    label,
    type: 'date',
    required,
    admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' }, description, width },
  }
}

/** `validFrom` / `validTo`, both days included. */
export const datedFields: Field[] = [
  {
    type: 'row',
    fields: [
      dayField('validFrom', 'Valid from', { required: true, width: '50%' }),
      dayField('validTo', 'Valid to (included)', {
        width: '50%',
        description: 'Empty: until a later row replaces this one.',
      }),
    ],
  },
]

export function sourceIdsField(name = 'sourceIds', label = 'Sources'): TextField {
  return {
    name,
    label,
    type: 'text',
    hasMany: true,
    required: true,
    admin: { description: 'Ids from the Sources tab (e.g. S13); checked against it on save.' },
  }
}

/** `sourceIds` and `note`. */
export const sourcedFields: Field[] = [
  sourceIdsField(),
  { name: 'note', type: 'textarea', maxLength: 2000, admin: { rows: 2 } },
]

type NumberOptions = Options & { min?: number; max?: number; integer?: boolean }

/**
 * A number with its unit in the label; whole numbers unless `integer: false`. A field shown on a
 * condition is only required while shown: its column stays nullable and the validation asks for it.
 */
export function numberField(name: string, label: string, options: NumberOptions = {}): NumberField {
  const { required = true, description, width, condition, min = 0, max, integer = true } = options
  return {
    name,
    label,
    type: 'number',
    required: required && !condition,
    min,
    max,
    admin: { description, width, condition, step: integer ? 1 : 0.1 },
    validate: (value: number | null | undefined) => {
      if (value === null || value === undefined) return required ? 'This value is required.' : true
      if (integer && !Number.isInteger(value)) return 'Enter a whole number.'
      if (value < min) return `Enter ${min} or more.`
      if (max !== undefined && value > max) return `Enter ${max} or less.`
      return true
    },
  }
}

export const eurField = (name: string, label: string, options: NumberOptions = {}): NumberField =>
  numberField(name, `${label} (whole €)`, options)

export const percentField = (name: string, label: string, options: NumberOptions = {}): NumberField =>
  numberField(name, `${label} (%)`, { max: 100, integer: false, ...options })

export function energyField(
  name: string,
  label: string,
  hasMany: boolean,
  { description, width }: Options = {},
): SelectField {
  return {
    name,
    label,
    type: 'select',
    hasMany,
    required: true,
    options: FUELS.map(({ value, en }) => ({ value, label: en })),
    admin: { description, width },
  } as SelectField
}

export const countryField = (name: string, label: string): TextField => ({
  name,
  label,
  type: 'text',
  required: true,
  minLength: 2,
  maxLength: 2,
  admin: { description: 'ISO 3166 alpha-2 code, e.g. JP.', width: '50%' },
  validate: (value: string | null | undefined) =>
    typeof value === 'string' && /^[A-Z]{2}$/.test(value)
      ? true
      : 'Enter a two-letter country code in capitals, e.g. JP.',
})

/** A row id of our own (grid or source id), unique among the rows of its array. */
export function uniqueIdField(
  name: string,
  label: string,
  rowsOf: (data: Partial<ImportRule> | undefined) => readonly Record<string, unknown>[] | null | undefined,
  description: string,
): TextField {
  return {
    name,
    label,
    type: 'text',
    required: true,
    maxLength: 40,
    admin: { description, width: '50%' },
    validate: (value: string | null | undefined, { data }) => {
      if (!value?.trim()) return 'This id is required.'
      const same = (rowsOf(data as Partial<ImportRule> | undefined) ?? []).filter((row) => row?.[name] === value).length
      return same > 1 ? `Another row already uses the id ${value}.` : true
    },
  }
}
