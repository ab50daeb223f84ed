import { DEFAULT_LOCALE } from '@/i18n/locales'
import type { Locale } from '@/i18n/routing'

/** "/vehicles" in French, "/en/vehicles" in English; outside links and anchors left alone. */
export function localizedHref(href: string, locale: Locale): string {
  if (!href.startsWith('/') || href.startsWith('//') || locale === DEFAULT_LOCALE) return href
  return href === '/' ? `/${locale}` : `/${locale}${href}`
}
