import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import { notFound } from 'next/navigation'
import { setRequestLocale } from 'next-intl/server'

import { RenderBlocks } from '@/components/blocks/RenderBlocks'
import { RefreshOnSave } from '@/components/preview/RefreshOnSave'
import { isLocale, type Locale } from '@/i18n/routing'
import { getPage, HOME_SLUG, pageDescription } from '../../_data/pages'
import { previewUser } from '../../_data/preview'

// Rendered on first visit, kept until a page changes (tag "pages") or an hour passes.
export const revalidate = 3600

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  // In the live preview the tab title follows the draft too.
  const { isEnabled } = await draftMode()
  const page = await getPage(slug, locale as Locale, isEnabled ? { user: await previewUser() } : undefined)
  if (!page) return {}
  const path = `/${slug}`
  return {
    title: page.meta?.title || page.title,
    description: pageDescription(page),
    alternates: {
      canonical: locale === 'fr' ? path : `/en${path}`,
      languages: { fr: path, en: `/en${path}`, 'x-default': path },
    },
  }
}

export default async function MarketingPage({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale) || slug === HOME_SLUG) notFound()
  setRequestLocale(locale)
  const { isEnabled } = await draftMode()
  const page = await getPage(slug, locale, isEnabled ? { user: await previewUser() } : undefined)
  if (!page) notFound()
  const startsWithHero = page.layout[0]?.blockType === 'hero'
  return (
    <>
      {isEnabled && <RefreshOnSave />}
      {!startsWithHero && (
        <div className="container" style={{ paddingTop: '2.5rem' }}>
          <h1>{page.title}</h1>
        </div>
      )}
      <RenderBlocks blocks={page.layout} locale={locale} />
    </>
  )
}
