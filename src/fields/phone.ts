import type { TextField } from 'payload'

import { isPhoneNumber, toE164 } from '@/domain/phone'

/**
 * An optional phone number, held to the storefront forms' rule at every door and stored in E.164
 * (+33612345678), the form SMS providers take.
 */
export const phoneField: TextField = {
  name: 'phone',
  type: 'text',
  maxLength: 30,
  hooks: {
    beforeValidate: [({ value }) => (typeof value === 'string' && value.trim() ? (toE164(value) ?? value) : value)],
  },
  validate: (value: string | null | undefined) =>
    !value || isPhoneNumber(value)
      ? true
      : 'Enter a phone number with its country code, such as +33 6 12 34 56 78 (or a French number: 06 12 34 56 78).',
}
