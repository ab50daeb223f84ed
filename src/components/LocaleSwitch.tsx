'use client'
import NextLink from 'next/link'
import { usePathname, useSearchParams } from 'next/navigation'

import type { Locale } from '@/i18n/routing'

/** Same page, same filters, other language (French has no prefix, English lives under /en). */
export function LocaleSwitch({ locale, label }: { locale: Locale; label: string }) {
  const pathname = usePathname()
  const query = useSearchParams().toString()
  const other: Locale = locale === 'fr' ? 'en' : 'fr'
  const bare = pathname.replace(/^\/en(?=\/|$)/, '') || '/'
  const target = other === 'en' ? `/en${bare === '/' ? '' : bare}` : bare
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
