import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { date, euros } from '@/components/format'
import { nextTransfer, orderBalance, signedAmount } from '@/domain/orderBalance'
import { Link } from '@/i18n/navigation'
import { isLocale, type Locale } from '@/i18n/routing'
import type { Quote } from '@/payload-types'
import { getPayloadClient } from '../../../../_data/payload'
import { DocumentTable } from '../../_components/DocumentTable'
import { isRecordId, requireCustomer, type SignedInCustomer } from '../../_lib/customer'
import { ORDER_TONE, badgeClass, orderStatusLabel } from '../../_lib/labels'
import { vehicleName } from '../../_lib/quotes'
import styles from '../../account.module.css'
import { BankTransfer } from './BankTransfer'
import { Timeline } from './Timeline'

type Props = { params: Promise<{ locale: string; id: string }> }

async function findOrder(id: string, customer: SignedInCustomer) {
  if (!isRecordId(id)) return null
  const payload = await getPayloadClient()
  const order = await payload.findByID({
    collection: 'orders',
    id,
    overrideAccess: false,
    user: customer,
    disableErrors: true,
    depth: 1,
    select: {
      number: true,
      status: true,
      quote: true,
      vehicle: true, vehicleLabel: true,
      timeline: { status: true, at: true },
      shipping: true,
      registration: true,
      totals: true,
      amountPaid: true,
      amountDue: true,
      createdAt: true,
    },
    populate: { vehicles: { title: true, slug: true, year: true, status: true }, quotes: { number: true } },
  })
  if (!order) return null
  const asCustomer = { overrideAccess: false, user: customer, depth: 0, pagination: false, where: { order: { equals: order.id } } } as const
  const [documents, payments] = await Promise.all([
    payload.find({
      collection: 'documents',
      ...asCustomer,
      sort: '-createdAt',
      limit: 50,
      select: { type: true, status: true, rejectionReason: true, filename: true, url: true, createdAt: true },
    }),
    payload.find({
      collection: 'payments',
      ...asCustomer,
      sort: '-createdAt',
      limit: 50,
      select: { provider: true, kind: true, status: true, amount: true, receivedAt: true, createdAt: true },
    }),
  ])
  return { order, documents: documents.docs, payments: payments.docs }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale: locale as Locale, namespace: 'account.order' })
  return { title: t('metaTitle') }
}

