import type { Payload, TypedUser } from 'payload'

import { or } from '@/access/compose'
import { isAdmin, isSales } from '@/access/roles'
import { ORDER_STATUSES, ORDER_STATUS_LABELS } from '@/domain/orderStatus'
import { QUOTE_PRICING_STATUSES } from '@/domain/quoteStatus'
import styles from './Dashboard.module.css'
import { expiringQuotesWhere } from './expiringQuotes'
import { moneyAtAGlance } from './money'

const euro = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' })

type Props = { payload: Payload; user: TypedUser }

const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'Europe/Paris' })

/** What needs doing today: quotes to answer, documents to review, expiring quotes, orders by step. */
export async function Dashboard({ payload, user }: Props) {
  if (!or(isAdmin, isSales)({ req: { user } })) return null
  const asStaff = { overrideAccess: false, user, depth: 0 } as const
  // A server component rendered once per request: reading the clock here is what we want.
  const now = new Date()

  const [money, waiting, toReview, expiring, ordersByStatus] = await Promise.all([
    moneyAtAGlance(payload, user, now),
    payload.find({
      collection: 'quotes',
      ...asStaff,
      where: { status: { in: [...QUOTE_PRICING_STATUSES] } },
      sort: 'createdAt',
      limit: 5,
      select: { number: true, status: true, kind: true, createdAt: true },
    }),
    payload.find({
      collection: 'documents',
      ...asStaff,
      where: { status: { equals: 'pending' } },
      sort: 'createdAt',
      limit: 5,
      select: { filename: true, type: true, createdAt: true },
    }),
    payload.find({
      collection: 'quotes',
      ...asStaff,
      where: expiringQuotesWhere(now),
      sort: 'validUntil',
      limit: 5,
      select: { number: true, validUntil: true },
    }),
    Promise.all(
      ORDER_STATUSES.filter((status) => status !== 'cancelled').map(async (status) => ({
        status,
        count: (await payload.count({ collection: 'orders', ...asStaff, where: { status: { equals: status } } }))
          .totalDocs,
      })),
    ),
  ])

  // Anti-fraud: pending documents whose file another customer sent first (checkUpload).
  const sameFile = await payload.count({
    collection: 'documents',
    ...asStaff,
    where: { and: [{ status: { equals: 'pending' } }, { duplicateOf: { exists: true } }] },
  })

  return (
    <section className={styles.dashboard} aria-label="Today">
      <article className={styles.card}>
        <h2>
          <a href="/admin/collections/quotes?where[status][in][0]=requested&where[status][in][1]=in_progress">
            Quotes to answer
          </a>{' '}
          <span className={styles.count}>{waiting.totalDocs}</span>
        </h2>
        <ul>
          {waiting.docs.map((quote) => (
            <li key={quote.id}>
              <a href={`/admin/collections/quotes/${quote.id}`}>{quote.number}</a> ·{' '}
              {quote.kind === 'sourcing' ? 'sourcing' : 'stock'} · {day.format(new Date(quote.createdAt))}
            </li>
          ))}
          {waiting.totalDocs === 0 && <li>Nothing waiting.</li>}
        </ul>
      </article>
      <article className={styles.card}>
        <h2>
          <a href="/admin/collections/documents?where[status][equals]=pending">Documents to review</a>{' '}
          <span className={styles.count}>{toReview.totalDocs}</span>
        </h2>
        <ul>
          {toReview.docs.map((document) => (
            <li key={document.id}>
              <a href={`/admin/collections/documents/${document.id}`}>{document.type.replace(/_/g, ' ')}</a> ·{' '}
              {day.format(new Date(document.createdAt))}
            </li>
          ))}
          {toReview.totalDocs === 0 && <li>All reviewed.</li>}
        </ul>
        {sameFile.totalDocs > 0 && (
          <p data-testid="documents-same-file">
            <a href="/admin/collections/documents?where[status][equals]=pending&where[duplicateOf][exists]=true">
              {sameFile.totalDocs} pending {sameFile.totalDocs === 1 ? 'document has' : 'documents have'} the same file
              as another customer&apos;s
            </a>
          </p>
        )}
      </article>
      <article className={styles.card}>
        <h2>
          Quotes expiring within 7 days <span className={styles.count}>{expiring.totalDocs}</span>
        </h2>
        <ul>
          {expiring.docs.map((quote) => (
            <li key={quote.id}>
              <a href={`/admin/collections/quotes/${quote.id}`}>{quote.number}</a> · until{' '}
              {quote.validUntil ? day.format(new Date(quote.validUntil)) : '—'}
            </li>
          ))}
          {expiring.totalDocs === 0 && <li>None.</li>}
        </ul>
      </article>
      <article className={styles.card}>
        <h2>
          <a href="/admin/collections/payments?where[status][equals]=succeeded&sort=-receivedAt">Received this month</a>
        </h2>
        <p className={styles.figure} data-testid="received-this-month">
          {euro.format(money.receivedThisMonth / 100)}
        </p>
        <p>
          {money.paymentsThisMonth} payment{money.paymentsThisMonth === 1 ? '' : 's'}, refunds deducted.
        </p>
      </article>
      <article className={styles.card}>
        <h2>
          <a href="/admin/collections/orders?where[status][equals]=awaiting_deposit">Deposits awaited</a>{' '}
          <span className={styles.count}>{money.depositsAwaited}</span>
        </h2>
        <p className={styles.figure} data-testid="deposits-awaited">
          {euro.format(money.depositsAwaitedAmount / 100)}
        </p>
        <p>Orders are cancelled and their car released when the deposit window ends.</p>
      </article>
      <article className={`${styles.card} ${styles.wide}`}>
        <h2>Orders by milestone</h2>
        <ol className={styles.pipeline}>
          {ordersByStatus.map(({ status, count }) => (
            <li key={status}>
              <a href={`/admin/collections/orders?where[status][equals]=${status}`}>
                <span className={styles.count}>{count}</span>
                <span>{ORDER_STATUS_LABELS[status].en}</span>
              </a>
            </li>
          ))}
        </ol>
      </article>
    </section>
  )
}
