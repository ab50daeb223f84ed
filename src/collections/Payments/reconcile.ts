import type { Payload } from 'payload'

import { paymentProvider, ProviderRejectedError, ProviderUnavailableError } from '@/integrations/payments'
import { recordRefundAnswer } from './refundPayment'
import { settlePaymentEvent } from './settle'

const HOUR_MS = 3_600_000

export interface ReconcileReport {
  checked: number
  settled: number
  abandoned: number
  refundsResolved: number
  errors: number
}

/**
 * Asks the providers about every payment still pending, for the webhooks that never came: a paid
 * checkout is settled exactly as its webhook would have been (same lock, same single effect), a
 * checkout left open for a day is marked failed, and a refund whose request went unanswered is asked
 * for again with its own idempotency key, which returns the refund made the first time if there was one.
 */
export async function reconcilePayments(
  payload: Payload,
  { now = new Date(), minAgeMs = 2 * 60_000 }: { now?: Date; minAgeMs?: number } = {},
): Promise<ReconcileReport> {
  const report: ReconcileReport = { checked: 0, settled: 0, abandoned: 0, refundsResolved: 0, errors: 0 }
  const { docs } = await payload.find({
    collection: 'payments',
    where: {
      and: [
        { status: { equals: 'pending' } },
        { provider: { in: ['stripe', 'paypal'] } },
        { createdAt: { less_than_equal: new Date(now.getTime() - minAgeMs).toISOString() } },
      ],
    },
    sort: 'createdAt',
    limit: 100,
    depth: 0,
  })
  for (const payment of docs) {
    const provider = paymentProvider(payment.provider)
    if (!provider) continue
    report.checked++
    try {
      if (payment.kind === 'refund') {
        if (payment.providerReference || !payment.refundOf) continue
        const original = await payload.findByID({
          collection: 'payments',
          id: typeof payment.refundOf === 'object' ? payment.refundOf.id : payment.refundOf,
          depth: 0,
        })
        const answer = await provider.refund({
          providerReference: original.providerReference ?? '',
          captureReference: original.captureReference ?? undefined,
          amount: payment.amount,
          currency: payment.currency ?? 'EUR',
          idempotencyKey: payment.id,
        })
        await recordRefundAnswer(payload, payment.id, answer.refundReference, answer.status)
        report.refundsResolved++
        continue
      }
      if (!payment.providerReference) continue
      const state = await provider.getPayment(payment.providerReference)
      if (state.status === 'pending') {
        if (now.getTime() - new Date(payment.createdAt).getTime() > 24 * HOUR_MS) {
          await payload.update({
            collection: 'payments',
            id: payment.id,
            data: { status: 'failed', failureReason: 'The checkout was left unpaid for a day.' },
            depth: 0,
          })
          report.abandoned++
        }
        continue
      }
      const result = await settlePaymentEvent(payload, provider.id, {
        eventId: `reconcile:${payment.providerReference}`,
        type: state.status === 'succeeded' ? 'payment_succeeded' : 'payment_failed',
        providerReference: payment.providerReference,
        amount: state.amount,
        currency: state.currency,
        captureReference: state.captureReference,
      })
      if (result !== 'unchanged') report.settled++
    } catch (error) {
      if (!(error instanceof ProviderUnavailableError || error instanceof ProviderRejectedError)) throw error
      payload.logger.warn({ msg: `reconcile ${payment.id}: ${error.message}` })
      report.errors++
    }
  }
  return report
}
