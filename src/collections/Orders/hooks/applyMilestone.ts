import { ValidationError } from 'payload'
import type { CollectionBeforeChangeHook } from 'payload'

import { isStaffUser } from '@/access/roles'
import { netPaid, orderBalance } from '@/domain/orderBalance'
import { transition, type OrderState, type TimelineEntry } from '@/domain/orderStatus'
import { idOf } from '@/domain/relationId'
import type { Order } from '@/payload-types'

/**
 * Recomputes what is paid and due from the payments, moves an order awaiting its deposit forward
 * once the deposit is in, and writes every status change as a dated timeline entry through the
 * milestone state machine; a change it does not allow is refused on the status field.
 */
export const applyMilestone: CollectionBeforeChangeHook<Order> = async ({ data, originalDoc, operation, req }) => {
  const staffId = isStaffUser(req.user) ? String(req.user.id) : undefined
  const now = new Date()
  const total = data.totals?.total ?? originalDoc?.totals?.total ?? 0
  const depositDue = data.totals?.depositDue ?? originalDoc?.totals?.depositDue ?? 0

  let paid = 0
  if (operation === 'update' && originalDoc) {
    const { docs } = await req.payload.find({
      collection: 'payments',
      where: { and: [{ order: { equals: originalDoc.id } }, { status: { equals: 'succeeded' } }] },
      select: { amount: true, kind: true },
      pagination: false,
      depth: 0,
      req,
    })
    paid = netPaid(docs)
  }
  const money = orderBalance({ total, depositDue, paid })

  let state: OrderState = {
    status: operation === 'create' || !originalDoc ? 'awaiting_deposit' : originalDoc.status,
    timeline: (originalDoc?.timeline ?? []).map((entry): TimelineEntry => ({
      status: entry.status,
      from: entry.from ?? null,
      at: entry.at,
      ...(entry.by ? { by: idOf(entry.by) } : {}),
      ...(entry.customerNote ? { customerNote: entry.customerNote } : {}),
      ...(entry.internalNote ? { internalNote: entry.internalNote } : {}),
    })),
  }
  if (operation === 'create') {
    state.timeline = [
      { status: 'awaiting_deposit', from: null, at: now.toISOString(), ...(staffId ? { by: staffId } : {}) },
    ]
  }

  const requested = data.status ?? state.status
  const depositIn = state.status === 'awaiting_deposit' && money.depositIn
  const target = requested === state.status && depositIn ? 'deposit_paid' : requested

  if (target !== state.status) {
    // The automatic move on a received deposit is noted for staff: the customer's timeline says it already.
    const notes = {
      customer: data.milestoneCustomerNote,
      internal: data.milestoneInternalNote || (target === 'deposit_paid' && depositIn ? 'Deposit received' : undefined),
    }
    const result = transition(state, target, now, staffId, notes)
    if (!result.ok) {
      throw new ValidationError({ collection: 'orders', errors: [{ path: 'status', message: result.reason }] }, req.t)
    }
    state = { status: result.status, timeline: result.timeline }
  }

  return {
    ...data,
    status: state.status,
    timeline: state.timeline.map((entry) => ({
      ...entry,
      by: entry.by ?? null,
      customerNote: entry.customerNote ?? null,
      internalNote: entry.internalNote ?? null,
    })),
    amountPaid: money.paid,
    amountDue: money.due,
  }
}
