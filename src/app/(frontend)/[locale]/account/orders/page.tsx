import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { date, euros } from '@/components/format'
import { Link } from '@/i18n/navigation'
import { isLocale, type Locale } from '@/i18n/routing'
import { getOrderList } from '../../../_data/account'
import { requireCustomer } from '../_lib/customer'
import { ORDER_TONE, badgeClass, orderStatusLabel } from '../_lib/labels'
import styles from '../account.module.css'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale: locale as Locale, namespace: 'account.orders' })
  return { title: t('title') }
}

export default async function OrdersPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) return null
  setRequestLocale(locale)
  const customer = await requireCustomer(locale, '/account/orders')
  const [orders, t] = await Promise.all([
    getOrderList(customer, locale),
    getTranslations({ locale, namespace: 'account.orders' }),
  ])

  return (
    <div className={`container ${styles.page}`}>
      <header className={styles.head}>
        <h1>{t('title')}</h1>
        <p className={styles.lead}>{t('lead')}</p>
      </header>
      {orders.length === 0 ? (
        <div className={`card ${styles.panel}`}>
          <p>{t('empty')}</p>
          <Link href="/account/quotes" className="button button--ghost">
            {t('toQuotes')}
          </Link>
        </div>
      ) : (
        <ul className={styles.list}>
          {orders.map((order) => (
            <li key={order.id} className={`card ${styles.row}`}>
              <div className={styles.rowMain}>
                <h2 className={styles.rowTitle}>
                  <Link href={`/account/orders/${order.id}`}>{t('orderNumber', { number: order.number ?? '—' })}</Link>
                </h2>
                {order.vehicle && <p className={styles.rowSubject}>{order.vehicle}</p>}
                <p className={styles.rowMeta}>
                  {t('placedOn', { date: date(order.createdAt, locale) })}
                  {order.eta && <> · {t('eta', { date: date(order.eta, locale) })}</>}
                </p>
              </div>
              <div className={styles.rowSide}>
                <span className={badgeClass(ORDER_TONE(order.status))}>{orderStatusLabel(order.status, locale)}</span>
                <span className={styles.rowMeta} data-testid="order-step-since">
                  {t('stepSince', { date: date(order.since, locale) })}
                </span>
                <span className={`money ${styles.rowAmount}`}>{euros(order.total, locale)}</span>
                {order.due !== null && (
                  <span className={styles.rowMeta}>{t('due', { amount: euros(order.due, locale) })}</span>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
