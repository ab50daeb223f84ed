import net from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createSharedCacheStore, sharedCachePrefix } from '@/cache/sharedCacheStore.mjs'

/** A port nothing listens on: Redis is down. */
async function closedPort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

describe('shared cache store while Redis is unreachable', () => {
  let store: ReturnType<typeof createSharedCacheStore>

  beforeAll(async () => {
    store = createSharedCacheStore({ url: `redis://127.0.0.1:${await closedPort()}`, prefix: 'test:' })
  })
  afterAll(async () => {
    await store.client.destroy()
  })

  it('fails a read at once, so Next.js renders the page instead of waiting', async () => {
    const started = Date.now()
    await expect(store.handler.get('/vehicles', { implicitTags: [] })).rejects.toThrow(/not ready|connection/i)
    expect(Date.now() - started).toBeLessThan(200)
  })

  it('keeps a revalidated tag for later instead of failing the save that dropped it', async () => {
    await expect(store.revalidateTags(['vehicles'])).resolves.toBeDefined()
    await expect(store.handler.revalidateTag('pages')).resolves.toBeUndefined()
  })
})

describe('sharedCachePrefix', () => {
  it('names the deployment and the build, so another build never reads these pages', () => {
    const before = process.env.REDIS_KEY_PREFIX
    process.env.REDIS_KEY_PREFIX = 'staging:'
    try {
      expect(sharedCachePrefix('abc123\n')).toBe('staging:cache:abc123:')
    } finally {
      if (before === undefined) delete process.env.REDIS_KEY_PREFIX
      else process.env.REDIS_KEY_PREFIX = before
    }
    expect(sharedCachePrefix('b2')).toBe(`${process.env.REDIS_KEY_PREFIX || 'autoport:'}cache:b2:`)
  })
})
