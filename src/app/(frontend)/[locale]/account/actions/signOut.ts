'use server'

import { cookies } from 'next/headers'
import { redirect as redirectAway } from 'next/navigation'
import { createLocalReq, logoutOperation } from 'payload'

import { redirect } from '@/i18n/navigation'
import { endSession, getCustomer } from '../../../_auth/session'
import { getPayloadClient } from '../../../_data/payload'
import { formLocale } from '../_lib/actionKit'
import { SIGNED_IN_WITH_COOKIE } from '@/oidc/flowCookie'

/** Ends this session on the server too (a copied cookie stops working), then clears the cookie. */
export async function signOut(form: FormData): Promise<void> {
  const locale = await formLocale(form)
  const customer = await getCustomer()
  if (customer) {
    const payload = await getPayloadClient()
    try {
      const req = await createLocalReq({ user: customer }, payload)
      await logoutOperation({ collection: payload.collections.customers, req })
    } catch (error) {
      payload.logger.error({ err: error, msg: 'customer session could not be revoked' })
    }
  }
  await endSession()
  // Signed in through a provider: its session ends too when it offers RP-initiated logout
  // (/api/oidc/logout sends the browser there, then back here).
  if ((await cookies()).get(SIGNED_IN_WITH_COOKIE)?.value) {
    const home = `${locale === 'fr' ? '' : `/${locale}`}/account?signedOut=1`
    redirectAway(`/api/oidc/logout?next=${encodeURIComponent(home)}`)
  }
  redirect({ href: { pathname: '/account', query: { signedOut: '1' } }, locale })
}
