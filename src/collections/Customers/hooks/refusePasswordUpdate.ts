import { ValidationError } from 'payload'
import type { CollectionBeforeOperationHook, RequestContext } from 'payload'

import { customerId } from '@/access/roles'

/**
 * Set in `context` by our own password change, once it has checked the current password. A symbol:
 * no request body, query or header can produce it.
 */
export const CHECKED_PASSWORD_CHANGE = Symbol('checkedPasswordChange')

export const checkedPasswordChange = (): RequestContext => ({ [CHECKED_PASSWORD_CHANGE]: true }) as RequestContext

/**
 * A signed-in customer could otherwise send `password` in an update (REST, GraphQL) and change it
 * without knowing the current one, while every other session stayed valid: a stolen session would
 * become a stolen account. Customers change their password through the portal form, which asks for
 * the current one; staff keep setting passwords in the admin. Payload's reset-password and login
 * flows are other operations and never reach this check.
 */
export const refusePasswordUpdate: CollectionBeforeOperationHook = ({ args, operation, req, context }) => {
  if (operation !== 'update') return args
  const data = (args as { data?: Record<string, unknown> }).data
  if (!data || data.password === undefined || data.password === null || data.password === '') return args
  if (!customerId(req.user)) return args
  if ((context as Record<symbol, unknown>)[CHECKED_PASSWORD_CHANGE] === true) return args
  throw new ValidationError(
    {
      collection: 'customers',
      errors: [
        {
          path: 'password',
          message: 'To change your password, use the form of your account, which asks for the current one.',
        },
      ],
    },
    req.t,
  )
}
