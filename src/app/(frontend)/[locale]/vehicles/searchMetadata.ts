import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/routing'

export async function searchMetadata(locale: Locale, query: string): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'search' })
  const path = `/vehicles${query ? `?${query}` : ''}`
  return {
    title: t('title'),
    description: t('description'),
    alternates: { canonical: locale === 'fr' ? path : `/en${path}`, languages: { fr: path, en: `/en${path}` } },
  }
}
