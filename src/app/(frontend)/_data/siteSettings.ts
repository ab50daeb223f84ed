import 'server-only'

import { unstable_cache } from 'next/cache'

import type { Locale } from '@/i18n/routing'
import { getPayloadClient } from './payload'

/** Header, footer and showroom as a visitor may read them (no bank details), cached until edited. */
export const getSiteSettings = (locale: Locale) =>
  unstable_cache(
    async () => {
      const payload = await getPayloadClient()
      return payload.findGlobal({ slug: 'site-settings', locale, depth: 0, overrideAccess: false, user: null })
    },
    ['site-settings', locale],
    { tags: ['site-settings'] },
  )()
