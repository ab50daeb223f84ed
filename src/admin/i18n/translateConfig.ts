import type { Block, CollectionConfig, Config, Field, GlobalConfig, Plugin } from 'payload'
import { formatLabels, toWords } from 'payload/shared'

import { COLLECTION_LABELS, FRENCH, FRENCH_BY_NAME, OPTION_VALUE_LABELS, SAME_IN_FRENCH } from './adminLabels'

/**
 * Puts French beside the English of our collections and globals: labels, descriptions, select
 * options, row labels and admin groups become `{ en, fr }`, which Payload shows in the admin user's
 * language. Applied once in payload.config.ts, so the collection files keep their English and the
 * fields other people add get French as soon as adminLabels.ts has their words; a text without a
 * French version stays English (tests/unit/adminLabels.spec.ts lists them). Labels only: no
 * database name changes.
 */
type Pair = { en: string; fr: string }

/** English text → `{ en, fr }` when we have its French; anything else (a function, an object) as it is. */
function pair<T>(value: T): T | Pair {
  if (typeof value !== 'string') return value
  const fr = FRENCH[value]
  return fr ? { en: value, fr } : value
}

function fieldLabel(field: { name?: string; label?: unknown }, scope: string): unknown {
  if (field.label === false || (field.label !== undefined && typeof field.label !== 'string')) return field.label
  if (typeof field.label === 'string') {
    const fr = FRENCH[field.label] ?? (field.name ? frenchName(field.name, scope) : undefined)
    return fr ? { en: field.label, fr } : field.label
  }
  if (!field.name) return undefined
  // Payload would write the name in words ("mileageKm" → "Mileage Km"): keep that English.
  const en = toWords(field.name)
  const fr = frenchName(field.name, scope) ?? FRENCH[en]
  return fr ? { en, fr } : undefined
}

function frenchName(name: string, scope: string): string | undefined {
  return FRENCH_BY_NAME[`${scope}.${name}`] ?? FRENCH_BY_NAME[name]
}

function labels<T>(value: T): T {
  if (!value || typeof value !== 'object') return value
  const { singular, plural } = value as { singular?: unknown; plural?: unknown }
  return { ...value, singular: pair(singular), plural: pair(plural) } as T
}

function translateAdmin<T>(admin: T): T {
  if (!admin || typeof admin !== 'object') return admin
  const { description, group } = admin as { description?: unknown; group?: unknown }
  return {
    ...admin,
    ...(description !== undefined && { description: pair(description) }),
    ...(group !== undefined && { group: pair(group) }),
  } as T
}

function translateBlock(block: Block | string, scope: string): Block | string {
  if (typeof block === 'string') return block
  return {
    ...block,
    labels: labels(block.labels ?? formatLabels(block.slug)),
    fields: translateFields(block.fields, scope),
  } as Block
}

export function translateFields(fields: Field[], scope: string): Field[] {
  return fields.map((field) => {
    const copy = { ...field } as Record<string, unknown> & { type: string; name?: string }
    if (copy.type !== 'ui' && copy.type !== 'row' && copy.type !== 'tabs' && !copy.hidden) {
      const label = fieldLabel(copy, scope)
      if (label !== undefined) copy.label = label
    }
    if ('admin' in copy) copy.admin = translateAdmin(copy.admin)
    // Rows of an array or blocks: Payload would name them from the field's name ("timeline" → "Timeline").
    if ((copy.type === 'array' || copy.type === 'blocks') && copy.name && !copy.labels) {
      copy.labels = formatLabels(copy.name)
    }
    if ('labels' in copy) copy.labels = labels(copy.labels)
    if (Array.isArray(copy.options)) {
      copy.options = copy.options.map((option: unknown) => {
        // A bare value shows as itself ("awaiting_deposit"): give the known ones their words.
        if (typeof option === 'string') {
          return OPTION_VALUE_LABELS[option] ? { value: option, label: OPTION_VALUE_LABELS[option] } : option
        }
        return option && typeof option === 'object' && 'label' in option
          ? { ...option, label: pair((option as { label: unknown }).label) }
          : option
      })
    }
    if (Array.isArray(copy.fields)) copy.fields = translateFields(copy.fields as Field[], scope)
    if (Array.isArray(copy.tabs)) {
      copy.tabs = (copy.tabs as (Record<string, unknown> & { fields: Field[] })[]).map((tab) => ({
        ...tab,
        ...(tab.label !== undefined && { label: pair(tab.label) }),
        ...(tab.description !== undefined && { description: pair(tab.description) }),
        fields: translateFields(tab.fields, scope),
      }))
    }
    if (Array.isArray(copy.blocks)) copy.blocks = (copy.blocks as Block[]).map((block) => translateBlock(block, scope))
    return copy as Field
  })
}

