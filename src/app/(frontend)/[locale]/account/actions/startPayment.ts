'use server'

import { redirect as redirectTo } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { z } from 'zod'

import { startCheckout } from '@/collections/Payments/startCheckout'
import { getEnv } from '@/config/env'
import { redirect } from '@/i18n/navigation'
import { getPayloadClient } from '../../../_data/payload'
import { formLocale, formObject } from '../_lib/actionKit'
import { currentCustomer } from '../_lib/customer'
import type { FormState } from '../_lib/formState'

// Only which order and which provider: the amount is never read from the form.
const startPaymentSchema = z.object({
  orderId: z.string().min(1).max(60),
  provider: z.enum(['stripe', 'paypal']),
})

/** Sends the customer to the provider's page to pay what their order expects next. */
export async function startPayment(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = await formLocale(form)
  const t = await getTranslations({ locale, namespace: 'account.pay' })
  const parsed = startPaymentSchema.safeParse(formObject(form, ['orderId', 'provider']))
  if (!parsed.success) return { status: 'error', message: t('errors.provider_off') }
  const customer = await currentCustomer()
  if (!customer) {
    redirect({ href: { pathname: '/account', query: { next: `/account/orders/${parsed.data.orderId}` } }, locale })
    return { status: 'error' }
  }
  const result = await startCheckout(await getPayloadClient(), {
    customer,
    orderId: parsed.data.orderId,
    provider: parsed.data.provider,
    locale,
    serverUrl: getEnv().SERVER_URL,
  })
  if (!result.ok) return { status: 'error', message: t(`errors.${result.reason}`) }
  redirectTo(result.redirectUrl)
}
