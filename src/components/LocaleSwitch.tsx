'use client'
import NextLink from 'next/link'
import { usePathname, useSearchParams } from 'next/navigation'

import { counterpartPath, type SlugPair } from '@/domain/pageSlugs'
import type { Locale } from '@/i18n/routing'

/**
 * Same page, same filters, other language (French has no prefix, English lives under /en). A marketing
 * page goes to its counterpart's slug (/a-propos ↔ /en/about), from the pages' slugs in both languages.
 */
export function LocaleSwitch({ locale, label, pages }: { locale: Locale; label: string; pages: SlugPair[] }) {
  const pathname = usePathname()
  const query = useSearchParams().toString()
  const other: Locale = locale === 'fr' ? 'en' : 'fr'
  const target = counterpartPath(pathname, locale, pages)
  return (
    <NextLink
      href={query ? `${target}?${query}` : target}
      hrefLang={other}
      lang={other}
      style={{ color: '#fff', fontWeight: 600 }}
    >
      {label}
    </NextLink>
  )
}
