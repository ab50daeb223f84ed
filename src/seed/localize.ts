/**
 * A second locale is written over the first: rows of arrays and blocks must keep the ids Payload gave
 * them, otherwise it would replace the rows (and lose the first locale's texts).
 */
export function withIdsFrom<T>(value: T, stored: unknown): T {
  if (Array.isArray(value)) {
    const rows = Array.isArray(stored) ? stored : []
    return value.map((item, index) => withIdsFrom(item, rows[index])) as T
  }
  if (value && typeof value === 'object') {
    const source = stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {}
    const result: Record<string, unknown> = {}
    for (const [key, inner] of Object.entries(value)) result[key] = withIdsFrom(inner, source[key])
    if (typeof source.id === 'string' && result.id === undefined) result.id = source.id
    return result as T
  }
  return value
}

/** The rows of an array field in the second locale, matched by position to the stored rows. */
export function withRowIds<T extends object>(rows: T[], stored: { id?: string | null }[] | null | undefined): T[] {
  return withIdsFrom(rows, stored ?? [])
}
