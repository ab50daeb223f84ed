import { APIError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

import { getOidcSettings } from '@/config/env'
import { oidcProvidersFor } from './client'

/**
 * STAFF_PASSWORD_LOGIN=off: staff sign in through the company's provider only (its policies, its
 * second factor, its leavers' list). `admins`: administrators keep their password as a way in when
 * the provider is down. The first admin of an empty installation is created with a password by
 * Payload's create-first-user form, which this does not touch.
 *
 * A password reset signs in too (Payload answers it with a session token), so it follows the same
 * rule as the sign-in itself: otherwise "forgot password" would be a way around the provider.
 */
const PASSWORD_OPERATIONS = new Set(['login', 'forgotPassword', 'resetPassword'])

async function roleOf(req: PayloadRequest, data: Record<string, unknown> | undefined): Promise<string | null> {
  const email = typeof data?.email === 'string' ? data.email.trim().toLowerCase() : ''
  const token = typeof data?.token === 'string' ? data.token : ''
  if (!email && !token) return null
  const user = await req.payload.db.findOne<{ id: string; role?: string }>({
    collection: 'users',
    req,
    where: email ? { email: { equals: email } } : { resetPasswordToken: { equals: token } },
  })
  return user?.role ?? null
}

export const staffPasswordLogin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (!PASSWORD_OPERATIONS.has(operation)) return args
  const setting = getOidcSettings().staffPasswordLogin
  if (setting === 'on') return args
  if (setting === 'admins' && (await roleOf(req, (args as { data?: Record<string, unknown> }).data)) === 'admin') {
    return args
  }
  const labels = oidcProvidersFor('staff').map((provider) => provider.label)
  throw new APIError(`Sign in with ${labels.join(' or ')}: password sign-in is turned off for staff.`, 403, null, true)
}
