'use client'
import { useRowLabel, useTranslation } from '@payloadcms/ui'

import { adminWords } from '@/admin/i18n/words'
import { formatAmount } from '@/domain/displayFormat'

type Line = { label?: string; amount?: number | null; override?: number | null }

/** "Customs duty — 2 450,00 €" (and the staff amount when it replaces the computed one). */
export const QuoteLineLabel = () => {
  const { data, rowNumber } = useRowLabel<Line>()
  const { i18n } = useTranslation()
  const words = adminWords(i18n.language).quoteBuilder
  const amount = data?.override ?? data?.amount
  const label = data?.label || words.line((rowNumber ?? 0) + 1)
  return (
    <span>
      {label}
      {typeof amount === 'number' ? ` — ${formatAmount(amount, 'EUR', i18n.language)}` : ''}
      {data?.override != null ? ` ${words.staffAmount}` : ''}
    </span>
  )
}
