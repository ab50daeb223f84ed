/**
 * How a provider's word moves one of our payment records. A payment that went through stays
 * through: a late "failed" (out of order) or a replayed "succeeded" changes nothing. A pending or
 * failed record can still succeed, because the provider is the only judge of money received.
 */
export type PaymentRecordStatus = 'pending' | 'succeeded' | 'failed'

export type SettlementOutcome = 'succeeded' | 'failed'

export type SettlementAction =
  /** No record has this reference yet (the checkout was never stored, or a refund made at the provider). */
  | 'create'
  | 'mark_succeeded'
  | 'mark_failed'
  /** Replayed or out-of-order event: the record already says as much or more. */
  | 'none'

export function settlementAction(current: PaymentRecordStatus | null, outcome: SettlementOutcome): SettlementAction {
  if (current === null) return 'create'
  if (current === 'succeeded') return 'none'
  if (outcome === 'succeeded') return 'mark_succeeded'
  return current === 'pending' ? 'mark_failed' : 'none'
}

/** What can still be refunded from a payment, given its refunds (pending ones are money already promised). */
export function refundableAmount(
  paid: number,
  refunds: readonly { amount: number; status: PaymentRecordStatus }[],
): number {
  const promised = refunds
    .filter((refund) => refund.status !== 'failed')
    .reduce((sum, refund) => sum + refund.amount, 0)
  return Math.max(0, paid - promised)
}

export type RefundCheck = { ok: true } | { ok: false; reason: string }

export function checkRefundAmount(amount: unknown, refundable: number): RefundCheck {
  if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount < 1) {
    return { ok: false, reason: 'Enter the amount to refund in cents, a whole number above zero.' }
  }
  if (amount > refundable) {
    return {
      ok: false,
      reason: `At most ${(refundable / 100).toFixed(2)} € can still be refunded from this payment.`,
    }
  }
  return { ok: true }
}

const DAY_MS = 86_400_000

/**
 * An accepted quote holds its vehicle while the deposit is awaited, for a few days only: after that
 * the order is cancelled and the car goes back on sale. A deposit partly paid, or a card payment
 * still in flight, keeps the order (staff decide).
 */
export function depositWindowExpired(order: {
  status: string
  amountPaid?: number | null
  createdAt: string
  windowDays: number
  now: Date
  paymentInFlight: boolean
}): boolean {
  if (order.status !== 'awaiting_deposit' || (order.amountPaid ?? 0) > 0 || order.paymentInFlight) return false
  return order.now.getTime() - new Date(order.createdAt).getTime() > order.windowDays * DAY_MS
}

/**
 * The key under which a checkout is created at the provider: the same order, step, amount, provider
 * and language within half an hour give the same checkout, so a double click or twenty tabs open
 * one payment page, never two charges.
 */
export function checkoutKey(parts: {
  orderId: string
  kind: string
  amount: number
  provider: string
  locale: string
  at: Date
}): string {
  const window = Math.floor(parts.at.getTime() / (30 * 60_000))
  return ['checkout', parts.orderId, parts.kind, parts.amount, parts.provider, parts.locale, window].join(':')
}
