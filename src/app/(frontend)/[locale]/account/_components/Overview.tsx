import { getTranslations } from 'next-intl/server'

import { date, euros } from '@/components/format'
import { kycDocumentsOnFile, kycStatusFrom } from '@/domain/kyc'
import { orderBalance } from '@/domain/orderBalance'
import { isFinalOrderStatus } from '@/domain/orderStatus'
import { canAnswerQuote } from '@/domain/quoteStatus'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { getPayloadClient } from '../../../_data/payload'
import type { SignedInCustomer } from '../_lib/customer'
import styles from '../account.module.css'

type Action = { key: string; text: string; href: string; cta: string }

/** The signed-in home: what needs the customer now, then their quotes, orders and documents at a glance. */
export async function Overview({ customer, locale, passwordChanged }: { customer: SignedInCustomer; locale: Locale; passwordChanged: boolean }) {
  const payload = await getPayloadClient()
  const asCustomer = { overrideAccess: false, user: customer, depth: 0, pagination: false } as const
  const [quotes, orders, documents, t] = await Promise.all([
    payload.find({ collection: 'quotes', ...asCustomer, sort: '-createdAt', limit: 200, select: { number: true, status: true, validUntil: true } }),
    payload.find({
      collection: 'orders',
      ...asCustomer,
      sort: '-createdAt',
      limit: 200,
      select: { number: true, status: true, totals: true, amountPaid: true, amountDue: true },
    }),
    payload.find({ collection: 'documents', ...asCustomer, sort: 'createdAt', limit: 200, select: { type: true, status: true } }),
    getTranslations({ locale, namespace: 'account.overview' }),
  ])

  const now = new Date()
  const actions: Action[] = []
  for (const quote of quotes.docs.filter((doc) => canAnswerQuote(doc, now))) {
    actions.push({
      key: `quote-${quote.id}`,
      text: quote.validUntil ? t('actionQuote', { number: quote.number ?? '', date: date(quote.validUntil, locale) }) : t('actionQuoteNoDate', { number: quote.number ?? '' }),
      href: `/account/quotes/${quote.id}`,
      cta: t('actionQuoteCta'),
    })
  }
  for (const order of orders.docs.filter((doc) => doc.status === 'awaiting_deposit')) {
    const left = orderBalance({ total: order.totals.total, depositDue: order.totals.depositDue, paid: order.amountPaid }).depositLeft
    actions.push({
      key: `order-${order.id}`,
      text: t('actionDeposit', { number: order.number ?? '', amount: euros(left, locale) }),
      href: `/account/orders/${order.id}`,
      cta: t('actionDepositCta'),
    })
  }
  const kyc = kycStatusFrom(documents.docs)
  const { identity: hasIdentity, address: hasAddress } = kycDocumentsOnFile(documents.docs)
  if (kyc === 'rejected') actions.push({ key: 'kyc', text: t('actionRejected'), href: '/account/documents', cta: t('actionDocumentsCta') })
  else if (!hasIdentity || !hasAddress) {
    const text = !hasIdentity && !hasAddress ? t('actionDocuments') : !hasIdentity ? t('actionIdentity') : t('actionAddress')
    actions.push({ key: 'kyc', text, href: '/account/documents', cta: t('actionDocumentsCta') })
  }
  if (!customer.phone || !customer.address?.line1 || !customer.address?.postcode || !customer.address?.city) {
    actions.push({ key: 'profile', text: t('actionProfile'), href: '/account/profile', cta: t('actionProfileCta') })
  }

  const activeOrders = orders.docs.filter((doc) => !isFinalOrderStatus(doc.status)).length
  const answerable = quotes.docs.filter((doc) => canAnswerQuote(doc, now)).length
  const verified = documents.docs.filter((doc) => doc.status === 'verified').length

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

      <h2 className="visually-hidden">{t('summaryTitle')}</h2>
      <ul className={styles.summary}>
        <li className="card">
          <Link href="/account/quotes" className={styles.summaryLink}>
            <span className={styles.summaryLabel}>{t('quotes')}</span>
            <span className={styles.summaryCount}>{quotes.totalDocs}</span>
            <span className={styles.summaryHint}>{t('quotesHint', { count: answerable })}</span>
          </Link>
        </li>
        <li className="card">
          <Link href="/account/orders" className={styles.summaryLink}>
            <span className={styles.summaryLabel}>{t('orders')}</span>
            <span className={styles.summaryCount}>{orders.totalDocs}</span>
            <span className={styles.summaryHint}>{t('ordersHint', { count: activeOrders })}</span>
          </Link>
        </li>
        <li className="card">
          <Link href="/account/documents" className={styles.summaryLink}>
            <span className={styles.summaryLabel}>{t('documents')}</span>
            <span className={styles.summaryCount}>{documents.totalDocs}</span>
            <span className={styles.summaryHint}>{t(`kyc.${kyc}`, { count: verified })}</span>
          </Link>
        </li>
      </ul>
    </div>
  )
}
