'use server'

import { z } from 'zod'

import { redirect } from '@/i18n/navigation'
import { errorTranslator, formLocale, formObject, typedValues, zodErrors } from '../_lib/actionKit'
import type { FormState } from '../_lib/formState'
import { answerQuote } from '../_lib/answerQuote'

const declineQuoteSchema = z.object({
  id: z.string().min(1).max(60),
  declineReason: z
    .string()
    .trim()
    .max(1000)
    .optional()
    .transform((value) => value || null),
})

/** The customer declines a sent quote, saying why if they wish. */
export async function declineQuote(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = await formLocale(form)
  const t = await errorTranslator(locale)
  const values = typedValues(form, ['id', 'declineReason'])
  const parsed = declineQuoteSchema.safeParse(formObject(form, ['id', 'declineReason']))
  if (!parsed.success)
    return { status: 'error', values, errors: zodErrors(parsed.error.issues, t), message: t('fixFields') }

  const refused = await answerQuote(
    parsed.data.id,
    { status: 'declined', declineReason: parsed.data.declineReason },
    t,
    values,
  )
  if (refused) return refused
  redirect({ href: { pathname: `/account/quotes/${parsed.data.id}`, query: { answer: 'declined' } }, locale })
  return { status: 'success' }
}
