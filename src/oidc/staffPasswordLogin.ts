import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { getOidcSettings } from '@/config/env'
import { oidcProvidersFor } from './client'

/**
 * STAFF_PASSWORD_LOGIN=off: staff sign in through the company's provider only (its policies, its
 * second factor, its leavers' list). `admins`: administrators keep their password as a way in when
 * the provider is down. The first admin of an empty installation is created with a password by
 * Payload's create-first-user form, which this does not touch.
 */
export const staffPasswordLogin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const setting = getOidcSettings().staffPasswordLogin
  if (setting === 'on') return args
  if (setting === 'admins') {
    const email = (args as { data?: { email?: unknown } }).data?.email
    const user =
      typeof email === 'string' && email.trim()
        ? await req.payload.db.findOne<{ id: string; role?: string }>({
            collection: 'users',
            req,
            where: { email: { equals: email.trim().toLowerCase() } },
          })
        : null
    if (user?.role === 'admin') return args
  }
  const labels = oidcProvidersFor('staff').map((provider) => provider.label)
  throw new APIError(`Sign in with ${labels.join(' or ')}: password sign-in is turned off for staff.`, 403, null, true)
}
