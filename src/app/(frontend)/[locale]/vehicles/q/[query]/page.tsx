import type { Metadata } from 'next'
import { setRequestLocale } from 'next-intl/server'

import { parseVehicleSearch, serializeVehicleSearch } from '@/domain/vehicleSearch'
import { isLocale } from '@/i18n/routing'
import { searchVehicles, searchWithinPages } from '../../../../_data/vehicleSearch'
import { searchMetadata } from '../../searchMetadata'
import { SearchPage } from '../../SearchPage'

export const revalidate = 3600
export const dynamicParams = true

export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ locale: string; query: string }> }

function searchOf(query: string) {
  return parseVehicleSearch(new URLSearchParams(decodeURIComponent(query)))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, query } = await params
  if (!isLocale(locale)) return {}
  // Same cached search as the page: a page past the end is canonically the last page.
  const { search } = await searchWithinPages(searchOf(query), locale, searchVehicles)
  return searchMetadata(locale, serializeVehicleSearch(search))
}

/**
 * /vehicles?make=BMW&sort=price_asc, rewritten here by src/proxy.ts with its canonical query as a
 * path segment, so that each distinct search is rendered once and then served from the cache.
 */
export default async function VehicleSearchResults({ params }: Props) {
  const { locale, query } = await params
  if (!isLocale(locale)) return null
  setRequestLocale(locale)
  return <SearchPage search={searchOf(query)} locale={locale} />
}
