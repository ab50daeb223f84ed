import type { TextareaFieldValidation, TextFieldSingleValidation } from 'payload'
import { text, textarea } from 'payload/shared'

import { hasMarkup } from '@/domain/plainText'

const MARKUP = 'HTML code (tags in angle brackets) is not accepted in this field.'

/**
 * Text customers and visitors write (names, addresses, requests) stays plain text, whatever door it
 * comes through: the storefront forms check the same, this refuses it over REST and GraphQL too.
 * Payload's own checks (required, length) still run.
 */
export const plainText: TextFieldSingleValidation = (value, options) =>
  typeof value === 'string' && hasMarkup(value) ? MARKUP : text(value, options)

export const plainTextarea: TextareaFieldValidation = (value, options) =>
  typeof value === 'string' && hasMarkup(value) ? MARKUP : textarea(value, options)
