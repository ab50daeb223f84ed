import { countryName } from './countries'
import { DEFAULT_REGION } from './regions'
import { euros, km } from './format'
import { activeFilterCount, parseVehicleSearch, serializeVehicleSearch, type VehicleSearch } from './vehicleSearch'

export const MAX_SAVED_SEARCHES = 20

// The parameters the storefront search reads; others (campaign tags…) are ignored, not refused.
const SEARCH_KEYS = new Set([
  'make',
  'model',
  'fuel',
  'transmission',
  'body',
  'origin',
  'yearMin',
  'yearMax',
  'priceMin',
  'priceMax',
  'mileageMax',
  'landedMax',
  'region',
  'noRti',
])

/**
 * A saved search's query, canonical (the storefront's own parser and serialiser, keys sorted, no
 * page): two saves of the same filters store the same text. Null when no filter is left, or when a
 * filter the visitor gave was not understood (the alert would then match more than they asked for).
 */
export function canonicalSavedSearchQuery(query: unknown): string | null {
  if (typeof query !== 'string' || query.length > 1000) return null
  const given = new URLSearchParams(query.trim().replace(/^\?/, ''))
  const search = parseVehicleSearch(given)
  if (activeFilterCount(search) === 0) return null
  const canonical = new URLSearchParams(serializeVehicleSearch({ ...search, page: 1 }))
  for (const [key, value] of given) {
    if (key === 'noRti' && value !== '1') continue
    // The default region is left out of the canonical query, not refused.
    if (key === 'region' && value.trim().toUpperCase() === DEFAULT_REGION) continue
    if (SEARCH_KEYS.has(key) && value.trim() && !canonical.has(key)) return null
  }
  canonical.sort()
  return canonical.toString()
}

/** The filters of a stored query (already canonical). */
export const savedSearchFilters = (query: string): VehicleSearch => parseVehicleSearch(new URLSearchParams(query))

type Label = (facet: 'fuel' | 'transmission' | 'body', value: string) => string

/** A name for a search, from its filters ("BMW · ≤ 40 000 €"), cut to the collection's 120 characters. */
export function suggestedSearchName(search: VehicleSearch, locale: 'fr' | 'en', label: Label): string {
  const range = (min: number | undefined, max: number | undefined, unit: (value: number) => string) =>
    min !== undefined && max !== undefined
      ? `${unit(min)} – ${unit(max)}`
      : min !== undefined
        ? `≥ ${unit(min)}`
        : max !== undefined
          ? `≤ ${unit(max)}`
          : undefined
  const parts = [
    search.make.join(', ') || undefined,
    search.model,
    range(search.yearMin, search.yearMax, String),
    range(search.priceMin, search.priceMax, (value) => euros(value * 100, locale)),
    search.landedMax !== undefined
      ? `≤ ${euros(search.landedMax * 100, locale)} ${locale === 'fr' ? 'immatriculée' : 'registered'}`
      : undefined,
    search.mileageMax !== undefined ? `≤ ${km(search.mileageMax, locale)}` : undefined,
    ...(['fuel', 'transmission', 'body'] as const).map(
      (facet) => search[facet].map((value) => label(facet, value)).join(', ') || undefined,
    ),
    search.origin.map((code) => countryName(code, locale)).join(', ') || undefined,
  ].filter((part): part is string => Boolean(part))
  const name = parts.join(' · ')
  return name.length > 120 ? `${name.slice(0, 119)}…` : name
}
