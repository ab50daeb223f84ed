'use client'
import { useRowLabel } from '@payloadcms/ui'

import { formatMoney } from '@/domain/money'

type Line = { label?: string; amount?: number | null; override?: number | null }

/** "Customs duty — 2 450,00 €" (and the staff amount when it replaces the computed one). */
export const QuoteLineLabel = () => {
  const { data, rowNumber } = useRowLabel<Line>()
  const amount = data?.override ?? data?.amount
  const label = data?.label || `Line ${(rowNumber ?? 0) + 1}`
  return (
    <span>
      {label}
      {typeof amount === 'number' ? ` — ${formatMoney(amount, 'EUR', 'fr-FR')}` : ''}
      {data?.override != null ? ' (staff amount)' : ''}
    </span>
  )
}
