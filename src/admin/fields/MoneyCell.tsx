'use client'
import type { DefaultCellComponentProps } from 'payload'

import { formatMoney } from '@/domain/money'

/** List-view cell for an amount in cents, or a { amount, currency } group (a price may be in yen). */
export const MoneyCell = ({ cellData }: DefaultCellComponentProps) => {
  const group = typeof cellData === 'number' ? null : (cellData as { amount?: number; currency?: string } | null)
  const amount = typeof cellData === 'number' ? cellData : group?.amount
  if (typeof amount !== 'number') return <span>—</span>
  const currency = group?.currency ?? 'EUR'
  return <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatMoney(amount, currency, 'fr-FR')}</span>
}
