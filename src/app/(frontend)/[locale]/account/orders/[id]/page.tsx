import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { date, euros } from '@/components/format'
import { carrierName, type TrackingLink } from '@/domain/shipmentTracking'
import { Link } from '@/i18n/navigation'
import { isLocale, type Locale } from '@/i18n/routing'
import { getOrder } from '../../../../_data/account'
import { DocumentTable } from '../../_components/DocumentTable'
import { requireCustomer } from '../../_lib/customer'
import { ORDER_TONE, badgeClass, orderStatusLabel } from '../../_lib/labels'
import styles from '../../account.module.css'
import { RefreshWhilePending } from './PaymentStatus'
import { PaymentStep } from './PaymentStep'
import { Timeline } from './Timeline'

type Props = {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<{ payment?: string | string[] }>
}

/** How the customer came back from a provider's page (set by ./return/route.ts or the cancel link). */
const PAYMENT_RETURNS = ['returned', 'cancelled', 'refused', 'delayed'] as const

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale: locale as Locale, namespace: 'account.order' })
  return { title: t('metaTitle') }
}

export default async function OrderPage({ params, searchParams }: Props) {
  const { locale, id } = await params
  if (!isLocale(locale)) return null
  setRequestLocale(locale)
  const customer = await requireCustomer(locale, `/account/orders/${id}`)
  const [order, t] = await Promise.all([
    getOrder(id, customer, locale),
    getTranslations({ locale, namespace: 'account.order' }),
  ])
  if (!order) notFound()
  const { quote, money, shipping, documents, payments } = order
  const tOrders = await getTranslations({ locale, namespace: 'account.orders' })

  const shippingFacts: [string, string | null | undefined][] = [
    [t('carrier'), shipping.carrier],
    [t('vessel'), shipping.vessel],
    [t('container'), shipping.containerNumber],
    [t('booking'), shipping.bookingReference],
    [t('billOfLading'), shipping.billOfLading],
    [t('route'), shipping.route],
    [t('etd'), shipping.etd ? date(shipping.etd, locale) : null],
    [t('eta'), shipping.eta ? date(shipping.eta, locale) : null],
    [t('plate'), shipping.plate],
  ]
  const knownShipping = shippingFacts.filter(([, value]) => value)
  const { tracking } = shipping
  const trackLabel = (link: TrackingLink) =>
    link.by === 'container' || link.by === 'billOfLading' || link.by === 'booking'
      ? t(`trackBy.${link.by}`, { reference: link.reference ?? '' })
      : link.by === 'vessel'
        ? t('trackVessel', { vessel: shipping.vessel ?? link.reference ?? '' })
        : link.by === 'carrier' && tracking.carrier
          ? t('trackAtCarrier', { carrier: carrierName(tracking.carrier) })
          : t('track')
  const transfer =
    order.transfer && order.number ? (
      <PaymentStep
        customer={customer}
        locale={locale}
        orderId={order.id}
        reference={order.number}
        transfer={order.transfer}
      />
    ) : null
  const tPay = await getTranslations({ locale, namespace: 'account.pay' })
  const { payment: returnedFrom } = await searchParams
  const returned = PAYMENT_RETURNS.find((value) => value === returnedFrom)
  const { lastOnline } = order
  const awaitingProvider =
    lastOnline.provider !== 'bank_transfer' && lastOnline.status === 'pending' ? lastOnline : null
  const paymentBanner = !returned
    ? null
    : returned === 'cancelled'
      ? { tone: 'info', text: tPay('banner.cancelled') }
      : returned === 'refused'
        ? { tone: 'error', text: tPay('banner.refused') }
        : awaitingProvider
          ? {
              tone: 'info',
              text: tPay('banner.waiting', { provider: tPay(`providerName.${awaitingProvider.provider}`) }),
            }
          : lastOnline.status === 'succeeded'
            ? { tone: 'success', text: tPay('banner.received') }
            : lastOnline.status === 'failed'
              ? { tone: 'error', text: tPay('banner.failed') }
              : null

  return (
    <div className={`container ${styles.page}`}>
      <p className={styles.back}>
        <Link href="/account/orders">{t('back')}</Link>
      </p>
      <header className={styles.head}>
        {order.vehicle && <p className={styles.kicker}>{order.vehicle}</p>}
        <div className={styles.titleRow}>
          <h1>{tOrders('orderNumber', { number: order.number ?? '—' })}</h1>
          <span className={badgeClass(ORDER_TONE(order.status))}>{orderStatusLabel(order.status, locale)}</span>
        </div>
        <p className={styles.rowMeta}>
          {tOrders('placedOn', { date: date(order.createdAt, locale) })}
          {quote && (
            <>
              {' · '}
              <Link href={`/account/quotes/${quote.id}`} className={styles.nowrap}>
                {t('fromQuote', { number: quote.number })}
              </Link>
            </>
          )}
        </p>
      </header>

      {paymentBanner && (
        <p className={`${styles.banner} ${styles[`banner_${paymentBanner.tone}`]}`} role="status">
          {paymentBanner.text}
        </p>
      )}
      <RefreshWhilePending pending={Boolean(returned && awaitingProvider)} />

      {order.status === 'cancelled' && (
        <p className={styles.cancelled} role="status">
          {order.cancelledAt ? t('cancelledOn', { date: date(order.cancelledAt, locale) }) : t('cancelled')}
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
                <dd className="money">{euros(money.total, locale, { exact: true })}</dd>
              </div>
              {money.depositDue ? (
                <div className={styles.factPair}>
                  <dt>{t('deposit')}</dt>
                  <dd className="money">{euros(money.depositDue, locale, { exact: true })}</dd>
                </div>
              ) : null}
              <div className={styles.factPair}>
                <dt>{t('paid')}</dt>
                <dd className="money">{euros(money.paid, locale, { exact: true })}</dd>
              </div>
              <div className={`${styles.factPair} ${styles.factStrong}`}>
                <dt>{t('due')}</dt>
                <dd className="money">{euros(money.due, locale, { exact: true })}</dd>
              </div>
            </dl>
            {order.invoice && (
              <p className={styles.note}>
                <a href={order.invoice.href} download={`${order.invoice.number}.pdf`}>
                  {t('invoicePdf', { number: order.invoice.number })}
                </a>
              </p>
            )}
            {payments.length > 0 && (
              <>
                <h3 className={styles.subTitle}>{t('paymentsTitle')}</h3>
                <ul className={styles.payments}>
                  {payments.map((payment) => (
                    <li key={payment.id}>
                      <span>
                        {t(`paymentKind.${payment.kind}`)} · {t(`provider.${payment.provider}`)}
                        <span className={styles.rowMeta}> · {date(payment.at, locale)}</span>
                      </span>
                      <span className={styles.paymentSide}>
                        <span className="money">{euros(payment.amount, locale, { exact: true })}</span>
                        {payment.status !== 'succeeded' && (
                          <span className={badgeClass(payment.status === 'failed' ? 'bad' : 'warn')}>
                            {t(`paymentStatus.${payment.status}`)}
                          </span>
                        )}
                        {payment.receipt && (
                          <a
                            href={payment.receipt.href}
                            download={`${payment.receipt.number}.pdf`}
                            aria-label={t('receiptPdfLabel', { number: payment.receipt.number })}
                          >
                            {t('receiptPdf')}
                          </a>
                        )}
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
            {tracking.shipment && (
              <p className={styles.spaced}>
                <a
                  href={tracking.shipment.url}
                  className="button button--small button--ghost"
                  target="_blank"
                  rel="noopener noreferrer"
                  data-testid="track-shipment"
                >
                  {trackLabel(tracking.shipment)}
                  <span className="visually-hidden"> {t('newWindow')}</span>
                </a>
              </p>
            )}
            {tracking.vessel && tracking.shipment?.by !== 'vessel' && (
              <p className={styles.note}>
                <a href={tracking.vessel.url} target="_blank" rel="noopener noreferrer" data-testid="track-vessel">
                  {t('trackVessel', { vessel: shipping.vessel ?? tracking.vessel.reference ?? '' })}
                  <span className="visually-hidden"> {t('newWindow')}</span>
                </a>
              </p>
            )}
          </section>
        </div>
      </div>

      <section aria-labelledby="order-documents" className={`card ${styles.panel}`}>
        <h2 id="order-documents" className={styles.panelTitle}>
          {t('documentsTitle')}
        </h2>
        {documents.length ? (
          <DocumentTable documents={documents} locale={locale} />
        ) : (
          <p className="muted">{t('noDocuments')}</p>
        )}
        <p className={styles.note}>
          <Link href="/account/documents">{t('toDocuments')}</Link>
        </p>
      </section>
    </div>
  )
}
