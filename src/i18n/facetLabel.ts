import { countryName } from '@/domain/countries'
import type { MultiFacet } from '@/domain/vehicleSearch'
import en from './messages/en.json'
import fr from './messages/fr.json'
import type { Locale } from './routing'

const MESSAGES = { fr, en } as const

/**
 * The label a search filter value shows, from the storefront's own messages, so that the search's
 * data and its form order and name the values alike: a make as it is, a country by its name, the
 * rest from the `fuel`, `transmission` and `body` messages.
 */
export function facetLabel(facet: MultiFacet, value: string, locale: Locale): string {
  if (facet === 'make') return value
  if (facet === 'origin') return countryName(value, locale)
  return (MESSAGES[locale][facet] as Record<string, string>)[value] ?? value
}
