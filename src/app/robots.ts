import type { MetadataRoute } from 'next'

import { getEnv } from '@/config/env'

export default function robots(): MetadataRoute.Robots {
  const base = getEnv().SERVER_URL
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api', '/account', '/en/account', '/next'] }],
    sitemap: `${base}/sitemap.xml`,
  }
}

export const dynamic = 'force-dynamic'
