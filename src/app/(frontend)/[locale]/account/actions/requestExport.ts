'use server'

import { revalidatePath } from 'next/cache'
import { getTranslations } from 'next-intl/server'

import { exportOwnData } from '@/privacy/customerRequests'
import { getCustomer } from '../../../_auth/session'
import { getPayloadClient } from '../../../_data/payload'
import { errorTranslator, formLocale } from '../_lib/actionKit'
import type { FormState } from '../_lib/formState'

/** Queues the signed-in customer's data export (one a day); the link follows by e-mail. */
export async function requestExport(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = await formLocale(form)
  const t = await errorTranslator(locale)
  const customer = await getCustomer()
  if (!customer) return { status: 'error', message: t('signedOut') }
  const payload = await getPayloadClient()
  const done = await getTranslations({ locale, namespace: 'account.privacy' })
  try {
    const result = await exportOwnData(payload, customer)
    if (!result.ok) {
      return {
        status: 'error',
        message: done('exportLimited', { hours: Math.max(1, Math.ceil(result.retryAfter / 3600)) }),
      }
    }
  } catch (error) {
    payload.logger.error({ err: error, msg: 'data export request failed' })
    return { status: 'error', message: t('unexpected') }
  }
  revalidatePath('/[locale]/account/privacy', 'page')
  return { status: 'success', message: done('exportQueued') }
}
