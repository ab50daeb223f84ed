import { getTranslations } from 'next-intl/server'

import { date } from '@/components/format'
import { ORDER_STATUSES, type OrderStatus } from '@/domain/orderStatus'
import type { Locale } from '@/i18n/routing'
import type { Order } from '@/payload-types'
import { orderStatusLabel } from '../../_lib/labels'
import styles from '../../account.module.css'

type Step = {
  status: OrderStatus
  state: 'done' | 'current' | 'skipped' | 'future' | 'cancelled'
  at?: string
  /** What staff wrote for the customer when the order reached this step. */
  note?: string
}

type TimelineOrder = {
  status: Order['status']
  timeline?: { status: OrderStatus; at: string; customerNote?: string | null }[] | null
}

const MILESTONES: readonly OrderStatus[] = ORDER_STATUSES.filter((status) => status !== 'cancelled')

/**
 * Every milestone in order: reached ones dated, the current one marked, later ones greyed. A step the
 * order went past without (customs for a car already in the EU) reads as not needed; a cancelled order
 * stops at its cancellation.
 */
export function timelineSteps(order: TimelineOrder): Step[] {
  const reached = new Map<OrderStatus, string>()
  const notes = new Map<OrderStatus, string>()
  for (const entry of order.timeline ?? []) {
    reached.set(entry.status, entry.at)
    if (entry.customerNote) notes.set(entry.status, entry.customerNote)
  }
  const cancelled = order.status === 'cancelled'
  const lastReached = Math.max(-1, ...MILESTONES.map((status, index) => (reached.has(status) ? index : -1)))
  const current = cancelled ? lastReached : MILESTONES.indexOf(order.status)
  const noteOf = (status: OrderStatus) => (notes.has(status) ? { note: notes.get(status) } : {})
  const steps: Step[] = MILESTONES.map((status, index) => {
    const at = reached.get(status)
    if (!cancelled && index === current) return { status, state: 'current', at, ...noteOf(status) }
    if (at) return { status, state: 'done', at, ...noteOf(status) }
    return { status, state: index < current ? 'skipped' : 'future' }
  })
  if (!cancelled) return steps
  return [
    ...steps.slice(0, lastReached + 1),
    { status: 'cancelled', state: 'cancelled', at: reached.get('cancelled'), ...noteOf('cancelled') },
  ]
}

export async function Timeline({ order, locale }: { order: TimelineOrder; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'account.timeline' })
  const steps = timelineSteps(order)
  return (
    <ol className={styles.timeline}>
      {steps.map((step) => (
        <li
          key={step.status}
          className={`${styles.step} ${styles[`step_${step.state}`]}`}
          aria-current={step.state === 'current' ? 'step' : undefined}
        >
          <span className={styles.stepMarker} aria-hidden="true" />
          <span className={styles.stepBody}>
            <span className={styles.stepLabel}>
              {step.status === 'awaiting_deposit' && step.state !== 'current'
                ? t('created')
                : orderStatusLabel(step.status, locale)}
            </span>
            <span className={styles.stepState}>
              {step.state === 'future'
                ? t('future')
                : step.state === 'skipped'
                  ? t('skipped')
                  : step.at
                    ? t(step.state, { date: date(step.at, locale) })
                    : t(`${step.state}NoDate`)}
            </span>
            {step.note && (
              <span className={styles.stepNote} data-testid="timeline-note">
                {step.note}
              </span>
            )}
          </span>
        </li>
      ))}
    </ol>
  )
}
