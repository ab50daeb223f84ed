import { sameSitePath } from '@/domain/sameSitePath'

const HOME = '/account'

/**
 * Where to go after signing in: a path of this site only (see sameSitePath), without its locale
 * prefix (the form's locale adds it back) nor its fragment.
 */
export function safeNextPath(value: unknown): string {
  if (typeof value === 'string' && value.length > 500) return HOME
  const path = sameSitePath(value)
  if (!path) return HOME
  const url = new URL(path, 'http://autoport.invalid')
  const pathname = url.pathname.replace(/^\/(fr|en)(?=\/|$)/, '') || '/'
  return `${pathname}${url.search}`
}
