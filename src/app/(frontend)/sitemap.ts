import type { MetadataRoute } from 'next'

import { getEnv } from '@/config/env'
import { getPublishedPageSlugs, HOME_SLUG } from './_data/pages'
import { getVehicleSlugs } from './_data/vehicles'

/** Every public page in both languages, with its alternate (marketing pages have a slug per language). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = getEnv().SERVER_URL
  const entry = (path: string, lastModified?: string, enPath = path): MetadataRoute.Sitemap[number] => ({
    url: `${base}${path || '/'}`,
    lastModified: lastModified ? new Date(lastModified) : undefined,
    alternates: { languages: { fr: `${base}${path || '/'}`, en: `${base}/en${enPath}` } },
  })
  const [pages, vehicles] = await Promise.all([getPublishedPageSlugs(), getVehicleSlugs()])
  return [
    entry(''),
    entry('/vehicles'),
    entry('/quote'),
    ...pages.filter(({ fr }) => fr !== HOME_SLUG).map(({ fr, en, updatedAt }) => entry(`/${fr}`, updatedAt, `/${en}`)),
    ...vehicles.filter(({ slug }) => slug).map(({ slug, updatedAt }) => entry(`/vehicles/${slug}`, updatedAt)),
  ]
}

export const dynamic = 'force-dynamic'
