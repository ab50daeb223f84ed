import type { FlattenedField } from 'payload'

/**
 * The field a dotted query path names, walking into groups, named tabs, arrays and blocks; stops
 * at a relationship (the rest of the path belongs to the related collection). Null when unknown.
 */
export function fieldAtPath(fields: FlattenedField[], path: string): { field: FlattenedField; rest: string[] } | null {
  const [head, ...rest] = path.split('.')
  const field = fields.find((candidate) => candidate.name === head)
  if (!field) return null
  if (rest.length === 0) return { field, rest }
  switch (field.type) {
    case 'group':
    case 'tab':
    case 'array':
      return fieldAtPath(field.flattenedFields, rest.join('.'))
    case 'blocks': {
      for (const block of field.blocks ?? []) {
        const found = typeof block === 'object' ? fieldAtPath(block.flattenedFields, rest.join('.')) : null
        if (found) return found
      }
      return null
    }
    default:
      return { field, rest }
  }
}
