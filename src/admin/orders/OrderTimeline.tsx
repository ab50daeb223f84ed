import type { ArrayFieldServerComponent } from 'payload'

import { formatMoney } from '@/domain/money'
import { ORDER_STATUSES, ORDER_STATUS_LABELS, isFinalOrderStatus, type OrderStatus } from '@/domain/orderStatus'

type Entry = {
  status: OrderStatus
  at: string
  by?: string | { name?: string | null; email?: string } | null
  note?: string | null
}

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Paris' })
const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'Europe/Paris' })

/** The order's milestones as a dated timeline, with what is still ahead, the ETA and the money. */
export const OrderTimeline: ArrayFieldServerComponent = async ({ data, payload }) => {
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
  const reached = new Set(timeline.map((entry) => entry.status))
  const current = data?.status as OrderStatus | undefined
  const ahead =
    current && isFinalOrderStatus(current)
      ? []
      : ORDER_STATUSES.filter((status) => status !== 'cancelled' && !reached.has(status))
  const eta = data?.shipping?.eta ? day.format(new Date(data.shipping.eta)) : null
  const money = (cents?: number | null) => formatMoney(cents ?? 0, 'EUR', 'en-GB')

  return (
    <section aria-label="Order progress" style={{ marginBottom: '2rem' }}>
      <div style={{ display: 'flex', gap: '2rem', flexWrap: 'wrap', marginBottom: '1rem' }}>
        <div>
          <div style={{ fontSize: '0.8rem', opacity: 0.7 }}>Paid / total</div>
          <strong>
            {money(data?.amountPaid)} / {money(data?.totals?.total)}
          </strong>
        </div>
        <div>
          <div style={{ fontSize: '0.8rem', opacity: 0.7 }}>Deposit due</div>
          <strong>{money(data?.totals?.depositDue)}</strong>
        </div>
        <div>
          <div style={{ fontSize: '0.8rem', opacity: 0.7 }}>Still due</div>
          <strong>{money(data?.amountDue)}</strong>
        </div>
        {eta && (
          <div>
            <div style={{ fontSize: '0.8rem', opacity: 0.7 }}>ETA</div>
            <strong>{eta}</strong>
          </div>
        )}
      </div>
      <ol style={{ listStyle: 'none', padding: 0, margin: 0, borderLeft: '2px solid var(--theme-elevation-150)' }}>
        {timeline.map((entry, index) => (
          <li key={`${entry.status}-${index}`} style={{ padding: '0 0 0.9rem 1rem', position: 'relative' }}>
            <span
              aria-hidden="true"
              style={{
                position: 'absolute',
                left: '-7px',
                top: '0.35rem',
                width: 12,
                height: 12,
                borderRadius: '50%',
                background: 'var(--theme-success-500, #2e7d32)',
              }}
            />
            <strong>{ORDER_STATUS_LABELS[entry.status]?.en ?? entry.status}</strong>{' '}
            <time dateTime={entry.at}>{dateTime.format(new Date(entry.at))}</time>
            {entry.by && (
              <span style={{ opacity: 0.7 }}>
                {' '}
                · {typeof entry.by === 'string' ? (names.get(entry.by) ?? 'staff') : entry.by.name || entry.by.email}
              </span>
            )}
            {entry.note && <div style={{ opacity: 0.85 }}>{entry.note}</div>}
          </li>
        ))}
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
            {ORDER_STATUS_LABELS[status].en}
          </li>
        ))}
      </ol>
    </section>
  )
}
