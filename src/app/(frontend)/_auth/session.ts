import 'server-only'

import { cookies, headers } from 'next/headers'
import { generateExpiredPayloadCookie, generatePayloadCookie } from 'payload/shared'

import type { Customer } from '@/payload-types'
import { getPayloadClient } from '../_data/payload'

/** The signed-in storefront customer, or null (staff sessions do not count here). */
export async function getCustomer(): Promise<(Customer & { collection: 'customers' }) | null> {
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return user && user.collection === 'customers' ? (user as Customer & { collection: 'customers' }) : null
}

async function customersAuthConfig() {
  const payload = await getPayloadClient()
  return { auth: payload.collections.customers.config.auth, prefix: payload.config.cookiePrefix }
}

/** Stores the session token in Payload's own cookie, so the REST API and the pages agree on who is signed in. */
export async function startSession(token: string): Promise<void> {
  const { auth, prefix } = await customersAuthConfig()
  const cookie = generatePayloadCookie({
    collectionAuthConfig: auth,
    cookiePrefix: prefix,
    token,
    returnCookieAsObject: true,
  })
  ;(await cookies()).set(cookie.name, cookie.value ?? '', {
    httpOnly: true,
    secure: cookie.secure,
    sameSite: 'lax',
    path: cookie.path ?? '/',
    expires: cookie.expires ? new Date(cookie.expires) : undefined,
    domain: cookie.domain,
  })
}

export async function endSession(): Promise<void> {
  const { auth, prefix } = await customersAuthConfig()
  const cookie = generateExpiredPayloadCookie({
    collectionAuthConfig: auth,
    cookiePrefix: prefix,
    returnCookieAsObject: true,
  })
  ;(await cookies()).delete({ name: cookie.name, path: cookie.path ?? '/' })
}