export function translateCollection(collection: CollectionConfig): CollectionConfig {
  const known = COLLECTION_LABELS[collection.slug]
  const own = collection.labels as { singular?: unknown; plural?: unknown } | undefined
  const collectionLabels = known
    ? {
        singular: { en: typeof own?.singular === 'string' ? own.singular : known.singular.en, fr: known.singular.fr },
        plural: { en: typeof own?.plural === 'string' ? own.plural : known.plural.en, fr: known.plural.fr },
      }
    : labels(collection.labels)
  return {
    ...collection,
    labels: collectionLabels,
    admin: translateAdmin(collection.admin),
    fields: translateFields(collection.fields, collection.slug),
  }
}

export function translateGlobal(global: GlobalConfig): GlobalConfig {
  const known = COLLECTION_LABELS[global.slug]
  return {
    ...global,
    label: known
      ? { en: typeof global.label === 'string' ? global.label : known.singular.en, fr: known.singular.fr }
      : pair(global.label),
    admin: translateAdmin(global.admin),
    fields: translateFields(global.fields, global.slug),
  }
}

/** The plugin that applies it, placed last so that fields added by other plugins are translated too. */
export const adminInFrench: Plugin = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map(translateCollection),
  globals: config.globals?.map(translateGlobal),
})

/**
 * English the admin would still show in French once translated (names and codes that French writes
 * the same aside): for the coverage test, and for whoever adds fields.
 */
export function untranslated(configs: (CollectionConfig | GlobalConfig)[]): string[] {
  const missing = new Set<string>()
  const check = (value: unknown, where: string) => {
    if (typeof value === 'string' && value.trim() !== '' && !SAME_IN_FRENCH.has(value))
      missing.add(`${where}: ${value}`)
  }
  const walk = (fields: Field[], where: string) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- every kind of field, read key by key
    for (const field of fields as (Record<string, any> & { type: string })[]) {
      const at = field.name ? `${where}.${field.name}` : where
      if (field.hidden || field.admin?.hidden || field.admin?.disabled) continue
      if (field.type !== 'ui' && field.type !== 'row' && field.type !== 'tabs') {
        if (field.label === undefined && field.name && !SAME_IN_FRENCH.has(toWords(field.name))) {
          missing.add(`${at}: ${toWords(field.name)}`)
        }
        check(field.label, at)
      }
      check(field.admin?.description, `${at} (description)`)
      check(field.labels?.singular, `${at} (row)`)
      check(field.labels?.plural, `${at} (rows)`)
      for (const option of field.options ?? []) check(option?.label, `${at} (option ${option?.value})`)
      if (field.fields) walk(field.fields, at)
      for (const tab of field.tabs ?? []) {
        check(tab.label, `${at} (tab)`)
        walk(tab.fields, tab.name ? `${at}.${tab.name}` : at)
      }
      for (const block of field.blocks ?? []) {
        if (typeof block === 'string') continue
        check(block.labels?.singular, `${at}.${block.slug} (block)`)
        check(block.labels?.plural, `${at}.${block.slug} (blocks)`)
        walk(block.fields, `${at}.${block.slug}`)
      }
    }
  }
  for (const config of configs) {
    const admin = config.admin as { group?: unknown; hidden?: unknown } | undefined
    if (admin?.hidden === true) continue
    check(admin?.group, `${config.slug} (group)`)
    walk(config.fields, config.slug)
  }
  return [...missing].sort()
}
