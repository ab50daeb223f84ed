import type { CollectionAfterReadHook } from 'payload'

import { getEnv } from '@/config/env'

/**
 * Payload prefixes file URLs with the server URL. The storefront serves them from its own origin
 * instead (relative URLs), so next/image optimises them locally whatever the public host name.
 */
export const relativeMediaUrls: CollectionAfterReadHook = ({ doc }) => {
  const origin = getEnv().SERVER_URL
  const strip = (url: unknown) => (typeof url === 'string' && url.startsWith(origin) ? url.slice(origin.length) : url)
  if (doc?.url) doc.url = strip(doc.url)
  if (doc?.thumbnailURL) doc.thumbnailURL = strip(doc.thumbnailURL)
  for (const size of Object.values((doc?.sizes ?? {}) as Record<string, { url?: string }>)) {
    if (size?.url) size.url = strip(size.url) as string
  }
  return doc
}
