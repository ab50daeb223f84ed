const ORIGIN = 'http://autoport.invalid'
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const UNSAFE = /[\\\s\u0000-\u001f\u007f]/

/** Decodes percent-escapes until none is left, or null when the escapes are malformed. */
function fullyDecoded(value: string): string | null {
  let current = value
  for (let round = 0; round < 5; round += 1) {
    let next: string
    try {
      next = decodeURIComponent(current)
    } catch {
      return null
    }
    if (next === current) return current
    current = next
  }
  return null
}

/**
 * A path on this site to send a browser to, or null. Browsers read `\` as `/` and drop tabs and
 * line breaks, and a server or proxy may decode `%5C` or `%2F` once more, so any of these could
 * turn `/…` into `//evil.example`: the path is refused if it, or its decoded form, could start
 * with two slashes, holds a backslash or a control character, or names a scheme or another host.
 * Returns the path normalised (dot segments resolved), with its query and fragment.
 */
export function sameSitePath(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2000) return null
  if (!value.startsWith('/') || value.startsWith('//') || UNSAFE.test(value)) return null
  const pathPart = value.split(/[?#]/, 1)[0]!
  const decoded = fullyDecoded(pathPart)
  if (decoded === null || decoded.startsWith('//') || UNSAFE.test(decoded)) return null
  if (/%2f|%5c/i.test(pathPart)) return null
  let url: URL
  try {
    url = new URL(value, ORIGIN)
  } catch {
    return null
  }
  // `/a/..//evil.example` resolves to `//evil.example`.
  if (url.origin !== ORIGIN || url.pathname.startsWith('//')) return null
  return `${url.pathname}${url.search}${url.hash}`
}
