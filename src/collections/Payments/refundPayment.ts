import type { Payload, TypedUser } from 'payload'

import { checkRefundAmount, refundableAmount } from '@/domain/paymentSettlement'
import { idOf } from '@/domain/relationId'
import { paymentProvider, ProviderRejectedError, ProviderUnavailableError } from '@/integrations/payments'
import type { Payment } from '@/payload-types'
import { withReferenceLock } from './settle'

export type RefundOutcome =
  | { ok: true; refund: Pick<Payment, 'id' | 'status' | 'amount' | 'providerReference'> }
  | { ok: false; status: 400 | 404 | 502; field?: 'amount'; message: string }

/**
 * Gives money back from a received payment, through the provider that took it (a bank transfer is
 * refunded by hand and only recorded). The refund is written as pending before the provider is
 * called, under a lock on the original payment, so twenty clicks cannot refund more than was paid;
 * its id is the provider's idempotency key, so a retry never refunds twice.
 */
export async function refundPayment(
  payload: Payload,
  args: { user: TypedUser; paymentId: string; amount: unknown; reason?: string },
): Promise<RefundOutcome> {
  const original = await payload.findByID({
    collection: 'payments',
    id: args.paymentId,
    overrideAccess: false,
    user: args.user,
    disableErrors: true,
    depth: 0,
  })
  if (!original) return { ok: false, status: 404, message: 'No such payment.' }
  if (original.kind === 'refund' || original.status !== 'succeeded') {
    return { ok: false, status: 400, message: 'Only a received deposit or balance payment can be refunded.' }
  }
  const online = original.provider === 'bank_transfer' ? undefined : paymentProvider(original.provider)
  if (original.provider !== 'bank_transfer' && (!online || !original.captureReference)) {
    return { ok: false, status: 400, message: `${original.provider} is not configured: refund it from its dashboard.` }
  }

  const claimed = await withReferenceLock(payload, `refund-of:${original.id}`, async (req) => {
    const { docs: refunds } = await req.payload.find({
      collection: 'payments',
      where: { refundOf: { equals: original.id } },
      pagination: false,
      depth: 0,
      req,
      select: { amount: true, status: true },
    })
    const check = checkRefundAmount(args.amount, refundableAmount(original.amount, refunds))
    if (!check.ok) return check
    const refund = await req.payload.create({
      collection: 'payments',
      data: {
        order: idOf(original.order),
        provider: original.provider,
        kind: 'refund',
        refundOf: original.id,
        amount: args.amount as number,
        currency: original.currency,
        status: online ? 'pending' : 'succeeded',
      },
      req,
      user: args.user,
      overrideAccess: false,
      context: { systemPayment: true },
      depth: 0,
    })
    return { ok: true as const, refund }
  })
  if (!claimed.ok) return { ok: false, status: 400, field: 'amount', message: claimed.reason }
  if (!online) return { ok: true, refund: claimed.refund }

  try {
    const result = await online.refund({
      providerReference: original.providerReference ?? '',
      captureReference: original.captureReference ?? undefined,
      amount: claimed.refund.amount,
      currency: original.currency ?? 'EUR',
      idempotencyKey: claimed.refund.id,
      reason: args.reason,
    })
    const refund = await recordRefundAnswer(payload, claimed.refund.id, result.refundReference, result.status)
    return { ok: true, refund }
  } catch (error) {
    if (error instanceof ProviderRejectedError) {
      await payload.update({
        collection: 'payments',
        id: claimed.refund.id,
        data: { status: 'failed', failureReason: error.message.slice(0, 300) },
        depth: 0,
      })
      return { ok: false, status: 400, field: 'amount', message: `The provider refused the refund: ${error.message}` }
    }
    if (error instanceof ProviderUnavailableError) {
      // It may have gone through: the refund stays pending and the reconciliation job asks again
      // with the same idempotency key, which returns that refund instead of making a second one.
      await payload.update({
        collection: 'payments',
        id: claimed.refund.id,
        data: { failureReason: 'The provider did not answer; the refund will be checked again automatically.' },
        depth: 0,
      })
      return {
        ok: false,
        status: 502,
        message: 'The provider did not answer. The refund is recorded as pending and will be checked again.',
      }
    }
    throw error
  }
}

/** Stores the provider's answer on our pending refund, unless its webhook got there first. */
export async function recordRefundAnswer(
  payload: Payload,
  refundId: string,
  refundReference: string,
  status: Payment['status'],
): Promise<Pick<Payment, 'id' | 'status' | 'amount' | 'providerReference'>> {
  return withReferenceLock(payload, refundReference, async (req) => {
    const current = await req.payload.findByID({ collection: 'payments', id: refundId, depth: 0, req })
    if (current.status !== 'pending' && current.providerReference) return current
    return req.payload.update({
      collection: 'payments',
      id: refundId,
      data: { providerReference: refundReference, status, failureReason: null },
      depth: 0,
      req,
    })
  })
}
