import type { OrderStatus } from './orderStatus'

type Dated = { status: OrderStatus; at: string }

/**
 * When an order reached the milestone it is at: the last time its timeline entered that status
 * (a status is reached once, but an order imported with its history may repeat it). An order with no
 * entry for its status, such as one created before the timeline existed, is dated by its creation.
 */
export function milestoneReachedAt(order: {
  status: OrderStatus
  timeline?: Dated[] | null
  createdAt: string
}): string {
  const entries = (order.timeline ?? []).filter((entry) => entry.status === order.status && entry.at)
  const latest = entries.reduce<string | null>(
    (found, entry) => (found === null || Date.parse(entry.at) > Date.parse(found) ? entry.at : found),
    null,
  )
  return latest ?? order.createdAt
}
