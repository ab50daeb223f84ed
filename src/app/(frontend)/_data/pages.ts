import 'server-only'

import { unstable_cache } from 'next/cache'
import type { TypedUser } from 'payload'

import type { Locale } from '@/i18n/routing'
import type { Page } from '@/payload-types'
import { findPageBySlug, publishedPageSlugs } from '@/server/pageSlugs'
import { getPayloadClient } from './payload'

/** The page marketing edits as the home page. */
export const HOME_SLUG = 'accueil'

/** A published page, cached until pages change; in draft mode (marketing's preview) the latest draft, uncached. */
export async function getPage(
  slug: string,
  locale: Locale,
  preview?: { user: TypedUser | null },
): Promise<Page | null> {
  const payload = await getPayloadClient()
  if (preview) return findPageBySlug(payload, slug, locale, { draft: true, user: preview.user })
  return unstable_cache(() => findPageBySlug(payload, slug, locale), ['page', locale, slug], { tags: ['pages'] })()
}

/** Every published page's slug in French and English (see publishedPageSlugs). */
export const getPublishedPageSlugs = unstable_cache(
  async () => publishedPageSlugs(await getPayloadClient()),
  ['page-slug-pairs'],
  { tags: ['pages'] },
)

/**
 * What search engines show under the title: the SEO description marketing wrote, else the opening
 * text of the page's hero, cut at a word before 160 characters.
 */
export function pageDescription(page: Page): string | undefined {
  if (page.meta?.description) return page.meta.description
  const hero = page.layout?.find((block) => block.blockType === 'hero')
  const text = hero && 'text' in hero && typeof hero.text === 'string' ? hero.text.trim() : ''
  if (text.length <= 160) return text || undefined
  return `${text.slice(0, 159).replace(/\s+\S*$/, '')}…`
}
