'use server'

import { revalidatePath } from 'next/cache'
import { getTranslations } from 'next-intl/server'
import { z } from 'zod'

import { requestEmailChange as requestCustomerEmailChange } from '@/collections/Customers/account/emailChange'
import { getCustomer } from '../../../_auth/session'
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

const requestSchema = z.object({
  newEmail: z
    .string()
    .trim()
    .toLowerCase()
    .min(1)
    .max(254)
    .pipe(z.email({ error: '#email' })),
  currentPassword: z.string().min(1).max(128),
})

/**
 * A new address, with the current password. The answer never says whether another account uses
 * the address: the link goes out only when it can be used, the message is the same either way.
 */
export async function requestEmailChange(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = await formLocale(form)
  const t = await errorTranslator(locale)
  const values = typedValues(form, ['newEmail'])
  const customer = await getCustomer()
  if (!customer) return { status: 'error', values, message: t('signedOut') }

  const parsed = requestSchema.safeParse(formObject(form, ['newEmail', 'currentPassword']))
  if (!parsed.success)
    return { status: 'error', values, errors: zodErrors(parsed.error.issues, t), message: t('fixFields') }

  const payload = await getPayloadClient()
  const wait = await rateLimited(payload, [['emailChange', await visitorIp()]])
  if (wait) return { status: 'error', values, message: t('rateLimited', { minutes: wait }) }

  try {
    const result = await requestCustomerEmailChange(payload, {
      customer,
      currentPassword: parsed.data.currentPassword,
      newEmail: parsed.data.newEmail,
    })
    if (!result.ok) {
      switch (result.reason) {
        case 'rateLimited':
          return {
            status: 'error',
            values,
            message: t('rateLimited', { minutes: Math.max(1, Math.ceil(result.retryAfter / 60)) }),
          }
        case 'locked':
          return { status: 'error', values, message: t('locked') }
        case 'sameAddress':
          return { status: 'error', values, errors: { newEmail: t('sameAddress') } }
        default:
          return { status: 'error', values, errors: { currentPassword: t('wrongPassword') } }
      }
    }
  } catch (error) {
    payload.logger.error({ err: error, msg: 'e-mail change request failed' })
    return { status: 'error', values, message: t('unexpected') }
  }
  revalidatePath('/[locale]/account/profile', 'page')
  const done = await getTranslations({ locale, namespace: 'account.security' })
  return { status: 'success', values: {}, message: done('emailSent', { email: parsed.data.newEmail }) }
}
