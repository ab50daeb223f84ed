import type { FlattenedField } from 'payload'

import { fieldAtPath } from './fieldPaths'

/** A reason when a sort names a field the collection does not have (Payload would sort by nothing and say so nowhere), else null. */
export function checkSort(sort: unknown, fields: FlattenedField[]): string | null {
  if (sort === undefined || sort === null || sort === '') return null
  const paths = Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : null
  if (!paths || !paths.every((path) => typeof path === 'string')) return 'sort must be field paths separated by commas.'
  for (const path of paths as string[]) {
    const name = path.replace(/^-/, '')
    if (name !== 'id' && !fieldAtPath(fields, name)) return `sort: unknown field "${name.slice(0, 60)}".`
  }
  return null
}
