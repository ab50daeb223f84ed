import type { CollectionAfterReadHook } from 'payload'

import { getEnv } from '@/config/env'
import type { Media } from '@/payload-types'

/**
 * Payload prefixes file URLs with the server URL. The storefront serves them from its own origin
 * instead (relative URLs), so next/image optimises them locally whatever the public host name.
 */
export const relativeMediaUrls: CollectionAfterReadHook<Media> = ({ doc }) => {
  const origin = getEnv().SERVER_URL
  const strip = (url: string) => (url.startsWith(origin) ? url.slice(origin.length) : url)
  if (doc?.url) doc.url = strip(doc.url)
  if (doc?.thumbnailURL) doc.thumbnailURL = strip(doc.thumbnailURL)
  for (const size of Object.values(doc?.sizes ?? {})) {
    if (size?.url) size.url = strip(size.url)
  }
  return doc
}
