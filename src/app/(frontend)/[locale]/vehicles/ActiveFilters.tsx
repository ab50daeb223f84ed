import { getTranslations } from 'next-intl/server'

import { MULTI_FACETS, serializeVehicleSearch, toggleFacet, type VehicleSearch } from '@/domain/vehicleSearch'
import { euros, km } from '@/components/format'
import { Link } from '@/components/Link'
import { facetLabel } from '@/i18n/facetLabel'
import type { Locale } from '@/i18n/routing'
import styles from './search.module.css'

/** Each active filter as a link that removes it. */
export async function ActiveFilters({ search, locale }: { search: VehicleSearch; locale: Locale }) {
  const t = await getTranslations({ locale })
  const href = (next: VehicleSearch) => {
    const query = serializeVehicleSearch(next)
    return `/vehicles${query ? `?${query}` : ''}`
  }
  const chips: { label: string; href: string }[] = []
  for (const facet of MULTI_FACETS) {
    for (const value of search[facet]) {
      const label = facetLabel(facet, value, locale)
      chips.push({ label, href: href(toggleFacet(search, facet, value)) })
    }
  }
  const without = (key: keyof VehicleSearch) => href({ ...search, [key]: key === 'noRti' ? false : undefined, page: 1 })
  if (search.model)
    chips.push({ label: `${t('search.model')}${locale === 'fr' ? ' :' : ':'} ${search.model}`, href: without('model') })
  if (search.yearMin) chips.push({ label: `≥ ${search.yearMin}`, href: without('yearMin') })
  if (search.yearMax) chips.push({ label: `≤ ${search.yearMax}`, href: without('yearMax') })
  // Budgets are whole euros in the address: written as people read prices (120 000 €, €120,000).
  if (search.priceMin !== undefined)
    chips.push({ label: `≥ ${euros(search.priceMin * 100, locale)}`, href: without('priceMin') })
  if (search.priceMax !== undefined)
    chips.push({ label: `≤ ${euros(search.priceMax * 100, locale)}`, href: without('priceMax') })
  if (search.landedMax !== undefined)
    chips.push({
      label: t('search.landedChip', { amount: euros(search.landedMax * 100, locale) }),
      href: without('landedMax'),
    })
  if (search.mileageMax !== undefined)
    chips.push({ label: `≤ ${km(search.mileageMax, locale)}`, href: without('mileageMax') })
  if (search.noRti) chips.push({ label: t('search.noRti'), href: without('noRti') })
  if (chips.length === 0) return null
  return (
    <ul className={styles.chips} aria-label={t('search.filters')}>
      {chips.map((chip) => (
        <li key={chip.href + chip.label}>
          <Link href={chip.href} className={styles.chip} scroll={false}>
            {chip.label}
            <span aria-hidden="true"> ×</span>
            <span className="visually-hidden"> ({t('search.reset')})</span>
          </Link>
        </li>
      ))}
    </ul>
  )
}
