import type { FlattenedField } from 'payload'

import { UUID } from './limits'

export type ShapeProblem = { path: string; message: string }

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isId = (value: unknown) => typeof value === 'string' && UUID.test(value)

/** A relation as clients send it: the id, the populated document, or {relationTo, value} when polymorphic. */
function isRelationValue(field: FlattenedField, value: unknown): boolean {
  if (value === null || value === '') return true
  if (field.type !== 'relationship' && field.type !== 'upload') return false
  if (Array.isArray(field.relationTo)) {
    return (
      isPlainObject(value) &&
      typeof value.relationTo === 'string' &&
      (value.value === null || isId(value.value) || (isPlainObject(value.value) && isId(value.value.id)))
    )
  }
  return isId(value) || (isPlainObject(value) && isId(value.id))
}

function scalarProblem(field: FlattenedField, value: unknown): string | null {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return typeof value === 'string' ? null : 'must be text.'
    case 'select':
    case 'radio': {
      // Options are database enums: an unknown value fails the insert (a 500) where validation is skipped, as for _status.
      const values = field.options.map((option) => (typeof option === 'string' ? option : option.value))
      return typeof value === 'string' && (value === '' || values.includes(value))
        ? null
        : `must be one of: ${values.slice(0, 30).join(', ')}.`
    }
    case 'number':
      if (typeof value === 'number') return Number.isFinite(value) ? null : 'must be a finite number.'
      return typeof value === 'string' && (value.trim() === '' || Number.isFinite(Number(value)))
        ? null
        : 'must be a number.'
    case 'checkbox':
      return typeof value === 'boolean' || value === 'true' || value === 'false' ? null : 'must be true or false.'
    case 'date':
      return typeof value === 'string' && (value === '' || !Number.isNaN(Date.parse(value)))
        ? null
        : 'must be a date (ISO 8601).'
    case 'relationship':
    case 'upload':
      return isRelationValue(field, value) ? null : 'must be the id (a UUID) of the related document.'
    case 'point':
      return Array.isArray(value) &&
        value.length === 2 &&
        value.every((n) => typeof n === 'number' && Number.isFinite(n))
        ? null
        : 'must be [longitude, latitude].'
    default:
      return null
  }
}

/**
 * What is wrong with the shape of submitted data for these fields: arrays where a value is expected
 * and the reverse, text in number fields, ids that are no UUIDs. Payload's own validation checks the
 * values later, but hooks and the database see the raw data first and fail on such shapes with a 500.
 * Content is not judged here (lengths, options, required): Payload does that with field messages.
 */
export function checkDataShapes(
  fields: FlattenedField[],
  data: unknown,
  locales: string[],
  prefix = '',
): ShapeProblem[] {
  if (!isPlainObject(data)) return [{ path: prefix || '(body)', message: 'must be an object.' }]
  const problems: ShapeProblem[] = []
  for (const field of fields) {
    if (!('name' in field) || !(field.name in data)) continue
    const path = prefix ? `${prefix}.${field.name}` : field.name
    let value = data[field.name]
    // With locale=all a localized field arrives as { fr: …, en: … }.
    if (
      field.localized &&
      isPlainObject(value) &&
      Object.keys(value).length > 0 &&
      Object.keys(value).every((key) => locales.includes(key))
    ) {
      for (const [locale, localeValue] of Object.entries(value)) {
        problems.push(
          ...checkDataShapes(
            [{ ...field, localized: false } as FlattenedField],
            { [field.name]: localeValue },
            locales,
            prefix,
          ).map((p) => ({ ...p, path: `${path}.${locale}` })),
        )
      }
      continue
    }
    if (value === undefined || value === null) continue
    switch (field.type) {
      case 'group':
      case 'tab':
        problems.push(...checkDataShapes(field.flattenedFields, value, locales, path))
        break
      case 'array':
        // The admin's form sends an array with no rows as its row count, 0, and Payload stores none.
        if (value === 0) break
        if (!Array.isArray(value)) problems.push({ path, message: 'must be a list of rows.' })
        else
          value.forEach((row, i) =>
            problems.push(...checkDataShapes(field.flattenedFields, row, locales, `${path}.${i}`)),
          )
        break
      case 'blocks':
        if (value === 0) break
        if (!Array.isArray(value)) {
          problems.push({ path, message: 'must be a list of blocks.' })
          break
        }
        value.forEach((row, i) => {
          const block = isPlainObject(row)
            ? field.blocks.find((candidate) => candidate.slug === row.blockType)
            : undefined
          if (!block) problems.push({ path: `${path}.${i}`, message: 'must be a block with a known blockType.' })
          else problems.push(...checkDataShapes(block.flattenedFields, row, locales, `${path}.${i}`))
        })
        break
      case 'json':
      case 'richText':
      case 'join':
        break
      default: {
        const many = 'hasMany' in field && field.hasMany
        if (many) {
          value = typeof value === 'string' || isPlainObject(value) ? [value] : value
          if (!Array.isArray(value)) problems.push({ path, message: 'must be a list.' })
          else {
            const message = (value as unknown[]).map((item) => scalarProblem(field, item)).find(Boolean)
            if (message) problems.push({ path, message: `each item ${message}` })
          }
        } else {
          const message = scalarProblem(field, value)
          if (message) problems.push({ path, message })
        }
      }
    }
  }
  return problems
}

/** Top-level keys that match no field (typos, or fields from another collection): refused rather than silently dropped. */
export function unknownKeys(fields: FlattenedField[], data: Record<string, unknown>, allowed: string[]): string[] {
  const known = new Set([...fields.map((field) => field.name), ...allowed])
  return Object.keys(data).filter((key) => !known.has(key))
}
