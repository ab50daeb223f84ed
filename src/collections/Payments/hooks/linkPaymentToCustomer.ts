import { ValidationError } from 'payload'
import type { CollectionBeforeChangeHook } from 'payload'

/** A payment belongs to its order's customer, has a positive amount and says who typed it in. */
export const linkPaymentToCustomer: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const amount = data.amount ?? originalDoc?.amount
  if (!amount || amount <= 0) {
    throw new ValidationError({ collection: 'payments', errors: [{ path: 'amount', message: 'A payment amount must be positive.' }] }, req.t)
  }
  const orderId = data.order ?? originalDoc?.order
  const order = await req.payload.findByID({ collection: 'orders', id: orderId, depth: 0, req, select: { customer: true } })
  return {
    ...data,
    customer: order.customer,
    receivedAt: data.receivedAt ?? originalDoc?.receivedAt ?? new Date().toISOString(),
    ...(operation === 'create' && req.user?.collection === 'users' ? { recordedBy: req.user.id } : {}),
  }
}
