import type { Payload, TaskConfig } from 'payload'

import { inactivityCutoff } from '@/domain/privacy'

/**
 * Flags customers with no sign-in, order or quote for three years (storage limitation, GDPR art.
 * 5(1)(e)) for staff to review: it never erases by itself, since an open dispute or a warranty claim
 * can be a reason to keep an account. Staff filter the customer list on "Review for erasure". An
 * account staff chose to keep (box unticked, `inactiveSince` left) is not flagged again until it has
 * been active again and then idle for another three years.
 */
export async function flagInactiveCustomers(payload: Payload, now = new Date()): Promise<number> {
  const result = await payload.db.pool.query(
    `WITH activity AS (
       SELECT c.id, greatest(
         c.created_at, c.last_login_at,
         (SELECT max(o.updated_at) FROM orders o WHERE o.customer_id = c.id),
         (SELECT max(q.updated_at) FROM quotes q WHERE q.customer_id = c.id)
       ) AS last_active
       FROM customers c
       WHERE coalesce(c.erasure_status, 'none') = 'none' AND coalesce(c.review_for_erasure, false) = false
     )
     UPDATE customers SET review_for_erasure = true, inactive_since = activity.last_active
     FROM activity WHERE customers.id = activity.id AND activity.last_active < $1
       AND (customers.inactive_since IS NULL OR customers.inactive_since < activity.last_active)`,
    [inactivityCutoff(now).toISOString()],
  )
  return result.rowCount ?? 0
}

export const flagInactiveCustomersTask: TaskConfig<{ input: object; output: { flagged: number } }> = {
  slug: 'flagInactiveCustomers',
  label: 'Flag customers inactive for 3 years for review',
  schedule: [{ cron: '0 20 3 * * *', queue: 'default' }],
  outputSchema: [{ name: 'flagged', type: 'number' }],
  handler: async ({ req }) => ({ output: { flagged: await flagInactiveCustomers(req.payload) } }),
}
