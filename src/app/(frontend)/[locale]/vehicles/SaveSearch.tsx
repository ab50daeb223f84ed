import { getTranslations } from 'next-intl/server'

import { ClientMessages } from '@/components/ClientMessages'
import { suggestedSearchName } from '@/domain/savedSearch'
import { activeFilterCount, serializeVehicleSearch, type VehicleSearch } from '@/domain/vehicleSearch'
import type { Locale } from '@/i18n/routing'
import { SaveSearchForm } from './SaveSearchForm'

/** Offered once at least one filter is chosen: an alert on "everything" would be noise. */
export async function SaveSearch({ search, locale }: { search: VehicleSearch; locale: Locale }) {
  if (activeFilterCount(search) === 0) return null
  const [fuel, transmission, body] = await Promise.all(
    (['fuel', 'transmission', 'body'] as const).map((namespace) => getTranslations({ locale, namespace })),
  )
  const labels = { fuel: fuel!, transmission: transmission!, body: body! }
  const name = suggestedSearchName(search, locale, (facet, value) =>
    labels[facet].has(value) ? labels[facet](value) : value,
  )
  return (
    <ClientMessages namespaces={['search']}>
      <SaveSearchForm query={serializeVehicleSearch({ ...search, page: 1 })} defaultName={name} />
    </ClientMessages>
  )
}
