import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import Stripe from 'stripe'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getEnv } from '@/config/env'
import { API_SLUGS, GLOBAL_SLUGS } from '@/domain/routePattern'
import { FAKE_STRIPE } from '../helpers/fakeProviders/env'
import { testPayload } from '../helpers/payload'
import { rawRest, rest } from '../helpers/rest'

/** The value of one sample line of the exposition text, or undefined when the line is absent. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`)
  for (const line of text.split('\n')) {
    const match = /^([a-z_:]+)\{(.*)\} (\S+)$/.exec(line)
    if (!match || match[1] !== name) continue
    const present = match[2]!.split(/,(?=[a-z_]+=")/)
    if (wanted.every((pair) => present.includes(pair))) return Number(match[3])
  }
  return undefined
}

describe('GET /api/metrics', () => {
  let payload: Payload
  const scrape = async (headers: Record<string, string> = {}) => {
    const response = await rest('GET', '/api/metrics', { headers })
    return { ...response, text: String(response.body) }
  }

  beforeAll(async () => {
    payload = await testPayload()
    await payload.db.drizzle.execute(sql`delete from payload_jobs`)
  })
  afterAll(async () => {
    await payload.db.drizzle.execute(sql`delete from payload_jobs`)
  })

  it('serves process metrics and every task of the queue at 0 when the queue is empty', async () => {
    const { status, headers, text } = await scrape()
    expect(status).toBe(200)
    expect(headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/)
    expect(headers.get('cache-control')).toBe('no-store')
    expect(text).toMatch(/^process_resident_memory_bytes \d+/m)
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds \d/m)
    for (const task of ['sendEmail', 'sendNotification', 'deleteStoredFile'])
      for (const state of ['queued', 'running', 'failed'])
        expect(sample(text, 'autoport_jobs', { queue: 'default', task, state })).toBe(0)
  })

  it('counts queued and failed jobs from the queue table', async () => {
    const input = { to: 'ops@autoport.test', subject: 'metrics', text: 'x' }
    await payload.jobs.queue({ task: 'sendEmail', input } as never)
    await payload.jobs.queue({ task: 'sendEmail', input } as never)
    const failed = await payload.jobs.queue({ task: 'deleteStoredFile', input: { filename: 'x' } } as never)
    await payload.db.drizzle.execute(sql`update payload_jobs set has_error = true where id = ${failed.id}`)
    const { text } = await scrape()
    expect(sample(text, 'autoport_jobs', { task: 'sendEmail', state: 'queued' })).toBe(2)
    expect(sample(text, 'autoport_jobs', { task: 'deleteStoredFile', state: 'failed' })).toBe(1)
    expect(sample(text, 'autoport_jobs', { task: 'deleteStoredFile', state: 'queued' })).toBe(0)
  })

  it('counts payment webhooks by provider and outcome', async () => {
    const before = await scrape()
    const count = (text: string, outcome: string) =>
      sample(text, 'autoport_payment_webhooks_total', { provider: 'stripe', outcome }) ?? 0
    const post = (body: string, signature?: string) =>
      rawRest(
        new Request(new URL('/api/webhooks/stripe', getEnv().SERVER_URL), {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(signature ? { 'stripe-signature': signature } : {}) },
          body,
        }),
      )
    expect((await post('{"id":"evt_1"}', 't=1,v1=forged')).status).toBe(400)
    expect((await post('{"id":"evt_2"}')).status).toBe(400)
    // A genuinely signed event of a type we do not act on.
    const body = JSON.stringify({ id: 'evt_metrics', object: 'event', type: 'customer.created', data: { object: {} } })
    const signature = new Stripe(FAKE_STRIPE.secretKey).webhooks.generateTestHeaderString({
      payload: body,
      secret: FAKE_STRIPE.webhookSecret,
    })
    const ignored = await post(body, signature)
    expect(ignored.status).toBe(200)
    expect(await ignored.json()).toEqual({ received: true, result: 'ignored' })

    const after = await scrape()
    expect(count(after.text, 'rejected') - count(before.text, 'rejected')).toBe(2)
    expect(count(after.text, 'ignored') - count(before.text, 'ignored')).toBe(1)
  })

  it('labels every collection and global of the config by its slug (the route label list is current)', () => {
    for (const { slug } of payload.config.collections) expect(API_SLUGS.has(slug), slug).toBe(true)
    for (const { slug } of payload.config.globals) expect(GLOBAL_SLUGS.has(slug), slug).toBe(true)
  })

  describe('access', () => {
    const env = getEnv()
    afterAll(() => {
      delete env.METRICS_TOKEN
      env.METRICS_PUBLIC = 'false'
      env.NODE_ENV = 'test'
    })

    it('with METRICS_TOKEN set, refuses without the bearer and serves with it', async () => {
      env.METRICS_TOKEN = 'metrics-token-0123456789'
      const refused = await scrape()
      expect(refused.status).toBe(401)
      expect(refused.headers.get('www-authenticate')).toBe('Bearer realm="metrics"')
      expect(refused.text).not.toContain('process_')
      expect((await scrape({ authorization: 'Bearer wrong-token-0123456789' })).status).toBe(401)
      const served = await scrape({ authorization: 'Bearer metrics-token-0123456789' })
      expect(served.status).toBe(200)
      expect(served.text).toContain('autoport_jobs')
      delete env.METRICS_TOKEN
    })

    it('in production without a token, closed unless METRICS_PUBLIC=true', async () => {
      env.NODE_ENV = 'production'
      const closed = await scrape()
      expect(closed.status).toBe(403)
      expect(closed.body.error).toMatch(/METRICS_TOKEN/)
      env.METRICS_PUBLIC = 'true'
      expect((await scrape()).status).toBe(200)
    })
  })
})
