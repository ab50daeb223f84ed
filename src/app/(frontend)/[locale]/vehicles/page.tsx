import type { Metadata } from 'next'
import { setRequestLocale } from 'next-intl/server'

import { parseVehicleSearch } from '@/domain/vehicleSearch'
import { isLocale, type Locale } from '@/i18n/routing'
import { searchMetadata } from './searchMetadata'
import { SearchPage } from './SearchPage'

// Rendered once, kept until a vehicle changes (tag "vehicles") or an hour passes.
export const revalidate = 3600

// Not rendered at build time (there is no database then): on the first visit instead.
export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return searchMetadata(locale as Locale, '')
}

/** /vehicles without filters. Searches with filters are rewritten to ./q/[query] by src/proxy.ts. */
export default async function VehiclesPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) return null
  setRequestLocale(locale)
  return <SearchPage search={parseVehicleSearch({})} locale={locale} />
}
