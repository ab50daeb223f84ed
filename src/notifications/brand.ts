import type { Payload, PayloadRequest } from 'payload'

import { getEnv } from '@/config/env'
import type { Brand } from './templates/types'

/** Who signs our messages: the site's name and showroom from the site settings. */
export async function loadBrand(payload: Payload, req?: PayloadRequest): Promise<Brand> {
  const settings = await payload.findGlobal({
    slug: 'site-settings',
    depth: 0,
    req,
    select: { siteName: true, showroom: true },
  })
  const showroom = settings.showroom
  const address = [showroom?.address, [showroom?.postcode, showroom?.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ')
  return {
    siteName: settings.siteName || 'Autoport',
    siteUrl: getEnv().SERVER_URL,
    address: address || undefined,
    phone: showroom?.phone ?? undefined,
    email: showroom?.email ?? undefined,
  }
}
