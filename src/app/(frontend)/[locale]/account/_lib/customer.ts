import 'server-only'

import { cache } from 'react'

import { redirect } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { getCustomer } from '../../../_auth/session'
import type { SignedInCustomer } from '../../../_data/account'

/** The signed-in customer, read once per request however many components ask. */
export const currentCustomer = cache(getCustomer)

/** The signed-in customer; a visitor is sent to the sign-in form and comes back to `path` after. */
export async function requireCustomer(locale: Locale, path: string): Promise<SignedInCustomer> {
  const customer = await currentCustomer()
  if (!customer) redirect({ href: { pathname: '/account', query: { next: path } }, locale })
  return customer as SignedInCustomer
}
