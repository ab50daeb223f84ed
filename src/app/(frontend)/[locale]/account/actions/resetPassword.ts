'use server'

import { z } from 'zod'

import { redirect } from '@/i18n/navigation'
import { startSession } from '../../../_auth/session'
import { getPayloadClient } from '../../../_data/payload'
import { errorTranslator, formLocale, formObject, payloadStatus, zodErrors } from '../_lib/actionKit'
import type { FormState } from '../_lib/formState'

const resetPasswordSchema = z
  .object({
    token: z.string().trim().min(1, '#resetLinkInvalid').max(200, '#resetLinkInvalid'),
    password: z.string().min(10, '#passwordTooShort').max(128),
    passwordConfirm: z.string().min(1),
  })
  .refine((value) => value.password === value.passwordConfirm, {
    path: ['passwordConfirm'],
    message: '#passwordMismatch',
  })

/** A new password from the e-mailed link; the customer is then signed in. */
export async function resetPassword(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = await formLocale(form)
  const t = await errorTranslator(locale)
  const parsed = resetPasswordSchema.safeParse(formObject(form, ['token', 'password', 'passwordConfirm']))
  if (!parsed.success) {
    const errors = zodErrors(parsed.error.issues, t)
    return { status: 'error', errors, message: errors.token ?? t('fixFields') }
  }

  const payload = await getPayloadClient()
  try {
    const result = await payload.resetPassword({
      collection: 'customers',
      data: { token: parsed.data.token, password: parsed.data.password },
      overrideAccess: false,
    })
    if (result.token) await startSession(result.token)
  } catch (error) {
    // An unknown or expired token: Payload answers 403.
    if (payloadStatus(error) === 403) return { status: 'error', message: t('resetLinkInvalid') }
    payload.logger.error({ err: error, msg: 'password reset failed' })
    return { status: 'error', message: t('unexpected') }
  }
  redirect({ href: { pathname: '/account', query: { passwordChanged: '1' } }, locale })
  return { status: 'success' }
}
