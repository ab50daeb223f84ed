import type { NumberField, SelectField } from 'payload'

import { CURRENCIES, type CurrencyCode } from '@/domain/currencies'

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

/**
 * A currency select, euros only unless `codes` says otherwise: what we take payment in stays EUR, a
 * seller's price may be in any of `CURRENCIES` (then its amount is in that currency's minor units).
 */
export function currencyField(
  name = 'currency',
  codes: readonly CurrencyCode[] = ['EUR'],
  description = 'Landed costs are computed in euros.',
): SelectField {
  return {
    name,
    type: 'select',
    options: codes.map((code) => ({ label: code, value: code })),
    defaultValue: 'EUR',
    required: true,
    admin: { description },
  }
}

export { CURRENCIES }
