/* global process */
// Next.js's cache (rendered pages, unstable_cache reads, tag revalidation) kept in Redis so every
// instance shares it. next.config.ts only names this file when REDIS_URL is set.
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'

import { createSharedCacheStore, sharedCachePrefix } from './src/cache/sharedCacheStore.mjs'

CacheHandler.onCreation(async ({ buildId }) => {
  const url = process.env.REDIS_URL
  if (!url) throw new Error('cache-handler.mjs is only configured when REDIS_URL is set')
  const store = createSharedCacheStore({ url, prefix: sharedCachePrefix(buildId) })
  return { handlers: [store.handler] }
})

export default CacheHandler
