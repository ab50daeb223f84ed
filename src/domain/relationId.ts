/**
 * A relationship field holds an id at depth 0 and the related document once populated; code that only
 * needs the id must accept both.
 */
type Related = string | number | { id: string | number }

export function idOf(value: Related): string
export function idOf(value: Related | null | undefined): string | undefined
export function idOf(value: Related | null | undefined): string | undefined {
  if (value === null || value === undefined || value === '') return undefined
  return String(typeof value === 'object' ? value.id : value)
}

/** Payload ids are UUIDs: anything else (an id typed into a URL) cannot be a record and must not reach the database. */
export function isRecordId(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)
}
