import 'server-only'

import { unstable_cache } from 'next/cache'
import { cache } from 'react'
import type { TypedUser } from 'payload'

import { VEHICLE_PLACE_CONTEXT } from '@/access/vehiclePlace'
import type { Locale } from '@/i18n/routing'
import type { Vehicle } from '@/payload-types'
import { MEDIA_CARD } from './media'
import { getPayloadClient } from './payload'

async function findVehicle(
  slug: string,
  locale: Locale,
  draft: boolean,
  user: TypedUser | null,
): Promise<Vehicle | null> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'vehicles',
    where: { slug: { equals: slug } },
    select: { internal: false },
    populate: { media: MEDIA_CARD },
    depth: 1,
    limit: 1,
    pagination: false,
    draft,
    locale,
    overrideAccess: false,
    user,
    // The page turns the exact place into what a visitor may see (Location.tsx, domain/vehiclePlace).
    context: { [VEHICLE_PLACE_CONTEXT]: true },
  })
  return docs[0] ?? null
}

/** One vehicle as a visitor sees it (published, for sale or reserved); drafts only in staff preview. */
export function getVehicle(
  slug: string,
  locale: Locale,
  preview?: { user: TypedUser | null },
): Promise<Vehicle | null> {
  if (preview?.user) return findVehicle(slug, locale, true, preview.user)
  return publicVehicle(slug, locale)
}

/** The page and its metadata ask at once, before either fills the cache: one read per render, not two. */
const publicVehicle = cache((slug: string, locale: Locale) =>
  unstable_cache(() => findVehicle(slug, locale, false, null), ['vehicle', locale, slug], {
    tags: ['vehicles'],
  })(),
)

export const getVehicleSlugs = unstable_cache(
  async () => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'vehicles',
      select: { slug: true, updatedAt: true },
      pagination: false,
      depth: 0,
      overrideAccess: false,
      user: null,
    })
    return docs.map((doc) => ({ slug: doc.slug ?? '', updatedAt: doc.updatedAt }))
  },
  ['vehicle-slugs'],
  { tags: ['vehicles'] },
)
