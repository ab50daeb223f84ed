import type { Payload, TypedUser } from 'payload'

import { startOfParisMonth } from '@/domain/calendarDate'
import { netPaid } from '@/domain/orderBalance'

/** Money in this month (refunds deducted) and the deposits still awaited, for the staff dashboard. */
export async function moneyAtAGlance(payload: Payload, user: TypedUser, now: Date) {
  const asStaff = { overrideAccess: false, user, depth: 0, pagination: false } as const
  const [received, awaiting] = await Promise.all([
    payload.find({
      collection: 'payments',
      ...asStaff,
      where: {
        and: [
          { status: { equals: 'succeeded' } },
          { receivedAt: { greater_than_equal: startOfParisMonth(now).toISOString() } },
        ],
      },
      select: { amount: true, kind: true },
    }),
    payload.find({
      collection: 'orders',
      ...asStaff,
      where: { status: { equals: 'awaiting_deposit' } },
      select: { totals: true, amountPaid: true },
    }),
  ])
  return {
    receivedThisMonth: netPaid(received.docs),
    paymentsThisMonth: received.docs.length,
    depositsAwaited: awaiting.docs.length,
    depositsAwaitedAmount: awaiting.docs.reduce(
      (sum, order) => sum + Math.max(0, (order.totals.depositDue ?? 0) - (order.amountPaid ?? 0)),
      0,
    ),
  }
}
