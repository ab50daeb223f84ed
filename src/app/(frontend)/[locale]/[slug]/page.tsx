import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import { notFound, permanentRedirect } from 'next/navigation'
import { setRequestLocale } from 'next-intl/server'

import { localizedHref } from '@/components/Link'
import { RenderBlocks } from '@/components/blocks/RenderBlocks'
import { slugInLanguage } from '@/domain/pageSlugs'
import { RefreshOnSave } from '@/components/preview/RefreshOnSave'
import { isLocale, type Locale } from '@/i18n/routing'
import { getPage, getPublishedPageSlugs, HOME_SLUG, pageDescription } from '../../_data/pages'
import { previewUser } from '../../_data/preview'

// Rendered on first visit, kept until a page changes (tag "pages") or an hour passes.
export const revalidate = 3600

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  // In the live preview the tab title follows the draft too.
  const { isEnabled } = await draftMode()
  const page = await getPage(slug, locale, isEnabled ? { user: await previewUser() } : undefined)
  if (!page) return {}
  // Each language has its own slug: the alternates point at the page's address in each.
  const pair = (await getPublishedPageSlugs()).find((candidate) => candidate[locale] === slug)
  const fr = `/${pair?.fr ?? slug}`
  const en = `/en/${pair?.en ?? slug}`
  return {
    title: page.meta?.title || page.title,
    description: pageDescription(page),
    alternates: {
      canonical: locale === 'fr' ? fr : en,
      languages: { fr, en, 'x-default': fr },
    },
  }
}

export default async function MarketingPage({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale) || slug === HOME_SLUG) notFound()
  setRequestLocale(locale)
  const { isEnabled } = await draftMode()
  const page = await getPage(slug, locale, isEnabled ? { user: await previewUser() } : undefined)
  if (!page) {
    // An address in the other language (/en/a-propos, bookmarked before pages had English slugs)
    // moves for good to this language's one.
    const moved = slugInLanguage(slug, locale, await getPublishedPageSlugs())
    if (moved) permanentRedirect(localizedHref(`/${moved}`, locale as Locale))
    notFound()
  }
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
