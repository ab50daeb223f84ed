import { getTranslations } from 'next-intl/server'

import { Link } from '@/components/Link'
import { VehicleCard } from '@/components/VehicleCard'
import type { VehicleSearch } from '@/domain/vehicleSearch'
import type { Locale } from '@/i18n/routing'
import { searchVehicles, searchWithinPages } from '../../_data/vehicleSearch'
import { ActiveFilters } from './ActiveFilters'
import { Pagination } from './Pagination'
import { ResultCount } from './ResultCount'
import { SaveSearch } from './SaveSearch'
import { SearchFilters } from './SearchFilters'
import styles from './search.module.css'

/** The search page for one search; rendered once per distinct search and cached (see src/proxy.ts). */
export async function SearchPage({ search: asked, locale }: { search: VehicleSearch; locale: Locale }) {
  const [{ search, result }, t] = await Promise.all([
    searchWithinPages(asked, locale, searchVehicles),
    getTranslations({ locale, namespace: 'search' }),
  ])
  const sourcingQuery = new URLSearchParams({
    ...(search.make[0] ? { make: search.make[0] } : {}),
    ...(search.model ? { model: search.model } : {}),
  })

  return (
    <div className={`container ${styles.page}`}>
      <header className={styles.head}>
        <h1 className={styles.title}>{t('title')}</h1>
        <ResultCount text={t('results', { count: result.total })} className={styles.count} />
      </header>
      <div className={styles.layout}>
        <SearchFilters search={search} facets={result.facets} locale={locale} />
        <section aria-labelledby="results-title" className={styles.results}>
          <h2 id="results-title" className="visually-hidden">
            {t('results', { count: result.total })}
          </h2>
          <ActiveFilters search={search} locale={locale} />
          <SaveSearch search={search} locale={locale} />
          {result.cards.length > 0 ? (
            <ul className={styles.grid}>
              {result.cards.map((card, index) => (
                <li key={card.id}>
                  <VehicleCard vehicle={card} locale={locale} priority={index === 0} />
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
