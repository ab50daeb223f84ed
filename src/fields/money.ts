import type { NumberField, SelectField } from 'payload'

/** Money is stored as integer cents; staff type and read euros through the MoneyInput component. */
export function centsField(
  name: string,
  options: Partial<Omit<NumberField, 'type' | 'name' | 'hasMany'>> & { allowNegative?: boolean } = {},
): NumberField {
  const { allowNegative = false, admin, ...rest } = options
  return {
    name,
    type: 'number',
    min: allowNegative ? undefined : 0,
    validate: (value: number | null | undefined, args) => {
      if (value === null || value === undefined) return args.required ? 'This amount is required.' : true
      if (!Number.isInteger(value)) return 'Amounts are stored in whole cents.'
      if (!allowNegative && value < 0) return 'An amount cannot be negative.'
      if (Math.abs(value) > 100_000_000_00) return 'This amount is implausibly large.'
      return true
    },
    admin: {
      ...admin,
      components: {
        Field: '@/admin/fields/MoneyInput#MoneyInput',
        Cell: '@/admin/fields/MoneyCell#MoneyCell',
        ...admin?.components,
      },
    },
    ...rest,
  } as NumberField
}

export const CURRENCIES = ['EUR'] as const

export function currencyField(name = 'currency'): SelectField {
  return {
    name,
    type: 'select',
    options: CURRENCIES.map((code) => ({ label: code, value: code })),
    defaultValue: 'EUR',
    required: true,
    admin: { description: 'Landed costs are computed in euros.' },
  }
}
