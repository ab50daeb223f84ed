import { getTranslations } from 'next-intl/server'

import { serializeVehicleSearch, type VehicleSearch } from '@/domain/vehicleSearch'
import { Link } from '@/components/Link'
import type { Locale } from '@/i18n/routing'
import styles from './search.module.css'

export async function Pagination({
  search,
  page,
  pages,
  locale,
}: {
  search: VehicleSearch
  page: number
  pages: number
  locale: Locale
}) {
  if (pages <= 1) return null
  const t = await getTranslations({ locale, namespace: 'search' })
  const href = (target: number) => {
    const query = serializeVehicleSearch({ ...search, page: target })
    return `/vehicles${query ? `?${query}` : ''}`
  }
  return (
    <nav aria-label={t('pagination')} className={styles.pagination}>
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className="button button--ghost button--small">
          ← {t('previous')}
        </Link>
      ) : (
        <span />
      )}
      <span aria-current="page">{t('page', { page, pages })}</span>
      {page < pages ? (
        <Link href={href(page + 1)} rel="next" className="button button--ghost button--small">
          {t('next')} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
