import type { TaskConfig } from 'payload'

import { releaseUnpaidOrders } from '@/collections/Orders/releaseUnpaidOrders'
import { reconcilePayments } from '@/collections/Payments/reconcile'

/** Every five minutes: settle the payments whose webhook never arrived. */
export const reconcilePaymentsTask: TaskConfig<{ input: Record<string, never>; output: { settled: number } }> = {
  slug: 'reconcilePayments',
  label: 'Reconcile pending payments with their providers',
  schedule: [{ cron: '0 */5 * * * *', queue: 'default' }],
  retries: 0,
  handler: async ({ req }) => {
    const report = await reconcilePayments(req.payload)
    return { output: { settled: report.settled } }
  },
}

/** Every hour: cancel the orders whose deposit did not come in time, releasing their vehicle. */
export const releaseUnpaidOrdersTask: TaskConfig<{ input: Record<string, never>; output: { released: number } }> = {
  slug: 'releaseUnpaidOrders',
  label: 'Release vehicles held by unpaid orders',
  schedule: [{ cron: '0 15 * * * *', queue: 'default' }],
  retries: 0,
  handler: async ({ req }) => {
    const released = await releaseUnpaidOrders(req.payload)
    return { output: { released: released.length } }
  },
}
