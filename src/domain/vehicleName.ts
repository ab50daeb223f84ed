/**
 * A vehicle's name in the reader's language.
 *
 * `model` and `trim` stay the canonical, French-market text staff type (slugs, the admin title and
 * the quote snapshots are built from it); `modelName` and `trimName` are localized display names,
 * filled only where a language says it differently ("Série 3" is "3 Series" in English, "Classe C"
 * "C-Class"). A trim's power reads "ch" in French and "hp" in English from one stored text, so
 * "2.3 195 ch" needs no second spelling.
 */
export type NameLanguage = 'fr' | 'en'

export type NamedVehicle = {
  make?: string | null
  model?: string | null
  trim?: string | null
  modelName?: string | null
  trimName?: string | null
}

const SPACE = '[ \\u00a0\\u202f]?'
// "195 ch", "195ch", "374 hp", "374 bhp" after a digit; not "Chevrolet" nor "4 Cross".
const HORSEPOWER = new RegExp(`(\\d)${SPACE}(?:ch|hp|bhp)(?![\\p{L}\\p{N}])`, 'giu')
const UNIT: Record<NameLanguage, string> = { fr: 'ch', en: 'hp' }

/** The power written in a trim in the language's unit: "195 ch" in French is "195 hp" in English. */
export function withPowerUnit(text: string, language: NameLanguage): string {
  return text.replace(HORSEPOWER, `$1 ${UNIT[language]}`)
}

const shown = (value: string | null | undefined) => value?.trim() || ''

/** "3 Series" in English, "Série 3" in French: the display name, else the canonical model. */
export function modelIn(vehicle: NamedVehicle): string {
  return shown(vehicle.modelName) || shown(vehicle.model)
}

/** The trim as the language writes it, power unit included. */
export function trimIn(vehicle: NamedVehicle, language: NameLanguage): string {
  return withPowerUnit(shown(vehicle.trimName) || shown(vehicle.trim), language)
}

/** "BMW 3 Series M340i xDrive": make, model and trim in the reader's language. */
export function vehicleName(vehicle: NamedVehicle, language: NameLanguage): string {
  return [shown(vehicle.make), modelIn(vehicle), trimIn(vehicle, language)].filter(Boolean).join(' ')
}

/** Lower case without accents, so "Serie", "série" and "SÉRIE" are one word to the search. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/** The words a visitor typed, folded; at most `limit` of them, each once. */
export function searchWords(text: string, limit: number): string[] {
  return [...new Set(foldForSearch(text).split(/\s+/).filter(Boolean))].slice(0, limit)
}

/**
 * What the storefront's free text searches: the make, the canonical model and trim and every
 * language's names, power written both ways, folded, each word once. Denormalized onto the vehicle
 * so that a search reads one column of one table and never joins the locales.
 */
export function vehicleSearchText(
  vehicle: NamedVehicle,
  names: { modelName?: string | null; trimName?: string | null }[],
) {
  const texts = [vehicle.make, vehicle.model, vehicle.trim, ...names.flatMap((name) => [name.modelName, name.trimName])]
  const spelled = texts
    .filter((text): text is string => Boolean(text?.trim()))
    .flatMap((text) => [text, withPowerUnit(text, 'fr'), withPowerUnit(text, 'en')])
  return [...new Set(foldForSearch(spelled.join(' ')).split(/\s+/).filter(Boolean))].join(' ')
}

/**
 * The English name of a model named the French way: "Série 3" → "3 Series", "Classe C" → "C-Class";
 * null for any other name. Gives cars stored before the localized names their English name.
 */
export function englishModelName(model: string): string | null {
  const series = /^s[ée]rie (\d)$/iu.exec(model.trim())
  if (series) return `${series[1]} Series`
  const range = /^classe ([a-z]{1,3})$/iu.exec(model.trim())
  if (range) return `${range[1]!.toUpperCase()}-Class`
  return null
}

/** A quote's or order's snapshot of its car in the reader's language (the French one when no other). */
export function vehicleLabelIn(
  record: { vehicleLabel?: string | null; vehicleLabelEn?: string | null },
  language: NameLanguage,
): string | null {
  return (language === 'en' ? record.vehicleLabelEn || record.vehicleLabel : record.vehicleLabel) || null
}