export default async function OrderPage({ params }: Props) {
  const { locale, id } = await params
  if (!isLocale(locale)) return null
  setRequestLocale(locale)
  const customer = await requireCustomer(locale, `/account/orders/${id}`)
  const [found, t] = await Promise.all([findOrder(id, customer), getTranslations({ locale, namespace: 'account.order' })])
  if (!found) notFound()
  const { order, documents, payments } = found
  const tOrders = await getTranslations({ locale, namespace: 'account.orders' })

  const quote = order.quote && typeof order.quote === 'object' ? (order.quote as Quote) : null
  const money = orderBalance({ total: order.totals.total, depositDue: order.totals.depositDue, paid: order.amountPaid })
  const { paid, due } = money
  const toTransfer = nextTransfer(order.status, money)
  const cancelledAt = order.timeline?.findLast((entry) => entry.status === 'cancelled')?.at
  const shipping = order.shipping ?? {}
  const shippingFacts: [string, string | null | undefined][] = [
    [t('carrier'), shipping.carrier],
    [t('vessel'), shipping.vessel],
    [t('container'), shipping.containerNumber],
    [t('booking'), shipping.bookingReference],
    [t('route'), [shipping.portOfLoading, shipping.portOfDischarge].filter(Boolean).join(' → ')],
    [t('etd'), shipping.etd ? date(shipping.etd, locale) : null],
    [t('eta'), shipping.eta ? date(shipping.eta, locale) : null],
    [t('plate'), order.registration?.plate],
  ]
  const knownShipping = shippingFacts.filter(([, value]) => value)
  const transfer =
    toTransfer && order.number ? (
      <BankTransfer customer={customer} locale={locale} reference={order.number} amount={toTransfer.amount} deposit={toTransfer.kind === 'deposit'} />
    ) : null

  return (
    <div className={`container ${styles.page}`}>
      <p className={styles.back}>
        <Link href="/account/orders">{t('back')}</Link>
      </p>
      <header className={styles.head}>
        {vehicleName(order) && <p className={styles.kicker}>{vehicleName(order)}</p>}
        <div className={styles.titleRow}>
          <h1>{tOrders('orderNumber', { number: order.number ?? '—' })}</h1>
          <span className={badgeClass(ORDER_TONE(order.status))}>{orderStatusLabel(order.status, locale)}</span>
        </div>
        <p className={styles.rowMeta}>
          {tOrders('placedOn', { date: date(order.createdAt, locale) })}
          {quote?.number && (
            <>
              {' · '}
              <Link href={`/account/quotes/${quote.id}`} className={styles.nowrap}>
                {t('fromQuote', { number: quote.number })}
              </Link>
            </>
          )}
        </p>
      </header>

      {order.status === 'cancelled' && (
        <p className={styles.cancelled} role="status">
          {cancelledAt ? t('cancelledOn', { date: date(cancelledAt, locale) }) : t('cancelled')}
        </p>
      )}

      {/* Waiting for the deposit: paying it is the next step, so it comes first. */}
      {transfer && order.status === 'awaiting_deposit' && transfer}

      <div className={styles.detailGrid}>
        <section aria-labelledby="order-progress" className={`card ${styles.panel}`}>
          <h2 id="order-progress" className={styles.panelTitle}>
            {t('progressTitle')}
          </h2>
          <Timeline order={order} locale={locale} />
        </section>

        <div className={styles.sideStack}>
          <section aria-labelledby="order-money" className={`card ${styles.panel}`}>
            <h2 id="order-money" className={styles.panelTitle}>
              {t('moneyTitle')}
            </h2>
            <dl className={`${styles.facts} ${styles.factsMoney}`}>
              <div className={styles.factPair}>
                <dt>{t('total')}</dt>
                <dd className="money">{euros(order.totals.total, locale, { exact: true })}</dd>
              </div>
              {order.totals.depositDue ? (
                <div className={styles.factPair}>
                  <dt>{t('deposit')}</dt>
                  <dd className="money">{euros(order.totals.depositDue, locale, { exact: true })}</dd>
                </div>
              ) : null}
              <div className={styles.factPair}>
                <dt>{t('paid')}</dt>
                <dd className="money">{euros(paid, locale, { exact: true })}</dd>
              </div>
              <div className={`${styles.factPair} ${styles.factStrong}`}>
                <dt>{t('due')}</dt>
                <dd className="money">{euros(Math.max(0, due), locale, { exact: true })}</dd>
              </div>
            </dl>
            {payments.length > 0 && (
              <>
                <h3 className={styles.subTitle}>{t('paymentsTitle')}</h3>
                <ul className={styles.payments}>
                  {payments.map((payment) => (
                    <li key={payment.id}>
                      <span>
                        {t(`paymentKind.${payment.kind}`)} · {t(`provider.${payment.provider}`)}
                        <span className={styles.rowMeta}> · {date(payment.receivedAt ?? payment.createdAt, locale)}</span>
                      </span>
                      <span className={styles.paymentSide}>
                        <span className="money">{euros(signedAmount(payment), locale, { exact: true })}</span>
                        {payment.status !== 'succeeded' && <span className={badgeClass(payment.status === 'failed' ? 'bad' : 'warn')}>{t(`paymentStatus.${payment.status}`)}</span>}
                      </span>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>

          {transfer && order.status !== 'awaiting_deposit' && transfer}

          <section aria-labelledby="order-shipping" className={`card ${styles.panel}`}>
            <h2 id="order-shipping" className={styles.panelTitle}>
              {t('shippingTitle')}
            </h2>
            {knownShipping.length ? (
              <dl className={styles.facts}>
                {knownShipping.map(([label, value]) => (
                  <div key={label} className={styles.factPair}>
                    <dt>{label}</dt>
                    <dd>{value}</dd>
                  </div>
                ))}
              </dl>
            ) : (
              <p className="muted">{t('noShipping')}</p>
            )}
            {shipping.trackingUrl?.startsWith('https://') && (
              <a href={shipping.trackingUrl} className={`button button--small button--ghost ${styles.spaced}`} target="_blank" rel="noopener noreferrer">
                {t('track')}
                <span className="visually-hidden"> {t('newWindow')}</span>
              </a>
            )}
          </section>
        </div>
      </div>

      <section aria-labelledby="order-documents" className={`card ${styles.panel}`}>
        <h2 id="order-documents" className={styles.panelTitle}>
          {t('documentsTitle')}
        </h2>
        {documents.length ? <DocumentTable documents={documents} locale={locale} /> : <p className="muted">{t('noDocuments')}</p>}
        <p className={styles.note}>
          <Link href="/account/documents">{t('toDocuments')}</Link>
        </p>
      </section>
    </div>
  )
}
