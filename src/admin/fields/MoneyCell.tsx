'use client'
import type { DefaultCellComponentProps } from 'payload'

import { formatMoney } from '@/domain/money'

/** List-view cell for an amount in cents, or a { amount, currency } group. */
export const MoneyCell = ({ cellData }: DefaultCellComponentProps) => {
  const amount = typeof cellData === 'number' ? cellData : (cellData as { amount?: number } | null)?.amount
  if (typeof amount !== 'number') return <span>—</span>
  return <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatMoney(amount, 'EUR', 'fr-FR')}</span>
}
