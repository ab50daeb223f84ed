import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { date, euros } from '@/components/format'
import { Link } from '@/i18n/navigation'
import { isLocale, type Locale } from '@/i18n/routing'
import { getQuoteList } from '../../../_data/account'
import { requireCustomer } from '../_lib/customer'
import { QUOTE_TONE, badgeClass } from '../_lib/labels'
import styles from '../account.module.css'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale: locale as Locale, namespace: 'account.quotes' })
  return { title: t('title') }
}

export default async function QuotesPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) return null
  setRequestLocale(locale)
  const customer = await requireCustomer(locale, '/account/quotes')
  const [quotes, t] = await Promise.all([
    getQuoteList(customer, locale),
    getTranslations({ locale, namespace: 'account.quotes' }),
  ])

  return (
    <div className={`container ${styles.page}`}>
      <header className={styles.head}>
        <h1>{t('title')}</h1>
        <p className={styles.lead}>{t('lead')}</p>
      </header>
      {quotes.length === 0 ? (
        <div className={`card ${styles.panel}`}>
          <p>{t('empty')}</p>
          <Link href="/quote" className="button button--brass">
            {t('request')}
          </Link>
        </div>
      ) : (
        <ul className={styles.list}>
          {quotes.map((quote) => {
            const { status } = quote
            return (
              <li key={quote.id} className={`card ${styles.row}`}>
                <div className={styles.rowMain}>
                  <h2 className={styles.rowTitle}>
                    <Link href={`/account/quotes/${quote.id}`}>
                      {t('quoteNumber', { number: quote.number ?? '—' })}
                    </Link>
                  </h2>
                  <p className={styles.rowSubject}>{quote.subject ?? t(`kind.${quote.kind}`)}</p>
                  <p className={styles.rowMeta}>
                    {t('requestedOn', { date: date(quote.createdAt, locale) })}
                    {quote.validUntil && <> · {t('validUntil', { date: date(quote.validUntil, locale) })}</>}
                  </p>
                </div>
                <div className={styles.rowSide}>
                  <span className={badgeClass(QUOTE_TONE[status])}>{t(`status.${status}`)}</span>
                  {quote.total ? (
                    <span className={`money ${styles.rowAmount}`}>{euros(quote.total, locale)}</span>
                  ) : null}
                </div>
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
