import { getEnv } from '@/config/env'

/** Where a document shows on the storefront: French at the root, English under /en; the home page at "/". */
export function storefrontPath(slug: string | null | undefined, locale?: string | null): string {
  const path = !slug || slug === 'accueil' ? '' : `/${slug}`
  return locale === 'en' ? `/en${path}` : path || '/'
}

/** Opens a storefront path in draft mode for the signed-in staff member (see /next/preview). */
export function previewUrl(path: string): string {
  return `${getEnv().SERVER_URL}/next/preview?path=${encodeURIComponent(path)}`
}
