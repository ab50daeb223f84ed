import type { Payload } from 'payload'

import { depositWindowExpired } from '@/domain/paymentSettlement'

const DAY_MS = 86_400_000

/**
 * Cancels the orders whose deposit never came within the site's deposit window (site settings,
 * Payments): the vehicle they held goes back on sale. Staff can still take a late transfer by
 * creating a new quote.
 */
export async function releaseUnpaidOrders(payload: Payload, now = new Date()): Promise<string[]> {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, select: { depositWindowDays: true } })
  const windowDays = settings.depositWindowDays ?? 7
  const { docs } = await payload.find({
    collection: 'orders',
    where: {
      and: [
        { status: { equals: 'awaiting_deposit' } },
        { createdAt: { less_than: new Date(now.getTime() - windowDays * DAY_MS).toISOString() } },
      ],
    },
    limit: 100,
    depth: 0,
    select: { status: true, amountPaid: true, createdAt: true },
  })
  const released: string[] = []
  for (const order of docs) {
    const inFlight = await payload.count({
      collection: 'payments',
      where: { and: [{ order: { equals: order.id } }, { status: { equals: 'pending' } }] },
    })
    if (
      !depositWindowExpired({
        status: order.status,
        amountPaid: order.amountPaid,
        createdAt: order.createdAt,
        windowDays,
        now,
        paymentInFlight: inFlight.totalDocs > 0,
      })
    )
      continue
    await payload.update({
      collection: 'orders',
      id: order.id,
      data: { status: 'cancelled', milestoneInternalNote: `No deposit received within ${windowDays} days` },
      depth: 0,
    })
    released.push(order.id)
  }
  return released
}
