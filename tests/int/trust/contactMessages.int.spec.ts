import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getEnv } from '@/config/env'
import { RATE_LIMITS } from '@/security/rateLimit'
import { submitContactMessage } from '@/server/contactMessage'
import type { World } from '../../helpers/fixtures'
import { rest } from '../../helpers/rest'
import { startSmtpServer, type TestSmtp } from '../../helpers/smtpServer'
import { freshWorld, tokenOf, type Actor } from '../../helpers/world'

const STAFF_INBOX = 'team@autoport.test'
let sequence = 0
const unique = () => `${Date.now()}-${++sequence}`

const message = (overrides: Record<string, unknown> = {}) => ({
  name: 'Léa Durand',
  email: `lea.${unique()}@visitor.test`,
  subject: 'Une question sur le COC',
  message: 'Bonjour, le COC est-il fourni avec la Land Cruiser ?',
  consentContact: true,
  ...overrides,
})

const formValues = (overrides: Record<string, string> = {}) => ({
  name: 'Léa Durand',
  email: `lea.${unique()}@visitor.test`,
  phone: '',
  subject: 'Délai de livraison',
  message: 'Combien de temps pour une voiture du Japon ?',
  consentContact: 'on',
  website: '',
  ...overrides,
})

describe('contact messages', () => {
  let payload: Payload
  let world: World
  let smtp: TestSmtp

  /** Works the queue as the web process does, retries now due included. */
  async function runJobs() {
    await payload.db.pool.query(`UPDATE payload_jobs SET wait_until = NULL WHERE completed_at IS NULL`)
    await payload.jobs.run({ limit: 100 })
  }

  beforeAll(async () => {
    ;({ payload, world } = await freshWorld())
    smtp = await startSmtpServer({ port: Number(new URL(getEnv().SMTP_URL!).port) })
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { notifications: { staffEmail: STAFF_INBOX } },
      context: { disableRevalidate: true },
    })
    await runJobs()
  })

  afterAll(async () => {
    await smtp?.close()
  })

  describe('access', () => {
    it.each<Actor>(['anonymous', 'customer', 'sales'])('%s may leave a message over REST', async (actor) => {
      const created = await rest('POST', '/api/contact-messages', { token: tokenOf(world, actor), body: message() })
      expect(created.status).toBe(201)
    })

    it('ties a signed-in customer’s message to their account, from the session only', async () => {
      const created = await rest('POST', '/api/contact-messages', {
        token: world.a.token,
        body: message(),
      })
      expect(created.status).toBe(201)
      const stored = await payload.findByID({ collection: 'contact-messages', id: created.body.doc.id, depth: 0 })
      expect(stored.customer).toBe(world.a.user.id)

      // A visitor naming a customer, or setting the status, is refused and nothing is saved.
      const before = await payload.count({ collection: 'contact-messages' })
      const forged = await rest('POST', '/api/contact-messages', {
        body: message({ customer: world.b.user.id, status: 'closed' }),
      })
      expect(forged.status).toBe(400)
      expect(await payload.count({ collection: 'contact-messages' })).toEqual(before)
    })

    it.each<Actor>(['anonymous', 'customer'])('%s reads, changes and deletes none', async (actor) => {
      const { id } = await payload.create({ collection: 'contact-messages', data: message() as never })
      const token = tokenOf(world, actor)
      expect((await rest('GET', `/api/contact-messages/${id}`, { token })).status).toBe(403)
      expect((await rest('GET', '/api/contact-messages', { token })).status).toBe(403)
      expect((await rest('PATCH', `/api/contact-messages/${id}`, { token, body: { status: 'closed' } })).status).toBe(
        403,
      )
      expect((await rest('DELETE', `/api/contact-messages/${id}`, { token })).status).toBe(403)
      expect((await payload.findByID({ collection: 'contact-messages', id })).status).toBe('new')
    })

    it.each<Actor>(['admin', 'sales', 'marketing'])('%s reads and handles them', async (actor) => {
      const { id } = await payload.create({ collection: 'contact-messages', data: message() as never })
      const token = tokenOf(world, actor)
      const read = await rest('GET', `/api/contact-messages/${id}`, { token })
      expect(read.status).toBe(200)
      expect(read.body.message).toContain('COC')
      const handled = await rest('PATCH', `/api/contact-messages/${id}`, {
        token,
        body: { status: 'answered', staffNotes: 'Called back.' },
      })
      expect(handled.status).toBe(200)
      expect(handled.body.doc.status).toBe('answered')
    })

    it('only an admin deletes one', async () => {
      const { id } = await payload.create({ collection: 'contact-messages', data: message() as never })
      expect((await rest('DELETE', `/api/contact-messages/${id}`, { token: tokenOf(world, 'sales') })).status).toBe(403)
      expect((await rest('DELETE', `/api/contact-messages/${id}`, { token: tokenOf(world, 'admin') })).status).toBe(200)
    })

    it('throttles one address over REST: the sixth message within the hour is refused with 429', async () => {
      const headers = { 'x-forwarded-for': '198.51.100.61' }
      const statuses: number[] = []
      for (let index = 0; index <= RATE_LIMITS.contactMessage.points; index++) {
        statuses.push((await rest('POST', '/api/contact-messages', { headers, body: message() })).status)
      }
      expect(statuses).toEqual([...Array(RATE_LIMITS.contactMessage.points).fill(201), 429])
    })
  })

  describe('the storefront form (submitContactMessage)', () => {
    const visitor = (clientAddress: string) => ({ user: null, clientAddress, locale: 'en' as const })

    it('answers bad input with an error per field and saves nothing', async () => {
      const before = await payload.count({ collection: 'contact-messages' })
      const state = await submitContactMessage(
        payload,
        formValues({
          name: '',
          email: 'not-an-address',
          phone: '12',
          subject: '<b>hi</b>',
          message: 'short',
          consentContact: '',
        }),
        visitor('203.0.113.10'),
      )
      expect(state.status).toBe('error')
      expect(state.errors).toEqual({
        name: 'required',
        email: 'email',
        phone: 'phone',
        subject: 'markup',
        message: 'tooShort',
        consentContact: 'consent',
      })
      expect(state.values?.email).toBe('not-an-address')
      expect(await payload.count({ collection: 'contact-messages' })).toEqual(before)
    })

    it('saves a good message in the visitor’s language and confirms it', async () => {
      const values = formValues({ phone: '06 12 34 56 78' })
      const state = await submitContactMessage(payload, values, visitor('203.0.113.11'))
      expect(state).toEqual({ status: 'sent', values: { email: values.email } })
      const { docs } = await payload.find({
        collection: 'contact-messages',
        where: { email: { equals: values.email } },
      })
      expect(docs).toHaveLength(1)
      expect(docs[0]).toMatchObject({ language: 'en', phone: '+33612345678', status: 'new', consentContact: true })
    })

    it('gives a robot filling the hidden field the same confirmation, and keeps nothing', async () => {
      const values = formValues({ website: 'https://spam.example' })
      const state = await submitContactMessage(payload, values, visitor('203.0.113.12'))
      expect(state.status).toBe('sent')
      expect(
        await payload.count({ collection: 'contact-messages', where: { email: { equals: values.email } } }),
      ).toEqual({ totalDocs: 0 })
    })

    it('counts the form’s messages against the visitor’s address, then says to wait', async () => {
      const results = []
      for (let index = 0; index <= RATE_LIMITS.contactMessage.points; index++) {
        results.push((await submitContactMessage(payload, formValues(), visitor('203.0.113.13'))).status)
      }
      expect(results).toEqual([...Array(RATE_LIMITS.contactMessage.points).fill('sent'), 'error'])
      const last = await submitContactMessage(payload, formValues(), visitor('203.0.113.13'))
      expect(last).toMatchObject({ status: 'error', message: 'rateLimited' })
    })
  })

  describe('the mail to the team', () => {
    it('queues it with the save and retries a failed send; the message stays whatever the mail server does', async () => {
      await runJobs()
      const subject = `Reprise de mon véhicule ${unique()}`
      smtp.failNext(1)
      const created = await rest('POST', '/api/contact-messages', { body: message({ subject }) })
      expect(created.status).toBe(201)

      const { docs: queued } = await payload.find({
        collection: 'payload-jobs',
        where: { and: [{ taskSlug: { equals: 'sendEmail' } }, { completedAt: { exists: false } }] },
        depth: 0,
      })
      const job = queued.find((candidate) => JSON.stringify(candidate.input).includes(subject))
      expect(job?.input).toMatchObject({ to: STAFF_INBOX, subject: `Contact form: ${subject}` })

      await runJobs()
      const afterFailure = await payload.findByID({ collection: 'payload-jobs', id: job!.id, depth: 0 })
      expect(afterFailure.completedAt).toBeFalsy()
      expect(afterFailure.hasError).toBeFalsy()
      expect(smtp.messages.filter((mail) => mail.subject?.includes(subject))).toHaveLength(0)
      expect((await payload.findByID({ collection: 'contact-messages', id: created.body.doc.id })).subject).toBe(
        subject,
      )

      await runJobs()
      const mail = await smtp.waitFor((candidate) => candidate.subject?.includes(subject) ?? false)
      expect(mail.text).toContain('Land Cruiser')
      expect(mail.text).toContain(`/admin/collections/contact-messages/${created.body.doc.id}`)
      expect(smtp.messages.filter((candidate) => candidate.subject?.includes(subject))).toHaveLength(1)
    })

    it('escapes what the visitor wrote in the HTML of the mail', async () => {
      const subject = `Question ${unique()}`
      await rest('POST', '/api/contact-messages', {
        body: message({ subject, message: 'Is 5 < 6 & "quotes" fine? Please answer.' }),
      })
      await runJobs()
      const mail = await smtp.waitFor((candidate) => candidate.subject?.includes(subject) ?? false)
      expect(String(mail.html)).toContain('5 &lt; 6 &amp; &quot;quotes&quot;')
    })
  })
})
