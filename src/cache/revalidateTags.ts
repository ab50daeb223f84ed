import { revalidateTag } from 'next/cache'

import { bumpPageGeneration } from './pageGeneration'

type SharedStore = { revalidateTags: (tags: string[]) => Promise<unknown> }
let shared: Promise<SharedStore> | undefined

/**
 * Redis straight from this process, for when Next.js is not around to do it. The module is plain
 * JavaScript shared with cache-handler.mjs, so both address the same keys.
 */
function sharedStore(url: string): Promise<SharedStore> {
  shared ??= import('./sharedCacheStore.mjs').then(({ createSharedCacheStore, sharedCachePrefix }) => {
    const store = createSharedCacheStore({ url, prefix: sharedCachePrefix(undefined) })
    // The worker's exit must not wait for an idle Redis connection.
    store.client.unref?.()
    return store
  })
  return shared
}

/**
 * Drops cached storefront reads and pages carrying these tags. Inside a Next.js request,
 * revalidateTag does it (through the shared cache when REDIS_URL is set). Outside one (the job
 * worker, a scheduled job, CLI scripts) it throws: with REDIS_URL the shared cache is then updated
 * directly so the web instances stop serving the entries; without it there is no cache here to drop.
 * Either way this process's server stops reusing the pages it just sent (src/cache/pageGeneration.ts).
 */
export async function revalidateTags(tags: string[]): Promise<void> {
  bumpPageGeneration()
  const outsideNext: string[] = []
  for (const tag of tags) {
    try {
      revalidateTag(tag, { expire: 0 })
    } catch {
      outsideNext.push(tag)
    }
  }
  const url = process.env.REDIS_URL?.trim()
  if (outsideNext.length && url) await (await sharedStore(url)).revalidateTags(outsideNext)
}
