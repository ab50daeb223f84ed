import { getTranslations } from 'next-intl/server'

import { date, euros } from '@/components/format'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { getAccountOverview, type SignedInCustomer } from '../../../_data/account'
import { ORDER_TONE, badgeClass, orderStatusLabel } from '../_lib/labels'
import styles from '../account.module.css'

type Action = { key: string; text: string; href: string; cta: string }

/** The signed-in home: what needs the customer now, then their quotes, orders and documents at a glance. */
export async function Overview({
  customer,
  locale,
  passwordChanged,
}: {
  customer: SignedInCustomer
  locale: Locale
  passwordChanged: boolean
}) {
  const [overview, t] = await Promise.all([
    getAccountOverview(customer, locale),
    getTranslations({ locale, namespace: 'account.overview' }),
  ])
  const { kyc, counts } = overview

  const actions: Action[] = []
  for (const quote of overview.quotesToAnswer) {
    actions.push({
      key: `quote-${quote.id}`,
      text: quote.validUntil
        ? t('actionQuote', { number: quote.number, date: date(quote.validUntil, locale) })
        : t('actionQuoteNoDate', { number: quote.number }),
      href: `/account/quotes/${quote.id}`,
      cta: t('actionQuoteCta'),
    })
  }
  for (const order of overview.depositsToPay) {
    actions.push({
      key: `order-${order.id}`,
      text: t('actionDeposit', { number: order.number, amount: euros(order.amount, locale) }),
      href: `/account/orders/${order.id}`,
      cta: t('actionDepositCta'),
    })
  }
  const { identity: hasIdentity, address: hasAddress } = overview.documentsOnFile
  if (kyc === 'rejected')
    actions.push({ key: 'kyc', text: t('actionRejected'), href: '/account/documents', cta: t('actionDocumentsCta') })
  else if (!hasIdentity || !hasAddress) {
    const text =
      !hasIdentity && !hasAddress ? t('actionDocuments') : !hasIdentity ? t('actionIdentity') : t('actionAddress')
    actions.push({ key: 'kyc', text, href: '/account/documents', cta: t('actionDocumentsCta') })
  }
  if (!overview.profileComplete) {
    actions.push({ key: 'profile', text: t('actionProfile'), href: '/account/profile', cta: t('actionProfileCta') })
  }

  return (
    <div className={`container ${styles.page}`}>
      <header className={styles.head}>
        <p className={styles.kicker}>{t('kicker')}</p>
        <h1>{customer.firstName ? t('hello', { name: customer.firstName }) : t('title')}</h1>
        <p className={styles.lead}>{t('lead')}</p>
      </header>
      {passwordChanged && (
        <p className="form-success" role="status">
          {t('passwordChanged')}
        </p>
      )}

      <section aria-labelledby="next-steps" className={`card ${styles.panel}`}>
        <h2 id="next-steps" className={styles.panelTitle}>
          {t('nextTitle')}
        </h2>
        {actions.length ? (
          <ul className={styles.actions}>
            {actions.map((action) => (
              <li key={action.key}>
                <span>{action.text}</span>
                <Link href={action.href} className="button button--small button--brass">
                  {action.cta}
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('nothingToDo')}</p>
        )}
      </section>

      {overview.orders.length > 0 && (
        <section aria-labelledby="order-steps" className={`card ${styles.panel}`} data-testid="order-steps">
          <h2 id="order-steps" className={styles.panelTitle}>
            {t('ordersTitle')}
          </h2>
          <ul className={styles.steps}>
            {overview.orders.map((order) => (
              <li key={order.id} data-testid="order-step">
                <span>
                  <Link href={`/account/orders/${order.id}`}>{t('orderNumber', { number: order.number || '—' })}</Link>
                  {order.vehicle && <span className={styles.rowMeta}> · {order.vehicle}</span>}
                </span>
                <span className={styles.stepNow}>
                  <span className={badgeClass(ORDER_TONE(order.status))}>{orderStatusLabel(order.status, locale)}</span>
                  <span className={styles.rowMeta}>{t('stepSince', { date: date(order.since, locale) })}</span>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <h2 className="visually-hidden">{t('summaryTitle')}</h2>
      <ul className={styles.summary}>
        <li className="card">
          <Link href="/account/quotes" className={styles.summaryLink}>
            <span className={styles.summaryLabel}>{t('quotes')}</span>
            <span className={styles.summaryCount}>{counts.quotes}</span>
            <span className={styles.summaryHint}>{t('quotesHint', { count: counts.answerableQuotes })}</span>
          </Link>
        </li>
        <li className="card">
          <Link href="/account/orders" className={styles.summaryLink}>
            <span className={styles.summaryLabel}>{t('orders')}</span>
            <span className={styles.summaryCount}>{counts.orders}</span>
            <span className={styles.summaryHint}>{t('ordersHint', { count: counts.openOrders })}</span>
          </Link>
        </li>
        <li className="card">
          <Link href="/account/documents" className={styles.summaryLink}>
            <span className={styles.summaryLabel}>{t('documents')}</span>
            <span className={styles.summaryCount}>{counts.documents}</span>
            <span className={styles.summaryHint}>{t(`kyc.${kyc}`, { count: counts.verifiedDocuments })}</span>
          </Link>
        </li>
      </ul>
    </div>
  )
}
