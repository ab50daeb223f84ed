'use server'

import { getTranslations } from 'next-intl/server'

import { eraseOwnAccount } from '@/privacy/customerRequests'
import { endSession, getCustomer } from '../../../_auth/session'
import { getPayloadClient } from '../../../_data/payload'
import { errorTranslator, formLocale } from '../_lib/actionKit'
import type { FormState } from '../_lib/formState'

/**
 * The customer's own erasure: confirmed by their password and a box, for the signed-in account only
 * (no id is read from the form). The job runs in the background; the session ends here.
 */
export async function eraseAccount(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = await formLocale(form)
  const t = await errorTranslator(locale)
  const copy = await getTranslations({ locale, namespace: 'account.privacy' })
  const customer = await getCustomer()
  if (!customer) return { status: 'error', message: t('signedOut') }
  const password = form.get('password')
  const errors: Record<string, string> = {}
  if (typeof password !== 'string' || !password) errors.password = t('required')
  if (form.get('confirm') !== 'on') errors.confirm = copy('confirmRequired')
  if (Object.keys(errors).length) return { status: 'error', errors, message: t('fixFields') }

  const payload = await getPayloadClient()
  try {
    const result = await eraseOwnAccount(payload, customer, String(password))
    if (!result.ok) {
      if (result.reason === 'wrongPassword') return { status: 'error', errors: { password: copy('wrongPassword') } }
      if (result.reason === 'ordersInProgress') {
        return { status: 'error', message: copy('ordersInProgress', { orders: result.orders.join(', ') }) }
      }
      return { status: 'error', message: t('signedOut') }
    }
  } catch (error) {
    payload.logger.error({ err: error, msg: 'erasure request failed' })
    return { status: 'error', message: t('unexpected') }
  }
  await endSession()
  return { status: 'success', message: copy('erased') }
}
