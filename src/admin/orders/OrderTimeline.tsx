import type { ArrayFieldServerComponent } from 'payload'

import { adminWords, inAdminLanguage } from '@/admin/i18n/words'
import { formatAmount, formatParisDateTime, formatParisDay } from '@/domain/displayFormat'
import { ORDER_STATUSES, ORDER_STATUS_LABELS, isFinalOrderStatus, type OrderStatus } from '@/domain/orderStatus'

type Entry = {
  status: OrderStatus
  at: string
  by?: string | { name?: string | null; email?: string } | null
  customerNote?: string | null
  internalNote?: string | null
}

const PAYMENT_COLORS = {
  pending: 'var(--theme-warning-500, #b26a00)',
  succeeded: 'var(--theme-success-500, #2e7d32)',
  failed: 'var(--theme-error-500, #c62828)',
} as const

function Dot({ color, square = false }: { color: string; square?: boolean }) {
  return (
    <span
      aria-hidden="true"
      style={{
        position: 'absolute',
        left: '-7px',
        top: '0.35rem',
        width: 12,
        height: 12,
        borderRadius: square ? 3 : '50%',
        background: color,
      }}
    />
  )
}

/** The order's milestones and payments as one dated timeline, with what is still ahead, the ETA and the money. */
export const OrderTimeline: ArrayFieldServerComponent = async ({ data, payload, i18n }) => {
  const words = adminWords(i18n.language).timeline
  const dateTime = (at: string) => formatParisDateTime(at, i18n.language)
  const statusLabel = (status: OrderStatus) =>
    ORDER_STATUS_LABELS[status] ? inAdminLanguage(ORDER_STATUS_LABELS[status], i18n.language) : status
  const timeline = (data?.timeline ?? []) as Entry[]
  const staffIds = [
    ...new Set(timeline.map((entry) => (typeof entry.by === 'string' ? entry.by : null)).filter(Boolean)),
  ] as string[]
  const staff = staffIds.length
    ? await payload.find({
        collection: 'users',
        where: { id: { in: staffIds } },
        depth: 0,
        pagination: false,
        select: { name: true, email: true },
      })
    : { docs: [] }
  const names = new Map(staff.docs.map((user) => [String(user.id), user.name || user.email]))
  const payments = data?.id
    ? await payload.find({
        collection: 'payments',
        where: { order: { equals: data.id } },
        depth: 0,
        pagination: false,
        sort: 'createdAt',
        select: {
          provider: true,
          kind: true,
          status: true,
          amount: true,
          receivedAt: true,
          createdAt: true,
          receiptNumber: true,
          failureReason: true,
        },
      })
    : { docs: [] }
  // Money and milestones in one dated story, as staff read an order.
  const events = [
    ...timeline.map((entry, index) => ({ kind: 'milestone' as const, at: entry.at, key: `m${index}`, entry })),
    ...payments.docs.map((payment) => ({
      kind: 'payment' as const,
      at: payment.receivedAt ?? payment.createdAt,
      key: payment.id,
      payment,
    })),
  ].sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime())
  const reached = new Set(timeline.map((entry) => entry.status))
  const current = data?.status as OrderStatus | undefined
  const ahead =
    current && isFinalOrderStatus(current)
      ? []
      : ORDER_STATUSES.filter((status) => status !== 'cancelled' && !reached.has(status))
  const eta = data?.shipping?.eta ? formatParisDay(data.shipping.eta, i18n.language) : null
  const money = (cents?: number | null) => formatAmount(cents ?? 0, 'EUR', i18n.language)

  return (
    <section aria-label={words.progress} style={{ marginBottom: '2rem' }}>
      <div style={{ display: 'flex', gap: '2rem', flexWrap: 'wrap', marginBottom: '1rem' }}>
        <div>
          <div style={{ fontSize: '0.8rem', opacity: 0.7 }}>{words.paidOfTotal}</div>
          <strong>
            {money(data?.amountPaid)} / {money(data?.totals?.total)}
          </strong>
        </div>
        <div>
          <div style={{ fontSize: '0.8rem', opacity: 0.7 }}>{words.depositDue}</div>
          <strong>{money(data?.totals?.depositDue)}</strong>
        </div>
        <div>
          <div style={{ fontSize: '0.8rem', opacity: 0.7 }}>{words.stillDue}</div>
          <strong>{money(data?.amountDue)}</strong>
        </div>
        {eta && (
          <div>
            <div style={{ fontSize: '0.8rem', opacity: 0.7 }}>{words.eta}</div>
            <strong>{eta}</strong>
          </div>
        )}
      </div>
      <ol style={{ listStyle: 'none', padding: 0, margin: 0, borderLeft: '2px solid var(--theme-elevation-150)' }}>
        {events.map((event) =>
          event.kind === 'milestone' ? (
            <li key={event.key} style={{ padding: '0 0 0.9rem 1rem', position: 'relative' }}>
              <Dot color="var(--theme-success-500, #2e7d32)" />
              <strong>{statusLabel(event.entry.status)}</strong> <time dateTime={event.at}>{dateTime(event.at)}</time>
              {event.entry.by && (
                <span style={{ opacity: 0.7 }}>
                  {' '}
                  ·{' '}
                  {typeof event.entry.by === 'string'
                    ? (names.get(event.entry.by) ?? words.staff)
                    : event.entry.by.name || event.entry.by.email}
                </span>
              )}
              {event.entry.customerNote && (
                <div style={{ opacity: 0.85 }}>
                  <span style={{ fontSize: '0.8rem', opacity: 0.7 }}>For the customer: </span>
                  {event.entry.customerNote}
                </div>
              )}
              {event.entry.internalNote && (
                <div style={{ opacity: 0.85, fontStyle: 'italic' }}>
                  <span style={{ fontSize: '0.8rem', opacity: 0.7 }}>Internal: </span>
                  {event.entry.internalNote}
                </div>
              )}
            </li>
          ) : (
            <li key={event.key} style={{ padding: '0 0 0.9rem 1rem', position: 'relative' }}>
              <Dot color={PAYMENT_COLORS[event.payment.status]} square />
              <a href={`/admin/collections/payments/${event.payment.id}`}>
                {words.paymentKinds[event.payment.kind]} {words.paymentStatuses[event.payment.status]}
              </a>{' '}
              · {money(event.payment.kind === 'refund' ? -event.payment.amount : event.payment.amount)} ·{' '}
              {words.providers[event.payment.provider]} <time dateTime={event.at}>{dateTime(event.at)}</time>
              {event.payment.receiptNumber && <span style={{ opacity: 0.7 }}> · {event.payment.receiptNumber}</span>}
              {event.payment.failureReason && <div style={{ opacity: 0.85 }}>{event.payment.failureReason}</div>}
            </li>
          ),
        )}
        {ahead.map((status) => (
          <li key={status} style={{ padding: '0 0 0.9rem 1rem', position: 'relative', opacity: 0.5 }}>
            <span
              aria-hidden="true"
              style={{
                position: 'absolute',
                left: '-7px',
                top: '0.35rem',
                width: 12,
                height: 12,
                borderRadius: '50%',
                border: '2px solid var(--theme-elevation-300)',
                background: 'var(--theme-bg)',
              }}
            />
            {statusLabel(status)}
          </li>
        ))}
      </ol>
    </section>
  )
}
