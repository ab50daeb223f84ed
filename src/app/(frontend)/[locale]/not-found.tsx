import { getLocale } from 'next-intl/server'

import { NotFound } from '@/components/NotFound'
import { isLocale } from '@/i18n/routing'

/** Any storefront page that calls notFound(): a vehicle sold and unpublished, a page that never was. */
export default async function LocaleNotFound() {
  const current = await getLocale()
  return <NotFound locale={isLocale(current) ? current : 'fr'} />
}
