import { ValidationError } from 'payload'
import type { CollectionBeforeChangeHook } from 'payload'

import { isStaffUser } from '@/access/roles'
import { idOf } from '@/domain/relationId'
import type { Payment } from '@/payload-types'

/** A payment belongs to its order's customer, has a positive amount and says who typed it in. */
export const linkPaymentToCustomer: CollectionBeforeChangeHook<Payment> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const amount = data.amount ?? originalDoc?.amount
  if (!amount || amount <= 0) {
    throw new ValidationError(
      { collection: 'payments', errors: [{ path: 'amount', message: 'A payment amount must be positive.' }] },
      req.t,
    )
  }
  // Field validation has already required the order; the id is only missing to the type checker.
  const orderId = idOf(data.order ?? originalDoc?.order) ?? ''
  const order = await req.payload.findByID({
    collection: 'orders',
    id: orderId,
    depth: 0,
    req,
    select: { customer: true },
  })
  return {
    ...data,
    customer: order.customer,
    // Money is received when it succeeds; a checkout still open has no date yet.
    receivedAt:
      (data.status ?? originalDoc?.status) === 'succeeded'
        ? (data.receivedAt ?? originalDoc?.receivedAt ?? new Date().toISOString())
        : (data.receivedAt ?? originalDoc?.receivedAt ?? null),
    ...(operation === 'create' && isStaffUser(req.user) ? { recordedBy: req.user.id } : {}),
  }
}
