import type { Payload, TypedUser } from 'payload'

import type { PageLocale, SlugPair } from '@/domain/pageSlugs'
import type { Page } from '@/payload-types'

/** A page by its address in one language (the slug is localized: /a-propos finds nothing under /en). */
export async function findPageBySlug(
  payload: Payload,
  slug: string,
  locale: PageLocale,
  options: { draft?: boolean; user?: TypedUser | null } = {},
): Promise<Page | null> {
  const { docs } = await payload.find({
    collection: 'pages',
    where: { slug: { equals: slug } },
    // Only the requested language's slug matches; the texts still fall back to French where untranslated.
    locale,
    draft: options.draft ?? false,
    depth: 2,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    user: options.user ?? null,
  })
  return docs[0] ?? null
}

export type PublishedPageSlugs = SlugPair & { id: string; title: SlugPair; updatedAt: string }

/**
 * Every published page's slug in both languages, for the sitemap, the language switch and the links
 * written in the settings. An English slug left empty falls back to the French one.
 */
export async function publishedPageSlugs(payload: Payload): Promise<PublishedPageSlugs[]> {
  const { docs } = await payload.find({
    collection: 'pages',
    locale: 'all',
    select: { slug: true, title: true, updatedAt: true },
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user: null,
  })
  return docs.flatMap((doc) => {
    // With locale "all", localized fields come back as { fr, en }.
    const slugs = (doc.slug ?? {}) as unknown as Partial<Record<PageLocale, string | null>>
    const titles = (doc.title ?? {}) as unknown as Partial<Record<PageLocale, string | null>>
    const fr = slugs.fr || slugs.en
    if (!fr) return []
    const title = { fr: titles.fr || titles.en || fr, en: titles.en || titles.fr || fr }
    return [{ id: String(doc.id), fr, en: slugs.en || fr, title, updatedAt: doc.updatedAt }]
  })
}
