import { z } from 'zod'

import { isPhoneNumber } from './phone'
import { hasMarkup } from './plainText'

/**
 * The contact form's rules. Error messages are message keys (namespace "trust.contact.errors"), turned
 * into the visitor's language by the form; the collection holds the same limits at every other door.
 */
const text = (max: number) =>
  z
    .string({ error: 'required' })
    .trim()
    .min(1, 'required')
    .max(max, 'tooLong')
    .refine((value) => !hasMarkup(value), 'markup')

export const contactFormSchema = z.object({
  name: text(120),
  email: z.string({ error: 'required' }).trim().min(1, 'required').max(200, 'tooLong').pipe(z.email('email')),
  phone: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .refine((value) => !value || isPhoneNumber(value), 'phone'),
  subject: text(140),
  message: text(4000).refine((value) => value.length >= 10, 'tooShort'),
  consentContact: z.literal('on', { error: 'consent' }),
})

export type ContactFormInput = z.infer<typeof contactFormSchema>

/** The first error of each field, by field name. */
export function contactFormErrors(issues: readonly { path: PropertyKey[]; message: string }[]): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const issue of issues) {
    const key = String(issue.path[0] ?? 'form')
    errors[key] ??= issue.message
  }
  return errors
}
