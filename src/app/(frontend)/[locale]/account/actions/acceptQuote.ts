'use server'

import { z } from 'zod'

import { redirect } from '@/i18n/navigation'
import { errorTranslator, formLocale, formObject, typedValues, zodErrors } from '../_lib/actionKit'
import type { FormState } from '../_lib/formState'
import { answerQuote } from '../_lib/answerQuote'

const acceptQuoteSchema = z.object({
  id: z.string().min(1).max(60),
  confirm: z.literal('on', { error: '#confirmAcceptance' }),
})

/** The customer accepts a sent quote; the order it becomes is shown on the quote's page. */
export async function acceptQuote(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = await formLocale(form)
  const t = await errorTranslator(locale)
  const values = typedValues(form, ['id'])
  const parsed = acceptQuoteSchema.safeParse(formObject(form, ['id', 'confirm']))
  if (!parsed.success) return { status: 'error', values, errors: zodErrors(parsed.error.issues, t) }

  const refused = await answerQuote(parsed.data.id, { status: 'accepted' }, t, values)
  if (refused) return refused
  redirect({ href: { pathname: `/account/quotes/${parsed.data.id}`, query: { answer: 'accepted' } }, locale })
  return { status: 'success' }
}
