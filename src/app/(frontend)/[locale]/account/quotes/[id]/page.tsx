import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { date, euros } from '@/components/format'
import { sellerParty } from '@/documents/parties'
import { Link } from '@/i18n/navigation'
import { isLocale, type Locale } from '@/i18n/routing'
import { localizedHref } from '@/components/Link'
import { idOf } from '@/domain/relationId'
import { getQuote } from '../../../../_data/account'
import { getPublishedPageSlugs } from '../../../../_data/pages'
import { getSiteSettings } from '../../../../_data/siteSettings'
import { PortalMessages } from '../../_components/PortalMessages'
import { requireCustomer } from '../../_lib/customer'
import { QUOTE_TONE, badgeClass } from '../../_lib/labels'
import styles from '../../account.module.css'
import { AnswerForms } from './AnswerForms'
import { PriceTable } from './PriceTable'
import { SourcingFacts } from './SourcingFacts'

type Props = {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale: locale as Locale, namespace: 'account.quote' })
  return { title: t('metaTitle') }
}

export default async function QuotePage({ params, searchParams }: Props) {
  const { locale, id } = await params
  if (!isLocale(locale)) return null
  setRequestLocale(locale)
  const customer = await requireCustomer(locale, `/account/quotes/${id}`)
  const [quote, t, query, settings] = await Promise.all([
    getQuote(id, customer, locale),
    getTranslations({ locale, namespace: 'account.quote' }),
    searchParams,
    getSiteSettings(locale),
  ])
  if (!quote) notFound()
  const [tq, trust, pages] = await Promise.all([
    getTranslations({ locale, namespace: 'account.quotes' }),
    getTranslations({ locale, namespace: 'trust.terms' }),
    getPublishedPageSlugs(),
  ])
  // The general terms chosen in Site settings › Legal, at their address in the customer's language.
  const termsId = idOf(settings.legal?.termsPage)
  const termsPage = termsId ? pages.find((page) => page.id === termsId) : undefined
  const termsHref = termsPage ? localizedHref(`/${termsPage[locale]}`, locale) : null

  const { shownStatus: status, answerable, priced, order, vehicle, totals, lines } = quote
  const answer = [query.answer].flat()[0]

  return (
    <div className={`container ${styles.page}`}>
      <p className={styles.back}>
        <Link href="/account/quotes">{t('back')}</Link>
      </p>
      <header className={styles.head}>
        <p className={styles.kicker}>{quote.subject ?? tq(`kind.${quote.kind}`)}</p>
        <div className={styles.titleRow}>
          <h1>{tq('quoteNumber', { number: quote.number ?? '—' })}</h1>
          <span className={badgeClass(QUOTE_TONE[status])}>{tq(`status.${status}`)}</span>
        </div>
        <p className={styles.rowMeta}>
          {t('requestedOn', { date: date(quote.createdAt, locale) })}
          {quote.sentAt && <> · {t('sentOn', { date: date(quote.sentAt, locale) })}</>}
          {quote.answeredAt && <> · {t('answeredOn', { date: date(quote.answeredAt, locale) })}</>}
          {quote.acceptedTermsVersion && <> · {trust('accepted', { version: quote.acceptedTermsVersion })}</>}
        </p>
      </header>

      <div role="status" className={styles.statusArea}>
        {answer === 'accepted' && quote.status === 'converted' && order && (
          <div className="form-success">
            <p>{t('acceptedNow', { number: order.number ?? '' })}</p>
            <Link href={`/account/orders/${order.id}`} className="button button--small">
              {t('followOrder')}
            </Link>
          </div>
        )}
        {answer === 'declined' && quote.status === 'declined' && <p className="form-success">{t('declinedNow')}</p>}
      </div>

      {answer !== 'accepted' && order && (
        <div className={`card ${styles.panel} ${styles.orderLink}`}>
          <p>{t('becameOrder', { number: order.number ?? '' })}</p>
          <Link href={`/account/orders/${order.id}`} className="button button--small button--brass">
            {t('followOrder')}
          </Link>
        </div>
      )}

      <div className={styles.detailGrid}>
        <section aria-labelledby="quote-lines" className={`card ${styles.panel}`}>
          <h2 id="quote-lines" className={styles.panelTitle}>
            {t('linesTitle')}
          </h2>
          {priced ? (
            <PriceTable lines={lines} totals={totals} siteName={sellerParty(settings).siteName} locale={locale} />
          ) : (
            <p className="muted">{t('notPriced')}</p>
          )}
          {priced && <p className={styles.note}>{t('taxesNote')}</p>}
          {priced && (
            <p className={styles.note}>
              <a href={`/api/quotes/${quote.id}/pdf?locale=${locale}`} download={`${quote.number ?? quote.id}.pdf`}>
                {t('quotePdf')}
              </a>
            </p>
          )}
        </section>

        <aside className={styles.sideStack}>
          {(status === 'sent' || status === 'expired') && (
            <section aria-labelledby="quote-validity" className={`card ${styles.panel}`}>
              <h2 id="quote-validity" className={styles.panelTitle}>
                {t('validityTitle')}
              </h2>
              {quote.validUntil ? (
                <p>
                  {status === 'expired'
                    ? t('expiredOn', { date: date(quote.validUntil, locale) })
                    : t('validUntil', { date: date(quote.validUntil, locale) })}
                </p>
              ) : (
                <p className="muted">{t('noValidity')}</p>
              )}
              {status === 'expired' && (
                <Link href="/quote" className="button button--small button--ghost">
                  {t('askNew')}
                </Link>
              )}
            </section>
          )}
          <section aria-labelledby="quote-request" className={`card ${styles.panel}`}>
            <h2 id="quote-request" className={styles.panelTitle}>
              {t('requestTitle')}
            </h2>
            <dl className={styles.facts}>
              {vehicle && (
                <div className={styles.factPair}>
                  <dt>{quote.kind === 'sourcing' ? t('candidate') : t('vehicle')}</dt>
                  <dd>
                    {vehicle.slug ? <Link href={`/vehicles/${vehicle.slug}`}>{vehicle.name}</Link> : vehicle.name}
                  </dd>
                </div>
              )}
              {quote.kind === 'sourcing' && <SourcingFacts sourcing={quote.sourcing} locale={locale} />}
              {quote.region && (
                <div className={styles.factPair}>
                  <dt>{t('region')}</dt>
                  <dd>{quote.region}</dd>
                </div>
              )}
              {quote.customerMessage && (
                <div className={styles.factPair}>
                  <dt>{t('message')}</dt>
                  <dd className={styles.preserve}>{quote.customerMessage}</dd>
                </div>
              )}
              {quote.declineReason && (
                <div className={styles.factPair}>
                  <dt>{t('declineReason')}</dt>
                  <dd className={styles.preserve}>{quote.declineReason}</dd>
                </div>
              )}
            </dl>
          </section>
        </aside>
      </div>

      {answerable && priced && (
        <section aria-labelledby="quote-answer" className={styles.answerSection}>
          <h2 id="quote-answer">{t('answerTitle')}</h2>
          <PortalMessages sections={['answer']}>
            <AnswerForms
              id={quote.id}
              termsHref={termsHref}
              termsLabel={trust('link')}
              total={euros(totals.total ?? 0, locale, { exact: true })}
              deposit={euros(totals.depositDue ?? 0, locale, { exact: true })}
            />
          </PortalMessages>
        </section>
      )}
    </div>
  )
}
