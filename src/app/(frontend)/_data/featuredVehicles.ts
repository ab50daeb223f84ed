import 'server-only'

import { unstable_cache } from 'next/cache'

import type { Locale } from '@/i18n/routing'
import type { Vehicle } from '@/payload-types'
import { MEDIA_CARD } from './media'
import { getPayloadClient } from './payload'
import { CARD_SELECT, toCard, type VehicleCard } from './vehicleSearch'

/** The vehicles marked "featured" by marketing, newest first, as a visitor sees them. */
export const getFeaturedVehicles = (locale: Locale, limit: number): Promise<VehicleCard[]> =>
  unstable_cache(
    async () => {
      const payload = await getPayloadClient()
      const { docs } = await payload.find({
        collection: 'vehicles',
        where: { featured: { equals: true } },
        select: CARD_SELECT,
        populate: { media: MEDIA_CARD },
        sort: '-createdAt',
        depth: 1,
        limit,
        pagination: false,
        locale,
        overrideAccess: false,
        user: null,
      })
      return docs.map((doc) => toCard(doc as Vehicle))
    },
    ['featured-vehicles', locale, String(limit)],
    { tags: ['vehicles'] },
  )()
