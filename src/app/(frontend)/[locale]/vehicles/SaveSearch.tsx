import { getTranslations } from 'next-intl/server'

import { suggestedSearchName } from '@/domain/savedSearch'
import { activeFilterCount, serializeVehicleSearch, type VehicleSearch } from '@/domain/vehicleSearch'
import type { Locale } from '@/i18n/routing'
import { SaveSearchForm, type SaveSearchLabels } from './SaveSearchForm'

const LABELS = ['title', 'lead', 'name', 'submit', 'pending', 'manage', 'signIn', 'signInLead'] as const

/** Offered once at least one filter is chosen: an alert on "everything" would be noise. */
export async function SaveSearch({ search, locale }: { search: VehicleSearch; locale: Locale }) {
  if (activeFilterCount(search) === 0) return null
  const [[fuel, transmission, body], save] = await Promise.all([
    Promise.all((['fuel', 'transmission', 'body'] as const).map((namespace) => getTranslations({ locale, namespace }))),
    getTranslations({ locale, namespace: 'search.save' }),
  ])
  const labels = { fuel: fuel!, transmission: transmission!, body: body! }
  const name = suggestedSearchName(search, locale, (facet, value) =>
    labels[facet].has(value) ? labels[facet](value) : value,
  )
  return (
    <SaveSearchForm
      query={serializeVehicleSearch({ ...search, page: 1 })}
      defaultName={name}
      locale={locale}
      labels={Object.fromEntries(LABELS.map((key) => [key, save(key)])) as SaveSearchLabels}
    />
  )
}
