/* global process, console */
// Plain JavaScript: Next.js loads its cache handler (cache-handler.mjs) with Node's own loader,
// outside the TypeScript build. The job worker imports this module too, so both write the same keys.
import { readFileSync } from 'node:fs'
import path from 'node:path'

import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { createClient } from 'redis'

/** A Redis call that takes longer than this is given up: the page renders without the cache. */
const TIMEOUT_MS = 1000

/**
 * Keys belong to one build: a page rendered by another build names script chunks this one does not
 * serve. REDIS_KEY_PREFIX separates deployments (or test runs) that share one Redis.
 * @param {string | undefined} buildId
 */
export function sharedCachePrefix(buildId) {
  const base = process.env.REDIS_KEY_PREFIX || 'autoport:'
  return `${base}cache:${(buildId ?? readBuildId()).trim()}:`
}

function readBuildId() {
  try {
    return readFileSync(path.join(process.cwd(), '.next', 'BUILD_ID'), 'utf8')
  } catch {
    return 'nobuild'
  }
}

let lastWarning = 0
/** @param {string} message */
function warn(message) {
  // One line per 30 s while Redis is away, not one per request.
  if (Date.now() - lastWarning < 30_000) return
  lastWarning = Date.now()
  console.warn(`[shared cache] ${message}`)
}

/**
 * The Redis side of the shared cache. While Redis is unreachable every read misses (pages render
 * from the database) and writes are dropped; tags revalidated meanwhile are kept and applied when
 * it answers again, so no instance serves an entry that was changed during the outage.
 * @param {{ url: string, prefix: string }} options
 */
export function createSharedCacheStore({ url, prefix }) {
  const client = createClient({
    url,
    // Commands fail at once while disconnected instead of queueing behind a dead socket.
    disableOfflineQueue: true,
    socket: { connectTimeout: TIMEOUT_MS, reconnectStrategy: (retries) => Math.min(200 * (retries + 1), 5000) },
  })
  /** @type {Set<string>} */
  const pendingTags = new Set()
  const handler = createRedisHandler({ client, keyPrefix: prefix, timeoutMs: TIMEOUT_MS })

  /** @param {string} tag */
  async function revalidateOne(tag) {
    try {
      await handler.revalidateTag(tag)
    } catch (error) {
      pendingTags.add(tag)
      warn(`tag "${tag}" kept until Redis is back: ${/** @type {Error} */ (error).message}`)
    }
  }

  client.on('error', (/** @type {Error} */ error) => warn(`Redis unavailable, rendering uncached: ${error.message}`))
  client.on('ready', () => {
    const tags = [...pendingTags]
    pendingTags.clear()
    for (const tag of tags) void revalidateOne(tag)
  })
  // Never awaited: a server must start (and serve uncached) while Redis is down.
  client.connect().catch(() => {})

  return {
    client,
    handler: { ...handler, name: 'autoport-redis', revalidateTag: revalidateOne },
    /** @param {string[]} tags */
    revalidateTags: (tags) => Promise.all(tags.map(revalidateOne)),
    close: () => (client.isOpen ? client.quit().catch(() => {}) : Promise.resolve()),
  }
}
