/**
 * Marketing pages have one address per language (/a-propos, /en/about). These pure helpers move
 * between them from the list of every page's slugs in both languages.
 */
export type PageLocale = 'fr' | 'en'
export type SlugPair = Record<PageLocale, string>

const other = (locale: PageLocale): PageLocale => (locale === 'fr' ? 'en' : 'fr')

/**
 * The slug to send a visitor to when `slug` is not a page's address in `locale` but is one in the
 * other language (an old /en/a-propos, a link copied from the French site); null when it is neither.
 */
export function slugInLanguage(slug: string, locale: PageLocale, pairs: readonly SlugPair[]): string | null {
  if (pairs.some((pair) => pair[locale] === slug)) return null
  const page = pairs.find((pair) => pair[other(locale)] === slug)
  return page && page[locale] !== slug ? page[locale] : null
}

/**
 * A site path ("/a-propos", "/about#team") written once in the settings, turned into the page's address
 * in `locale` (without the /en prefix, which the link adds). Paths that are not a page's stay as they are.
 */
export function pageHref(href: string, locale: PageLocale, pairs: readonly SlugPair[]): string {
  const match = /^\/([^/?#]+)([?#].*)?$/.exec(href)
  if (!match) return href
  const [, slug, rest = ''] = match
  const page = pairs.find((pair) => pair.fr === slug || pair.en === slug)
  return page ? `/${page[locale]}${rest}` : href
}

/**
 * The language switch's target: the same page in the other language. The pathname is the browser's
 * (French at the root, English under /en); a marketing page gets its counterpart's slug.
 */
export function counterpartPath(pathname: string, locale: PageLocale, pairs: readonly SlugPair[]): string {
  const target = other(locale)
  const bare = pathname.replace(/^\/en(?=\/|$)/, '') || '/'
  const page = /^\/([^/]+)$/.exec(bare)
  const slug = page ? pairs.find((pair) => pair[locale] === page[1])?.[target] : undefined
  const path = slug ? `/${slug}` : bare
  return target === 'en' ? `/en${path === '/' ? '' : path}` : path
}
