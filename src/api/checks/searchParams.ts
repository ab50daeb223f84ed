import { API_LIMITS } from './limits'

const WHOLE = /^\d{1,15}$/
const SORT = /^-?\w+(\.\w+)*(,-?\w+(\.\w+)*)*$/
const BOOLEAN = new Set(['true', 'false'])
/** Parameters Payload reads as one value: a repeated or bracketed one is a mistake or a probe. */
const SCALARS = [
  'page',
  'limit',
  'depth',
  'sort',
  'locale',
  'fallback-locale',
  'draft',
  'pagination',
  'trash',
  'autosave',
  'publishSpecificLocale',
]
/** Parameters Payload reads as objects: `select[field]=true`, never `select=x`. */
const OBJECTS = ['where', 'select', 'populate', 'joins']

export type ParsedQuery = {
  where?: Record<string, unknown>
  sort?: string
  page?: number
  limit?: number
  depth?: number
}

/** `a[b][0][c]` → ['a', 'b', '0', 'c']; null when the brackets are unbalanced. */
function segments(key: string): string[] | null {
  const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(key)
  if (!match) return null
  return [match[1]!, ...[...match[2]!.matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1]!)]
}

function setPath(target: Record<string, unknown>, path: string[], value: string): void {
  let node = target
  path.forEach((segment, i) => {
    const key = segment === '' ? String(Object.keys(node).length) : segment
    if (i === path.length - 1) node[key] = value
    else node = (node[key] ??= {}) as Record<string, unknown>
  })
}

/**
 * Checks the query string of a REST call before Payload reads it, and returns its where filter
 * (and/or lists as index-keyed objects) and sort for the field-aware checks. Throws nothing: a reason or the parse.
 */
export function checkSearchParams(params: URLSearchParams): { problem: string } | { query: ParsedQuery } {
  const query: ParsedQuery = {}
  const seen = new Set<string>()
  for (const [key, value] of params) {
    const parts = segments(key)
    if (!parts) return { problem: `Malformed query parameter "${key.slice(0, 60)}".` }
    const [name, ...path] = parts as [string, ...string[]]
    if (SCALARS.includes(name)) {
      if (path.length > 0 || seen.has(name)) return { problem: `${name} takes one plain value.` }
      seen.add(name)
    }
    if (OBJECTS.includes(name) && path.length === 0)
      return { problem: `${name} takes bracketed keys, e.g. ${name}[field]=…` }
    switch (name) {
      case 'page':
      case 'limit':
      case 'depth':
        if (!WHOLE.test(value)) return { problem: `${name} must be a whole number.` }
        query[name] = Number(value)
        break
      case 'sort':
        if (value.length > API_LIMITS.maxSortLength || !SORT.test(value))
          return { problem: 'sort must be field paths separated by commas, each optionally prefixed with "-".' }
        query.sort = value
        break
      case 'draft':
      case 'pagination':
      case 'trash':
      case 'autosave':
        if (!BOOLEAN.has(value)) return { problem: `${name} must be true or false.` }
        break
      case 'where':
        setPath((query.where ??= {}), path, value)
        break
    }
  }
  return { query }
}
