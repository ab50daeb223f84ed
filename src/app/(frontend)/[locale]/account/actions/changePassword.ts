'use server'

import { getTranslations } from 'next-intl/server'
import { z } from 'zod'

import { changePassword as changeCustomerPassword } from '@/collections/Customers/account/changePassword'
import { getCustomer } from '../../../_auth/session'
import { getPayloadClient } from '../../../_data/payload'
import {
  errorTranslator,
  formLocale,
  formObject,
  payloadErrors,
  rateLimited,
  visitorIp,
  zodErrors,
} from '../_lib/actionKit'
import type { FormState } from '../_lib/formState'

const FIELDS = ['currentPassword', 'newPassword', 'newPasswordConfirm'] as const

const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1).max(128),
    newPassword: z.string().min(10, '#passwordTooShort').max(128),
    newPasswordConfirm: z.string().min(1),
  })
  .refine((value) => value.newPassword === value.newPasswordConfirm, {
    path: ['newPasswordConfirm'],
    message: '#passwordMismatch',
  })

/** Current password, then the new one; the other sessions of the account end (see changePassword). */
export async function changePassword(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = await formLocale(form)
  const t = await errorTranslator(locale)
  const customer = await getCustomer()
  if (!customer) return { status: 'error', message: t('signedOut') }

  const parsed = changePasswordSchema.safeParse(formObject(form, FIELDS))
  if (!parsed.success) return { status: 'error', errors: zodErrors(parsed.error.issues, t), message: t('fixFields') }

  const payload = await getPayloadClient()
  const wait = await rateLimited(payload, [['passwordChange', await visitorIp()]])
  if (wait) return { status: 'error', message: t('rateLimited', { minutes: wait }) }

  try {
    const result = await changeCustomerPassword(payload, {
      customer,
      sessionId: (customer as { _sid?: string })._sid,
      currentPassword: parsed.data.currentPassword,
      newPassword: parsed.data.newPassword,
    })
    if (!result.ok) {
      switch (result.reason) {
        case 'rateLimited':
          return {
            status: 'error',
            message: t('rateLimited', { minutes: Math.max(1, Math.ceil(result.retryAfter / 60)) }),
          }
        case 'locked':
          return { status: 'error', message: t('locked') }
        case 'samePassword':
          return { status: 'error', errors: { newPassword: t('samePassword') } }
        default:
          return { status: 'error', errors: { currentPassword: t('wrongPassword') } }
      }
    }
  } catch (error) {
    const refused = payloadErrors(error, t, { password: 'newPassword' })
    if (refused) return { status: 'error', ...refused }
    payload.logger.error({ err: error, msg: 'password change failed' })
    return { status: 'error', message: t('unexpected') }
  }
  const done = await getTranslations({ locale, namespace: 'account.security' })
  return { status: 'success', message: done('passwordSaved') }
}
