const HOME = '/account'

/**
 * Where to go after signing in: a path of this site only (no other host, no `//evil.example`,
 * no backslash tricks), without its locale prefix (the form's locale adds it back).
 */
export function safeNextPath(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 500) return HOME
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (!value.startsWith('/') || value.startsWith('//') || /[\\\s\u0000-\u001f\u007f]/.test(value)) return HOME
  let url: URL
  try {
    url = new URL(value, 'http://autoport.invalid')
  } catch {
    return HOME
  }
  if (url.origin !== 'http://autoport.invalid') return HOME
  const pathname = url.pathname.replace(/^\/(fr|en)(?=\/|$)/, '') || '/'
  return `${pathname}${url.search}`
}
