import type { TextField } from 'payload'

import { isPhoneNumber } from '@/domain/phone'

/** An optional phone number, held to the storefront forms' rule when written through REST or GraphQL. */
export const phoneField: TextField = {
  name: 'phone',
  type: 'text',
  maxLength: 30,
  validate: (value: string | null | undefined) =>
    !value || isPhoneNumber(value) ? true : 'Enter a phone number such as +33 6 12 34 56 78.',
}
