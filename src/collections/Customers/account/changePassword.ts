import { createLocalReq, type Payload } from 'payload'

import { queueNotification } from '@/notifications/queue'
import { siteLink } from '@/notifications/links'
import type { Customer } from '@/payload-types'
import { consume } from '@/security/rateLimit'
import { checkedPasswordChange } from '../hooks/refusePasswordUpdate'
import { checkCurrentPassword } from './currentPassword'

export type PasswordChangeResult =
  | { ok: true }
  | { ok: false; reason: 'wrongPassword' | 'locked' | 'samePassword' }
  | { ok: false; reason: 'rateLimited'; retryAfter: number }

type SignedIn = Pick<Customer, 'id' | 'email' | 'firstName' | 'language'>

/**
 * A signed-in customer changes their password from the portal: the current one first, then the new
 * one is set and every session but the one making the change is closed, so a session opened with a
 * stolen password or cookie elsewhere ends here. A notice goes to the account's address.
 */
export async function changePassword(
  payload: Payload,
  {
    customer,
    sessionId,
    currentPassword,
    newPassword,
  }: { customer: SignedIn; sessionId: string | undefined; currentPassword: string; newPassword: string },
): Promise<PasswordChangeResult> {
  const budget = await consume(payload, 'passwordChange', `customer:${customer.id}`)
  if (!budget.ok) return { ok: false, reason: 'rateLimited', retryAfter: budget.retryAfter }

  const check = await checkCurrentPassword(payload, customer, currentPassword)
  if (check === 'wrong') return { ok: false, reason: 'wrongPassword' }
  if (check === 'locked') return { ok: false, reason: 'locked' }
  if (newPassword === currentPassword) return { ok: false, reason: 'samePassword' }

  // As the customer (their access, their fields), with the flag that lets a checked change through.
  await payload.update({
    collection: 'customers',
    id: customer.id,
    data: { password: newPassword },
    user: { ...customer, collection: 'customers', _sid: sessionId },
    overrideAccess: false,
    context: checkedPasswordChange(),
    depth: 0,
  })
  // Payload's update already keeps only the caller's session; this guarantee is the point of the
  // feature, so it is stated here rather than left to that detail.
  await payload.db.pool.query(
    `DELETE FROM "customers_sessions" WHERE "_parent_id" = $1 AND ($2::varchar IS NULL OR "id" <> $2)`,
    [customer.id, sessionId ?? null],
  )

  const req = await createLocalReq({}, payload)
  const changedAt = new Date().toISOString()
  await queueNotification(req, {
    template: 'password_changed',
    customer: customer.id,
    dedupeKey: `customer:${customer.id}:password-changed:${changedAt}`,
    variables: {
      firstName: customer.firstName,
      changedAt,
      resetUrl: siteLink(customer.language === 'en' ? 'en' : 'fr', '/account/forgot-password'),
    },
  })
  return { ok: true }
}
