import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { VehicleCard } from '@/components/VehicleCard'
import { parseVehicleSearch, serializeVehicleSearch } from '@/domain/vehicleSearch'
import { Link } from '@/i18n/navigation'
import { isLocale, type Locale } from '@/i18n/routing'
import { searchVehicles } from '../../_data/vehicleSearch'
import { ActiveFilters } from './ActiveFilters'
import { Pagination } from './Pagination'
import { SearchFilters } from './SearchFilters'
import styles from './search.module.css'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale: locale as Locale, namespace: 'search' })
  const query = serializeVehicleSearch(parseVehicleSearch(await searchParams))
  const path = `/vehicles${query ? `?${query}` : ''}`
  return {
    title: t('title'),
    description: t('description'),
    alternates: { canonical: locale === 'fr' ? path : `/en${path}`, languages: { fr: path, en: `/en${path}` } },
  }
}

export default async function VehicleSearchPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) return null
  setRequestLocale(locale)
  const search = parseVehicleSearch(await searchParams)
  const [result, t] = await Promise.all([searchVehicles(search, locale), getTranslations({ locale, namespace: 'search' })])
  const sourcingQuery = new URLSearchParams({ ...(search.make[0] ? { make: search.make[0] } : {}), ...(search.model ? { model: search.model } : {}) })

  return (
    <div className={`container ${styles.page}`}>
      <header className={styles.head}>
        <h1 className={styles.title}>{t('title')}</h1>
        <p className={styles.count} role="status">
          {t('results', { count: result.total })}
        </p>
      </header>
      <div className={styles.layout}>
        <SearchFilters search={search} facets={result.facets} locale={locale} />
        <section aria-labelledby="results-title" className={styles.results}>
          <h2 id="results-title" className="visually-hidden">
            {t('results', { count: result.total })}
          </h2>
          <ActiveFilters search={search} locale={locale} />
          {result.cards.length > 0 ? (
            <ul className={styles.grid}>
              {result.cards.map((card, index) => (
                <li key={card.id}>
                  <VehicleCard vehicle={card} locale={locale} priority={index < 2} />
                </li>
              ))}
            </ul>
          ) : (
            <div className={`card ${styles.empty}`}>
              <h2>{t('empty')}</h2>
              <p>{t('emptyHint')}</p>
              <Link href={`/quote${sourcingQuery.size ? `?${sourcingQuery}` : ''}`} className="button button--brass">
                {t('sourceIt')}
              </Link>
            </div>
          )}
          <Pagination search={search} page={result.page} pages={result.pages} locale={locale} />
        </section>
      </div>
    </div>
  )
}
