import { intlLocale, type Language } from './format'

/**
 * A list in the order a reader of the language expects its labels: "Électrique" among the E's in
 * French, "Škoda" among the S's, "Model 3" before "Model 10". Never by the stored code ("diesel",
 * "petrol"…), which follows no language.
 */
export function sortByLabel<T>(items: readonly T[], label: (item: T) => string, language: Language): T[] {
  const collator = new Intl.Collator(intlLocale(language), { sensitivity: 'base', numeric: true })
  return items
    .map((item) => ({ item, label: label(item) }))
    .sort((a, b) => collator.compare(a.label, b.label))
    .map(({ item }) => item)
}
