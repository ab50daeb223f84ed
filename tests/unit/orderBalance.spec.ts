import { describe, expect, it } from 'vitest'

import { balanceAfterDeposit, netPaid, nextTransfer, orderBalance, signedAmount } from '../../src/domain/orderBalance'
import { computeQuoteTotals } from '../../src/domain/quoteTotals'

describe('netPaid', () => {
  it('adds deposits and balances, takes refunds off', () => {
    expect(netPaid([])).toBe(0)
    expect(
      netPaid([
        { kind: 'deposit', amount: 500_000 },
        { kind: 'balance', amount: 4_500_000 },
      ]),
    ).toBe(5_000_000)
    expect(
      netPaid([
        { kind: 'deposit', amount: 500_000 },
        { kind: 'refund', amount: 500_000 },
      ]),
    ).toBe(0)
    expect(signedAmount({ kind: 'refund', amount: 1_000 })).toBe(-1_000)
  })
})

describe('orderBalance', () => {
  const order = { total: 5_000_000, depositDue: 500_000 }

  it('before any payment: the whole total and deposit are due', () => {
    expect(orderBalance({ ...order, paid: 0 })).toEqual({
      paid: 0,
      due: 5_000_000,
      depositLeft: 500_000,
      depositIn: false,
      balance: 4_500_000,
    })
  })

  it('a part of the deposit leaves the rest of it to pay', () => {
    expect(orderBalance({ ...order, paid: 200_000 })).toMatchObject({
      due: 4_800_000,
      depositLeft: 300_000,
      depositIn: false,
    })
  })

  it('the deposit is in once fully received, even overpaid', () => {
    expect(orderBalance({ ...order, paid: 500_000 })).toMatchObject({ depositLeft: 0, depositIn: true })
    expect(orderBalance({ ...order, paid: 6_000_000 })).toMatchObject({
      due: -1_000_000,
      depositLeft: 0,
      depositIn: true,
    })
  })

  it('no deposit asked for is never "in"', () => {
    expect(orderBalance({ total: 1_000, depositDue: 0, paid: 1_000 }).depositIn).toBe(false)
    expect(orderBalance({ total: 1_000, depositDue: null, paid: null })).toEqual({
      paid: 0,
      due: 1_000,
      depositLeft: 0,
      depositIn: false,
      balance: 1_000,
    })
  })

  it('the balance after the deposit matches the quote the order came from', () => {
    const quote = computeQuoteTotals({
      lines: [{ code: 'vehicle', label: 'Vehicle', amount: 3_000_000, override: null, vatIncluded: true }],
      margin: null,
      deposit: { kind: 'percent', percent: 10 },
    })
    expect(quote.balance).toBe(balanceAfterDeposit(quote.total, quote.depositDue))
    expect(orderBalance({ total: quote.total, depositDue: quote.depositDue }).balance).toBe(quote.balance)
  })
})

describe('nextTransfer', () => {
  const order = { total: 5_000_000, depositDue: 500_000 }

  it('asks for the rest of the deposit while the order waits for it', () => {
    expect(nextTransfer('awaiting_deposit', orderBalance({ ...order, paid: 100_000 }))).toEqual({
      kind: 'deposit',
      amount: 400_000,
    })
  })

  it('then for what is still due', () => {
    expect(nextTransfer('shipped', orderBalance({ ...order, paid: 500_000 }))).toEqual({
      kind: 'balance',
      amount: 4_500_000,
    })
  })

  it('asks nothing once paid up, or once the order is closed', () => {
    expect(nextTransfer('ready', orderBalance({ ...order, paid: 5_000_000 }))).toBeNull()
    expect(nextTransfer('cancelled', orderBalance({ ...order, paid: 0 }))).toBeNull()
    expect(nextTransfer('delivered', orderBalance({ ...order, paid: 4_000_000 }))).toBeNull()
  })
})
