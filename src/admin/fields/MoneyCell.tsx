'use client'
import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'

import { formatAmount } from '@/domain/displayFormat'

/**
 * List-view cell for an amount in cents, or a { amount, currency } group (a price may be in yen),
 * written the way the admin user's language writes money.
 */
export const MoneyCell = ({ cellData }: DefaultCellComponentProps) => {
  const { i18n } = useTranslation()
  const group = typeof cellData === 'number' ? null : (cellData as { amount?: number; currency?: string } | null)
  const amount = typeof cellData === 'number' ? cellData : group?.amount
  if (typeof amount !== 'number') return <span>—</span>
  const currency = group?.currency ?? 'EUR'
  return <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatAmount(amount, currency, i18n.language)}</span>
}
