import 'server-only'

import { unstable_cache } from 'next/cache'
import type { TypedUser } from 'payload'

import type { Locale } from '@/i18n/routing'
import type { Page } from '@/payload-types'
import { getPayloadClient } from './payload'

/** The page marketing edits as the home page. */
export const HOME_SLUG = 'accueil'

async function findPage(slug: string, locale: Locale, draft: boolean, user: TypedUser | null): Promise<Page | null> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'pages',
    where: { slug: { equals: slug } },
    locale,
    draft,
    depth: 2,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    user,
  })
  return docs[0] ?? null
}

/** A published page, cached until pages change; in draft mode (marketing's preview) the latest draft, uncached. */
export function getPage(slug: string, locale: Locale, preview?: { user: TypedUser | null }): Promise<Page | null> {
  if (preview) return findPage(slug, locale, true, preview.user)
  return unstable_cache(() => findPage(slug, locale, false, null), ['page', locale, slug], { tags: ['pages'] })()
}

export const getPublishedPageSlugs = unstable_cache(
  async () => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'pages',
      select: { slug: true, updatedAt: true },
      pagination: false,
      depth: 0,
      overrideAccess: false,
      user: null,
    })
    return docs.map((doc) => ({ slug: doc.slug ?? '', updatedAt: doc.updatedAt }))
  },
  ['page-slugs'],
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
