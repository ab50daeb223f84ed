'use client'
import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'

import { formatMileage } from '@/domain/displayFormat'

/** List-view cell for a distance in km: "45 000 km" in French, "45,000 km" in English. */
export const MileageCell = ({ cellData }: DefaultCellComponentProps) => {
  const { i18n } = useTranslation()
  if (typeof cellData !== 'number') return <span>—</span>
  return <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatMileage(cellData, i18n.language)}</span>
}
