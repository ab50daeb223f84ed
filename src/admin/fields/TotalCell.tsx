'use client'
import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'

import { formatAmount } from '@/domain/displayFormat'

/** List-view cell for a quote's or an order's `totals` group: its total, in the admin user's language. */
export const TotalCell = ({ cellData }: DefaultCellComponentProps) => {
  const { i18n } = useTranslation()
  const totals = cellData as { total?: number | null; currency?: string | null } | null
  if (typeof totals?.total !== 'number') return <span>—</span>
  return (
    <span style={{ fontVariantNumeric: 'tabular-nums' }}>
      {formatAmount(totals.total, totals.currency || 'EUR', i18n.language)}
    </span>
  )
}
