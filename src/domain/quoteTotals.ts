/**
 * Totals of a quote: computed lines (from `landedCost`) that staff may override, our margin, the deposit
 * the customer pays to confirm. Integer cents throughout; a percentage is rounded half-up once.
 */
import { assertCents, percentOf, sumCents } from './money'
import { balanceAfterDeposit } from './orderBalance'

export interface QuoteLine {
  code: string
  label: string
  /** Computed amount, cents. */
  amount: number
  /** Staff's amount, cents; replaces `amount` when set. */
  override: number | null
  vatIncluded: boolean
}

export type Margin = { kind: 'fixed'; amount: number } | { kind: 'percent'; percent: number; onCodes?: string[] }

export type Deposit = { kind: 'fixed'; amount: number } | { kind: 'percent'; percent: number }

export interface QuoteTotalsInput {
  lines: QuoteLine[]
  margin?: Margin | null
  deposit?: Deposit | null
}

export interface QuoteTotals {
  lines: (QuoteLine & { effective: number; overridden: boolean })[]
  subtotal: number
  margin: number
  total: number
  depositDue: number
  balance: number
}

function effectiveAmount(line: QuoteLine): number {
  return assertCents(line.override ?? line.amount, `line ${line.code}`)
}

/**
 * A percentage margin applies to the lines listed in `onCodes` (for instance only the vehicle, not the
 * taxes we collect for the State), or to the whole subtotal when no list is given.
 */
export function computeQuoteTotals({ lines, margin, deposit }: QuoteTotalsInput): QuoteTotals {
  const priced = lines.map((line) => ({
    ...line,
    effective: effectiveAmount(line),
    overridden: line.override !== null,
  }))
  const subtotal = sumCents(priced.map((line) => line.effective))

  let marginAmount = 0
  if (margin?.kind === 'fixed') marginAmount = assertCents(margin.amount, 'margin')
  if (margin?.kind === 'percent') {
    const base = margin.onCodes
      ? sumCents(priced.filter((line) => margin.onCodes?.includes(line.code)).map((line) => line.effective))
      : subtotal
    marginAmount = percentOf(base, margin.percent)
  }
  const total = subtotal + marginAmount

  let depositDue = 0
  if (deposit?.kind === 'fixed') depositDue = assertCents(deposit.amount, 'deposit')
  if (deposit?.kind === 'percent') depositDue = percentOf(total, deposit.percent)
  depositDue = Math.max(0, Math.min(depositDue, total))

  return {
    lines: priced,
    subtotal,
    margin: marginAmount,
    total,
    depositDue,
    balance: balanceAfterDeposit(total, depositDue),
  }
}
