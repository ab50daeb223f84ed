import { sql } from '@payloadcms/db-postgres'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { requestDb } from '@/db/requestDb'
import { settlementAction, type SettlementOutcome } from '@/domain/paymentSettlement'
import { idOf } from '@/domain/relationId'
import type { OnlineProviderId, PaymentEvent } from '@/integrations/payments'
import type { Payment } from '@/payload-types'

export type SettleResult = 'created' | 'succeeded' | 'failed' | 'unchanged' | 'unknown'

type PaymentOutcome = Extract<PaymentEvent, { type: 'payment_succeeded' | 'payment_failed' }>
type RefundOutcome = Extract<PaymentEvent, { type: 'refund_succeeded' | 'refund_failed' }>

/**
 * Runs `work` in one transaction that first takes a lock named after the provider's reference: the
 * same event arriving twenty times at once is handled one after the other, and each later copy finds
 * the record already settled. The payment, its receipt number and the order's move all commit
 * together or not at all (the provider then retries).
 */
export async function withReferenceLock<T>(
  payload: Payload,
  reference: string,
  work: (req: PayloadRequest) => Promise<T>,
): Promise<T> {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    await (await requestDb(req)).execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${reference}, 0))`)
    const result = await work(req)
    await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

async function paymentByReference(req: PayloadRequest, reference: string): Promise<Payment | undefined> {
  const { docs } = await req.payload.find({
    collection: 'payments',
    where: { providerReference: { equals: reference } },
    limit: 1,
    depth: 0,
    req,
  })
  return docs[0]
}

const outcomeOf = (type: PaymentEvent['type']): SettlementOutcome =>
  type === 'payment_succeeded' || type === 'refund_succeeded' ? 'succeeded' : 'failed'

async function settleCheckout(req: PayloadRequest, provider: OnlineProviderId, event: PaymentOutcome) {
  const outcome = outcomeOf(event.type)
  const record = await paymentByReference(req, event.providerReference)
  const action = settlementAction(record?.status ?? null, outcome)
  if (action === 'none') return 'unchanged'
  if (action === 'create') {
    // A checkout whose record was never stored: the provider's metadata names the order.
    if (outcome !== 'succeeded' || !event.orderId) return 'unknown'
    const order = await req.payload.findByID({
      collection: 'orders',
      id: event.orderId,
      depth: 0,
      req,
      disableErrors: true,
    })
    if (!order) return 'unknown'
    await req.payload.create({
      collection: 'payments',
      data: {
        order: order.id,
        provider,
        kind: event.kind ?? 'deposit',
        status: 'succeeded',
        amount: event.amount,
        currency: 'EUR',
        providerReference: event.providerReference,
        captureReference: event.captureReference,
      },
      req,
      depth: 0,
    })
    return 'created'
  }
  await req.payload.update({
    collection: 'payments',
    id: record!.id,
    data:
      action === 'mark_succeeded'
        ? {
            status: 'succeeded',
            // What the provider took is what we received, whatever we asked for.
            amount: event.amount,
            captureReference: event.captureReference ?? record!.captureReference,
            failureReason: null,
            receivedAt: new Date().toISOString(),
          }
        : { status: 'failed', failureReason: event.failureReason ?? 'The provider reported the payment as failed.' },
    req,
    depth: 0,
  })
  return outcome
}

async function settleRefund(req: PayloadRequest, provider: OnlineProviderId, event: RefundOutcome) {
  const outcome = outcomeOf(event.type)
  const record = await paymentByReference(req, event.refundReference)
  if (record) {
    const action = settlementAction(record.status, outcome)
    if (action === 'none' || action === 'create') return 'unchanged'
    await req.payload.update({
      collection: 'payments',
      id: record.id,
      data: { status: outcome, ...(outcome === 'failed' ? { failureReason: 'The provider could not refund.' } : {}) },
      req,
      depth: 0,
    })
    return outcome
  }
  if (!event.captureReference) return 'unknown'
  const { docs: originals } = await req.payload.find({
    collection: 'payments',
    where: { and: [{ captureReference: { equals: event.captureReference } }, { kind: { not_equals: 'refund' } }] },
    limit: 1,
    depth: 0,
    req,
  })
  const original = originals[0]
  if (!original) return 'unknown'
  // One of our own refunds whose webhook beat the provider's answer to us: which of our pending
  // refunds it is cannot be told from the event, and the answer (or the reconciliation job, which asks
  // again with the same idempotency key) records it. Creating one here would count it twice.
  const inFlight = await req.payload.count({
    collection: 'payments',
    where: {
      and: [
        { refundOf: { equals: original.id } },
        { status: { equals: 'pending' } },
        { providerReference: { exists: false } },
      ],
    },
    req,
  })
  if (inFlight.totalDocs > 0) return 'unknown'
  if (outcome !== 'succeeded') return 'unknown'
  // A refund made in the provider's own dashboard still counts against the order.
  await req.payload.create({
    collection: 'payments',
    data: {
      order: idOf(original.order),
      provider,
      kind: 'refund',
      status: 'succeeded',
      amount: event.amount,
      currency: original.currency,
      providerReference: event.refundReference,
      refundOf: original.id,
    },
    req,
    depth: 0,
  })
  return 'created'
}

/** Applies a verified provider event to our records: exactly one effect however often it arrives. */
export async function settlePaymentEvent(
  payload: Payload,
  provider: OnlineProviderId,
  event: PaymentEvent,
): Promise<SettleResult> {
  switch (event.type) {
    case 'payment_succeeded':
    case 'payment_failed':
      return withReferenceLock(payload, event.providerReference, (req) => settleCheckout(req, provider, event))
    case 'refund_succeeded':
    case 'refund_failed':
      return withReferenceLock(payload, event.refundReference, (req) => settleRefund(req, provider, event))
  }
}
