import { ORDER_STATUS_LABELS, type OrderStatus } from '@/domain/orderStatus'
import { DOCUMENT_TYPES } from '@/domain/vehicleOptions'
import type { Locale } from '@/i18n/routing'
import type { Document, Quote } from '@/payload-types'

type Tone = 'ok' | 'warn' | 'bad' | 'muted' | 'brass'

export const badgeClass = (tone: Tone) => (tone === 'brass' ? 'badge' : `badge badge--${tone}`)

export const QUOTE_TONE: Record<Quote['status'], Tone> = {
  requested: 'muted',
  in_progress: 'muted',
  sent: 'brass',
  accepted: 'ok',
  converted: 'ok',
  declined: 'bad',
  expired: 'muted',
}

export const ORDER_TONE = (status: OrderStatus): Tone =>
  status === 'cancelled' ? 'bad' : status === 'delivered' ? 'ok' : status === 'awaiting_deposit' ? 'warn' : 'brass'

export const DOCUMENT_TONE: Record<Document['status'], Tone> = { pending: 'warn', verified: 'ok', rejected: 'bad' }

export const orderStatusLabel = (status: OrderStatus, locale: Locale) => ORDER_STATUS_LABELS[status][locale]

export const documentTypeLabel = (type: string, locale: Locale) =>
  DOCUMENT_TYPES.find((entry) => entry.value === type)?.[locale] ?? type
