'use server'

import { cookies } from 'next/headers'
import { redirect as redirectAway } from 'next/navigation'
import { createLocalReq, logoutOperation } from 'payload'

import { redirect } from '@/i18n/navigation'
import { endSession, getCustomer } from '../../../_auth/session'
import { getPayloadClient } from '../../../_data/payload'
import { formLocale } from '../_lib/actionKit'
import { getEnv } from '@/config/env'
import { endSessionUrl } from '@/oidc/endpoints'
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
  // Signed in through a provider: its session ends too when it offers RP-initiated logout. Straight
  // to the provider's origin (an external redirect, which the client router follows as a page load);
  // it sends the browser back to the signed-out page.
  const jar = await cookies()
  const provider = jar.get(SIGNED_IN_WITH_COOKIE)?.value
  if (provider) {
    jar.delete({ name: SIGNED_IN_WITH_COOKIE, path: '/' })
    const home = `${getEnv().SERVER_URL}${locale === 'fr' ? '' : `/${locale}`}/account?signedOut=1`
    const away = await endSessionUrl(provider, home)
    if (away) redirectAway(away)
  }
  redirect({ href: { pathname: '/account', query: { signedOut: '1' } }, locale })
}
