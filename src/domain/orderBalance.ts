import { isFinalOrderStatus, type OrderStatus } from './orderStatus'

/**
 * What an order has received and still expects, in cents. The deposit is part of the total; a refund
 * is money going back, so it lowers what was paid.
 */
type PaymentKind = 'deposit' | 'balance' | 'refund'

interface OrderMoney {
  total: number
  depositDue?: number | null
  /** Net of refunds; may exceed the total when a customer overpaid. */
  paid?: number | null
}

interface OrderBalance {
  paid: number
  /** Total minus paid: negative when we owe the customer. */
  due: number
  /** The part of the deposit not received yet, never below zero. */
  depositLeft: number
  /** A deposit was asked for and has been received in full. */
  depositIn: boolean
  /** What the customer pays after the deposit. */
  balance: number
}

/** A payment as it counts towards the order: a refund is negative. */
export function signedAmount(payment: { kind: PaymentKind; amount: number }): number {
  return payment.kind === 'refund' ? -payment.amount : payment.amount
}

/** Net received from the payments that went through (callers pass only the succeeded ones). */
export function netPaid(payments: readonly { kind: PaymentKind; amount: number }[]): number {
  return payments.reduce((sum, payment) => sum + signedAmount(payment), 0)
}

/** What comes after the deposit. */
export function balanceAfterDeposit(total: number, depositDue: number): number {
  return total - depositDue
}

export function orderBalance({ total, depositDue, paid }: OrderMoney): OrderBalance {
  const deposit = depositDue ?? 0
  const received = paid ?? 0
  return {
    paid: received,
    due: total - received,
    depositLeft: Math.max(0, deposit - received),
    depositIn: deposit > 0 && received >= deposit,
    balance: balanceAfterDeposit(total, deposit),
  }
}

/**
 * The transfer the customer should make next: the rest of the deposit while the order waits for it,
 * then whatever is still due; nothing once the order is closed or paid up.
 */
export function nextTransfer(
  status: OrderStatus,
  balance: OrderBalance,
): { kind: 'deposit' | 'balance'; amount: number } | null {
  if (isFinalOrderStatus(status)) return null
  const transfer =
    status === 'awaiting_deposit'
      ? { kind: 'deposit' as const, amount: balance.depositLeft }
      : { kind: 'balance' as const, amount: balance.due }
  return transfer.amount > 0 ? transfer : null
}
