import type { CollectionBeforeChangeHook } from 'payload'

import { computeQuoteTotals, type Deposit, type Margin } from '@/domain/quoteTotals'
import type { Quote } from '@/payload-types'

/** Totals are derived from the lines, the margin and the deposit on every save, never typed in. */
export const computeTotals: CollectionBeforeChangeHook<Quote> = ({ data, originalDoc }) => {
  const merged = { ...originalDoc, ...data }
  const lines = (merged.lines ?? []).map((line) => ({
    code: line.code,
    label: line.label,
    amount: line.amount ?? 0,
    override: line.override ?? null,
    vatIncluded: line.vatIncluded ?? true,
  }))
  const margin: Margin | null =
    merged.margin?.kind === 'percent'
      ? { kind: 'percent', percent: merged.margin.percent ?? 0, onCodes: ['vehicle'] }
      : merged.margin?.amount
        ? { kind: 'fixed', amount: merged.margin.amount }
        : null
  const deposit: Deposit | null =
    merged.deposit?.kind === 'fixed'
      ? { kind: 'fixed', amount: merged.deposit.amount ?? 0 }
      : { kind: 'percent', percent: merged.deposit?.percent ?? 10 }
  const totals = computeQuoteTotals({ lines, margin, deposit })
  return {
    ...data,
    totals: {
      subtotal: totals.subtotal,
      serviceFee: totals.margin,
      total: totals.total,
      depositDue: totals.depositDue,
      balance: totals.balance,
      currency: 'EUR',
    },
  }
}
