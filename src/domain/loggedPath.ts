/**
 * The path written to the access log: the query stays (it says what was asked) but the values of
 * parameters that can carry a secret (sign-in codes, reset and export tokens, e-mail addresses) are
 * replaced, so the log can be shared with whoever debugs it.
 */
const SECRET_PARAMETER = /token|code|state|secret|password|passwd|key|signature|sig|session|auth|email|nonce/i
const MAX_LENGTH = 512

export function loggedPath(rawUrl: string | undefined): string {
  const url = rawUrl ?? '/'
  const mark = url.indexOf('?')
  if (mark === -1) return url.slice(0, MAX_LENGTH)
  const path = url.slice(0, mark)
  const query = url
    .slice(mark + 1)
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const equals = pair.indexOf('=')
      const name = equals === -1 ? pair : pair.slice(0, equals)
      if (equals === -1) return name
      let decoded = name
      try {
        decoded = decodeURIComponent(name)
      } catch {
        // a malformed name is judged as written
      }
      return SECRET_PARAMETER.test(decoded) ? `${name}=[redacted]` : pair
    })
    .join('&')
  return (query ? `${path}?${query}` : path).slice(0, MAX_LENGTH)
}
