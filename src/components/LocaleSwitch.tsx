'use client'
import { useSearchParams } from 'next/navigation'

import { Link, usePathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'

/** Same page, same filters, other language. */
export function LocaleSwitch({ locale, label }: { locale: Locale; label: string }) {
  const pathname = usePathname()
  const query = useSearchParams().toString()
  const other: Locale = locale === 'fr' ? 'en' : 'fr'
  return (
    <Link
      href={query ? `${pathname}?${query}` : pathname}
      locale={other}
      hrefLang={other}
      lang={other}
      style={{ color: '#fff', fontWeight: 600 }}
    >
      {label}
    </Link>
  )
}
