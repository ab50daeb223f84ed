'use server'

import { getTranslations } from 'next-intl/server'
import { z } from 'zod'

import { getPayloadClient } from '../../../_data/payload'
import {
  errorTranslator,
  formLocale,
  formObject,
  rateLimited,
  typedValues,
  visitorIp,
  zodErrors,
} from '../_lib/actionKit'
import type { FormState } from '../_lib/formState'

const forgotPasswordSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1)
    .max(254)
    .pipe(z.email({ error: '#email' })),
})

/**
 * Sends the reset link when the address has an account. The answer is the same either way, so the
 * form tells nobody who is a customer.
 */
export async function forgotPassword(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = await formLocale(form)
  const t = await errorTranslator(locale)
  const values = typedValues(form, ['email'])
  const parsed = forgotPasswordSchema.safeParse(formObject(form, ['email']))
  if (!parsed.success)
    return { status: 'error', values, errors: zodErrors(parsed.error.issues, t), message: t('fixFields') }

  const payload = await getPayloadClient()
  const { email } = parsed.data
  const wait = await rateLimited(payload, [
    ['passwordReset', await visitorIp()],
    ['passwordReset', `email:${email}`],
  ])
  if (wait) return { status: 'error', values, message: t('rateLimited', { minutes: wait }) }

  try {
    await payload.forgotPassword({ collection: 'customers', data: { email }, overrideAccess: false })
  } catch (error) {
    // Logged for us; the visitor still gets the neutral answer.
    payload.logger.error({ err: error, msg: 'password reset e-mail failed' })
  }
  const done = await getTranslations({ locale, namespace: 'account.forgot' })
  return { status: 'success', values: { email }, message: done('sent', { email }) }
}
