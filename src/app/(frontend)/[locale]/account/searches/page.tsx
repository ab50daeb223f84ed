import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { date } from '@/components/format'
import { Link } from '@/i18n/navigation'
import { isLocale, type Locale } from '@/i18n/routing'
import { getSavedSearches } from '../../../_data/account'
import { PortalMessages } from '../_components/PortalMessages'
import { requireCustomer } from '../_lib/customer'
import styles from '../account.module.css'
import { SearchActions } from './SearchActions'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale: locale as Locale, namespace: 'account.searches' })
  return { title: t('title') }
}

/** The customer's saved searches: run one, switch its daily alert, or delete it. */
export default async function SearchesPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) return null
  setRequestLocale(locale)
  const customer = await requireCustomer(locale, '/account/searches')
  const [searches, t] = await Promise.all([
    getSavedSearches(customer),
    getTranslations({ locale, namespace: 'account.searches' }),
  ])

  return (
    <div className={`container ${styles.page}`}>
      <header className={styles.head}>
        <h1>{t('title')}</h1>
        <p className={styles.lead}>{t('lead')}</p>
      </header>
      {searches.length === 0 ? (
        <div className={`card ${styles.panel}`}>
          <p>{t('empty')}</p>
          <Link href="/vehicles" className="button button--brass">
            {t('browse')}
          </Link>
        </div>
      ) : (
        <PortalMessages sections={['searches']}>
          <ul className={styles.list}>
            {searches.map((search) => (
              <li key={search.id} className={`card ${styles.row}`}>
                <div className={styles.rowMain}>
                  <h2 className={styles.rowTitle}>
                    <Link href={`/vehicles?${search.query}`}>{search.name}</Link>
                  </h2>
                  <p className={styles.rowMeta}>
                    {t('savedOn', { date: date(search.createdAt, locale) })}
                    {search.lastAlertAt && <> · {t('lastAlert', { date: date(search.lastAlertAt, locale) })}</>}
                  </p>
                  <p className={styles.rowSubject}>{t(search.alerts ? 'alertsOn' : 'alertsOff')}</p>
                </div>
                <div className={`${styles.rowSide} ${styles.rowControls}`}>
                  <SearchActions id={search.id} name={search.name} alerts={search.alerts !== false} />
                </div>
              </li>
            ))}
          </ul>
        </PortalMessages>
      )}
    </div>
  )
}
