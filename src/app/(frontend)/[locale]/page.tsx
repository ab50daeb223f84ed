import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { RenderBlocks } from '@/components/blocks/RenderBlocks'
import { RefreshOnSave } from '@/components/preview/RefreshOnSave'
import { Hero } from '@/components/blocks/Hero'
import { isLocale, type Locale } from '@/i18n/routing'
import { getPage, HOME_SLUG, pageDescription } from '../_data/pages'
import { previewUser } from '../_data/preview'

// Rendered on first visit, kept until a page changes (tag "pages") or an hour passes.
export const revalidate = 3600

// Not rendered at build time (there is no database then): on the first visit instead.
export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const page = await getPage(HOME_SLUG, locale as Locale)
  return {
    title: { absolute: page?.meta?.title || page?.title || 'Autoport' },
    description: page ? pageDescription(page) : undefined,
    alternates: { canonical: locale === 'fr' ? '/' : '/en', languages: { fr: '/', en: '/en', 'x-default': '/' } },
  }
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) return null
  setRequestLocale(locale)
  const { isEnabled } = await draftMode()
  const page = await getPage(HOME_SLUG, locale, isEnabled ? { user: await previewUser() } : undefined)
  if (page) {
    return (
      <>
        {isEnabled && <RefreshOnSave />}
        <RenderBlocks blocks={page.layout} locale={locale} />
      </>
    )
  }

  const t = await getTranslations({ locale, namespace: 'home' })
  return (
    <Hero
      primary
      block={{
        blockType: 'hero',
        kicker: t('fallback.kicker'),
        heading: t('fallback.heading'),
        text: t('fallback.text'),
        actions: [
          { label: t('fallback.browse'), href: '/vehicles' },
          { label: t('fallback.source'), href: '/quote' },
        ],
      }}
    />
  )
}
