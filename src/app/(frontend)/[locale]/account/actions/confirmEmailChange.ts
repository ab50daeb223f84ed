'use server'

import { getTranslations } from 'next-intl/server'

import { confirmEmailChange as confirmCustomerEmailChange } from '@/collections/Customers/account/emailChange'
import { redirect } from '@/i18n/navigation'
import { endSession } from '../../../_auth/session'
import { getPayloadClient } from '../../../_data/payload'
import { errorTranslator, formLocale, rateLimited, visitorIp } from '../_lib/actionKit'
import type { FormState } from '../_lib/formState'

/**
 * The button of the page the e-mailed link opens (a POST: mail scanners only GET). Signed in or
 * not: every session of the account ends with the change, this browser's cookie too.
 */
export async function confirmEmailChange(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = await formLocale(form)
  const t = await errorTranslator(locale)
  const token = form.get('token')
  const payload = await getPayloadClient()
  const wait = await rateLimited(payload, [['emailChangeConfirm', await visitorIp()]])
  if (wait) return { status: 'error', message: t('rateLimited', { minutes: wait }) }

  let result: Awaited<ReturnType<typeof confirmCustomerEmailChange>>
  try {
    result = await confirmCustomerEmailChange(payload, typeof token === 'string' ? token.trim() : '')
  } catch (error) {
    payload.logger.error({ err: error, msg: 'e-mail change confirmation failed' })
    return { status: 'error', message: t('unexpected') }
  }
  if (!result.ok) {
    const page = await getTranslations({ locale, namespace: 'account.emailChange' })
    return {
      status: 'error',
      message: page(result.reason),
      errors: { token: page(result.reason === 'taken' ? 'takenHint' : 'invalidHint') },
    }
  }
  await endSession()
  redirect({ href: { pathname: '/account', query: { emailChanged: '1' } }, locale })
  return { status: 'success' }
}
