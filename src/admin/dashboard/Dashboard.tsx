import type { I18nClient } from '@payloadcms/translations'
import type { Payload, TypedUser } from 'payload'

import { or } from '@/access/compose'
import { adminWords, inAdminLanguage } from '@/admin/i18n/words'
import { isAdmin, isSales } from '@/access/roles'
import { formatAmount, formatParisDay } from '@/domain/displayFormat'
import { ORDER_STATUSES, ORDER_STATUS_LABELS } from '@/domain/orderStatus'
import { QUOTE_PRICING_STATUSES } from '@/domain/quoteStatus'
import { DOCUMENT_TYPES } from '@/domain/vehicleOptions'
import styles from './Dashboard.module.css'
import { expiringQuotesWhere } from './expiringQuotes'
import { moneyAtAGlance } from './money'

type Props = { payload: Payload; user: TypedUser; i18n: I18nClient }

/** A populated customer (or its id when it could not be read): who the line is about, by name. */
function customerName(customer: unknown, fallback: string): string {
  if (customer && typeof customer === 'object' && 'fullName' in customer) {
    const { fullName } = customer as { fullName?: string | null }
    if (fullName) return fullName
  }
  return fallback
}

/** What needs doing today: quotes to answer, documents to review, expiring quotes, orders by step. */
export async function Dashboard({ payload, user, i18n }: Props) {
  if (!or(isAdmin, isSales)({ req: { user } })) return null
  const words = adminWords(i18n.language).dashboard
  const day = (value: string | null | undefined) => formatParisDay(value, i18n.language)
  const euro = (cents: number) => formatAmount(cents, 'EUR', i18n.language)
  const documentType = (type: string) => {
    const entry = DOCUMENT_TYPES.find((candidate) => candidate.value === type)
    return entry ? inAdminLanguage(entry, i18n.language) : type
  }
  const asStaff = { overrideAccess: false, user, depth: 0 } as const
  // The lists name the customer: one level of population, their name only.
  const withCustomerName = { depth: 1, populate: { customers: { fullName: true } } } as const
  // A server component rendered once per request: reading the clock here is what we want.
  const now = new Date()

  const [money, waiting, toReview, expiring, ordersByStatus] = await Promise.all([
    moneyAtAGlance(payload, user, now),
    payload.find({
      collection: 'quotes',
      ...asStaff,
      where: { status: { in: [...QUOTE_PRICING_STATUSES] } },
      ...withCustomerName,
      sort: 'createdAt',
      limit: 5,
      select: { number: true, status: true, kind: true, createdAt: true, customer: true },
    }),
    payload.find({
      collection: 'documents',
      ...asStaff,
      where: { status: { equals: 'pending' } },
      ...withCustomerName,
      sort: 'createdAt',
      limit: 5,
      select: { filename: true, type: true, createdAt: true, owner: true },
    }),
    payload.find({
      collection: 'quotes',
      ...asStaff,
      where: expiringQuotesWhere(now),
      ...withCustomerName,
      sort: 'validUntil',
      limit: 5,
      select: { number: true, validUntil: true, customer: true },
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
    <section className={styles.dashboard} aria-label={words.today}>
      <article className={styles.card}>
        <h2>
          <a href="/admin/collections/quotes?where[status][in][0]=requested&where[status][in][1]=in_progress">
            {words.quotesToAnswer}
          </a>{' '}
          <span className={styles.count}>{waiting.totalDocs}</span>
        </h2>
        <ul>
          {waiting.docs.map((quote) => (
            <li key={quote.id}>
              <a href={`/admin/collections/quotes/${quote.id}`}>{quote.number}</a> ·{' '}
              {customerName(quote.customer, words.unknownCustomer)} ·{' '}
              {quote.kind === 'sourcing' ? words.sourcing : words.stock} · {day(quote.createdAt)}
            </li>
          ))}
          {waiting.totalDocs === 0 && <li>{words.nothingWaiting}</li>}
        </ul>
      </article>
      <article className={styles.card}>
        <h2>
          <a href="/admin/collections/documents?where[status][equals]=pending">{words.documentsToReview}</a>{' '}
          <span className={styles.count}>{toReview.totalDocs}</span>
        </h2>
        <ul>
          {toReview.docs.map((document) => (
            <li key={document.id}>
              <a href={`/admin/collections/documents/${document.id}`}>{documentType(document.type)}</a> ·{' '}
              {customerName(document.owner, words.unknownCustomer)} · {day(document.createdAt)}
            </li>
          ))}
          {toReview.totalDocs === 0 && <li>{words.allReviewed}</li>}
        </ul>
        {sameFile.totalDocs > 0 && (
          <p data-testid="documents-same-file">
            <a href="/admin/collections/documents?where[status][equals]=pending&where[duplicateOf][exists]=true">
              {words.sameFile(sameFile.totalDocs)}
            </a>
          </p>
        )}
      </article>
      <article className={styles.card}>
        <h2>
          {words.expiring} <span className={styles.count}>{expiring.totalDocs}</span>
        </h2>
        <ul>
          {expiring.docs.map((quote) => (
            <li key={quote.id}>
              <a href={`/admin/collections/quotes/${quote.id}`}>{quote.number}</a> ·{' '}
              {customerName(quote.customer, words.unknownCustomer)} · {words.until} {day(quote.validUntil)}
            </li>
          ))}
          {expiring.totalDocs === 0 && <li>{words.none}</li>}
        </ul>
      </article>
      <article className={styles.card}>
        <h2>
          <a href="/admin/collections/payments?where[status][equals]=succeeded&sort=-receivedAt">
            {words.receivedThisMonth}
          </a>
        </h2>
        <p className={styles.figure} data-testid="received-this-month">
          {euro(money.receivedThisMonth)}
        </p>
        <p>{words.paymentsRefundsDeducted(money.paymentsThisMonth)}</p>
      </article>
      <article className={styles.card}>
        <h2>
          <a href="/admin/collections/orders?where[status][equals]=awaiting_deposit">{words.depositsAwaited}</a>{' '}
          <span className={styles.count}>{money.depositsAwaited}</span>
        </h2>
        <p className={styles.figure} data-testid="deposits-awaited">
          {euro(money.depositsAwaitedAmount)}
        </p>
        <p>{words.depositsNote}</p>
      </article>
      <article className={`${styles.card} ${styles.wide}`}>
        <h2>{words.ordersByMilestone}</h2>
        <ol className={styles.pipeline}>
          {ordersByStatus.map(({ status, count }) => (
            <li key={status}>
              <a href={`/admin/collections/orders?where[status][equals]=${status}`}>
                <span className={styles.count}>{count}</span>
                <span>{inAdminLanguage(ORDER_STATUS_LABELS[status], i18n.language)}</span>
              </a>
            </li>
          ))}
        </ol>
      </article>
    </section>
  )
}
