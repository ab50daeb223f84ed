import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { readDocumentFile } from '@/collections/Documents/fileStore'
import { getEnv } from '@/config/env'
import { flagInactiveCustomers } from '@/privacy/inactiveCustomers'
import { eraseOwnAccount } from '@/privacy/customerRequests'
import { runErasure } from '@/privacy/erasure'
import { consume } from '@/security/rateLimit'
import { createCustomer, CUSTOMER_PASSWORD, PDF_MINIMAL, type World } from '../../helpers/fixtures'
import { rest } from '../../helpers/rest'
import { freshWorld } from '../../helpers/world'

const FIRST = 'Zephirinette'
const LAST = 'Quaglierossi'
const PHONE = '612349876'
const LINE1 = '17 rue des Marqueurs-Uniques'
const MARKER = 'GDPR-FILE-MARKER-5512'

/** Every row of every table, as text, and every file under DATA_DIR. */
async function everything(payload: Payload): Promise<string> {
  const { rows } = await payload.db.pool.query<{ tablename: string }>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public'`,
  )
  const parts: string[] = []
  for (const { tablename } of rows) {
    const dump = await payload.db.pool.query<{ row: string }>(
      `SELECT row_to_json(t)::text AS row FROM "${tablename}" t`,
    )
    parts.push(...dump.rows.map(({ row }) => row))
  }
  const walk = async (folder: string): Promise<void> => {
    for (const name of await readdir(folder).catch(() => [] as string[])) {
      const file = path.join(folder, name)
      if ((await stat(file)).isDirectory()) await walk(file)
      else parts.push(name, (await readFile(file)).toString('latin1'))
    }
  }
  await walk(path.resolve(getEnv().DATA_DIR))
  return parts.join('\n').toLowerCase()
}

/**
 * The customer's documents as stored: encrypted, so the plain marker is never on disk. A run of each
 * stored file's ciphertext stands for "their document bytes" in the dump; the marker is checked in
 * the plain bytes read back through the storage.
 */
async function storedDocuments(payload: Payload, customerId: string) {
  const { docs } = await payload.find({ collection: 'documents', where: { owner: { equals: customerId } }, depth: 0 })
  const folder = path.resolve(getEnv().DATA_DIR, 'documents')
  return Promise.all(
    docs.map(async (document) => ({
      plain: (await readDocumentFile(payload, document)).toString('latin1'),
      stored: (await readFile(path.join(folder, document.filename!))).subarray(24, 88).toString('latin1').toLowerCase(),
    })),
  )
}

async function seedPersonalData(payload: Payload, customerId: string, email: string): Promise<void> {
  await payload.update({
    collection: 'customers',
    id: customerId,
    data: {
      firstName: FIRST,
      lastName: LAST,
      phone: `+33 ${PHONE}`,
      address: { line1: LINE1, postcode: '75011', city: 'Paris' },
      consents: { marketingEmail: { granted: true } },
      internalNotes: `Called ${FIRST} about the car`,
    },
    context: { disableRevalidate: true },
  })
  const pdf = Buffer.concat([PDF_MINIMAL, Buffer.from(`%${MARKER}\n`)])
  await payload.create({
    collection: 'documents',
    data: { owner: customerId, type: 'proof_of_address', status: 'pending' },
    file: { data: pdf, mimetype: 'application/pdf', name: `${LAST}-address.pdf`, size: pdf.length },
  })
  await payload.create({
    collection: 'quote-requests',
    data: {
      kind: 'sourcing',
      firstName: FIRST,
      lastName: LAST,
      email,
      consentContact: true,
      sourcing: { make: 'Porsche', model: '911' },
    } as never,
  })
  // Written through the contact form before the account existed: linked by the address only.
  await payload.create({
    collection: 'contact-messages',
    data: {
      name: `${FIRST} ${LAST}`,
      email,
      phone: `+33 ${PHONE}`,
      subject: 'Une Porsche',
      message: `Livraison au ${LINE1}`,
      consentContact: true,
      language: 'fr',
    },
  })
  await payload.create({
    collection: 'notifications',
    data: {
      channel: 'email',
      template: 'erasure_done',
      to: email,
      status: 'sent',
      customer: customerId,
      dedupeKey: `test:${customerId}`,
      variables: { firstName: FIRST },
    },
  })
  await payload.create({
    collection: 'saved-searches',
    data: { customer: customerId, name: `${LAST} search`, query: 'make=porsche' },
  })
  await payload.create({
    collection: 'consent-records',
    data: {
      at: new Date().toISOString(),
      visitorId: `visitor-${LAST}`,
      textVersion: 'test',
      choices: { maps: true },
      customer: customerId,
    },
  })
  await payload.jobs.queue({
    task: 'sendEmail',
    input: { to: email, subject: `Hello ${FIRST}`, html: `<p>${LINE1}</p>` },
  })
  await consume(payload, 'quoteRequestEmail', email)
  const outbox = path.resolve(getEnv().DATA_DIR, 'outbox')
  await mkdir(outbox, { recursive: true })
  await writeFile(
    path.join(outbox, `test-${customerId}.eml`),
    `To: ${email}\r\nSubject: Bonjour\r\n\r\nBonjour ${FIRST}\r\n`,
  )
}

describe('GDPR erasure', () => {
  let payload: Payload
  let world: World
  let email: string

  beforeAll(async () => {
    ;({ payload, world } = await freshWorld())
    email = world.a.user.email
    await seedPersonalData(payload, world.a.user.id, email)
  }, 120_000)

  it('is staff-only at the door: the customer themselves, another customer and marketing are refused', async () => {
    const path_ = `/api/customers/${world.a.user.id}/erase`
    expect((await rest('POST', path_, { token: world.b.token })).status).toBe(403)
    expect((await rest('POST', path_, { token: world.a.token })).status).toBe(403)
    expect((await rest('POST', path_, { token: world.staff.marketing.token })).status).toBe(403)
    expect((await rest('POST', path_)).status).toBe(403)
    expect((await rest('POST', `/api/customers/not-an-id/erase`, { token: world.staff.admin.token })).status).toBe(404)
  })

  it('cannot be faked or undone by editing the customer', async () => {
    for (const token of [world.staff.sales.token, world.staff.admin.token, world.b.token]) {
      const response = await rest('PATCH', `/api/customers/${world.b.user.id}`, {
        token,
        body: { erasure: { status: 'erased' } },
      })
      expect(response.status).toBeGreaterThanOrEqual(400)
      expect(response.status).toBeLessThan(500)
    }
    const bob = await payload.findByID({ collection: 'customers', id: world.b.user.id, depth: 0 })
    expect(bob.erasure?.status).toBe('none')
    // Staff still edit the rest of the form, the erasure group sent back unchanged.
    const edit = await rest('PATCH', `/api/customers/${world.b.user.id}`, {
      token: world.staff.sales.token,
      body: { internalNotes: 'Prefers e-mail', erasure: bob.erasure },
    })
    expect(edit.status).toBe(200)
  })

  it('is refused while a paid order is still being imported for the customer', async () => {
    const response = await rest('POST', `/api/customers/${world.a.user.id}/erase`, { token: world.staff.sales.token })
    expect(response.status).toBe(409)
    expect(response.body.errors[0].message).toMatch(/Orders in progress/)
    const customer = await payload.findByID({ collection: 'customers', id: world.a.user.id, depth: 0 })
    expect(customer.erasure?.status).toBe('none')
  })

  it('queues one job for 20 concurrent requests, runs after a crash, and leaves no trace of the person', async () => {
    // The proof below means something only if every trace was there to begin with.
    const before = await everything(payload)
    for (const needle of [FIRST, LAST, email, PHONE, LINE1]) expect(before).toContain(needle.toLowerCase())
    const files = await storedDocuments(payload, world.a.user.id)
    expect(files).toHaveLength(2)
    expect(files.filter((file) => file.plain.includes(MARKER))).toHaveLength(1)
    for (const file of files) expect(before).toContain(file.stored)
    // Encrypted at rest: the document's plain content is nowhere in the database or on disk.
    expect(before).not.toContain(MARKER.toLowerCase())

    const bobEmail = world.b.user.email
    await payload.create({
      collection: 'contact-messages',
      data: {
        name: 'Bob',
        email: bobEmail,
        subject: 'Bonjour',
        message: 'Une question',
        consentContact: true,
        language: 'fr',
      },
    })

    // The car was delivered: nothing holds the erasure back any more.
    await payload.db.pool.query(`UPDATE orders SET status = 'delivered' WHERE id = $1`, [world.orderA.id])
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        rest('POST', `/api/customers/${world.a.user.id}/erase`, { token: world.staff.sales.token }),
      ),
    )
    expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(202))
    expect(answers.filter((answer) => answer.body.erasure.queued)).toHaveLength(1)
    const jobs = await payload.db.pool.query(`SELECT input FROM payload_jobs WHERE task_slug = 'eraseCustomer'`)
    expect(jobs.rowCount).toBe(1)

    // Signed out at once, and no new sign-in while the job has not run.
    const me = await rest('GET', '/api/customers/me', { token: world.a.token })
    expect(me.body?.user ?? null).toBeNull()
    expect((await rest('POST', '/api/customers/login', { body: { email, password: CUSTOMER_PASSWORD } })).status).toBe(
      401,
    )

    // A crash after the first step…
    expect(await runErasure(payload, world.a.user.id, { limit: 1 })).toEqual({ done: false })
    const halfway = await payload.findByID({ collection: 'customers', id: world.a.user.id, depth: 0 })
    expect(halfway.erasure?.step).toBe('documents')
    // …then the queued job runs and continues.
    await payload.jobs.run({ where: { taskSlug: { equals: 'eraseCustomer' } } })
    const erased = await payload.findByID({ collection: 'customers', id: world.a.user.id, depth: 0 })
    expect(erased.erasure?.status).toBe('erased')
    expect(erased.email).toBe(`erased-${world.a.user.id}@invalid`)

    const dump = await everything(payload)
    for (const needle of [FIRST, LAST, email, PHONE, LINE1, MARKER, ...files.map((file) => file.stored)])
      expect(dump).not.toContain(needle.toLowerCase())

    // Someone else's contact message stays.
    expect(
      (await payload.count({ collection: 'contact-messages', where: { email: { equals: bobEmail } } })).totalDocs,
    ).toBe(1)
    expect(
      (await payload.count({ collection: 'contact-messages', where: { email: { equals: email } } })).totalDocs,
    ).toBe(0)

    // Orders and payments stay, with their numbers and totals.
    const order = await payload.findByID({ collection: 'orders', id: world.orderA.id, depth: 0 })
    expect(order.number).toBe(world.orderA.number)
    expect(order.totals.total).toBe(2_600_000)
    const payment = await payload.findByID({ collection: 'payments', id: world.paymentA.id, depth: 0 })
    expect(payment.amount).toBe(100_000)

    const audit = await payload.find({ collection: 'erasure-audits', where: { customer: { equals: world.a.user.id } } })
    expect(audit.docs).toHaveLength(1)
    expect(audit.docs[0].requestedBy).toBe('staff')
    expect(audit.docs[0].retainUntil).toBeTruthy()
    expect(audit.docs[0].counts).toMatchObject({
      documents: 2,
      cookieConsents: 1,
      notifications: expect.any(Number),
      outbox: 1,
    })

    // Re-running is harmless.
    expect(await runErasure(payload, world.a.user.id)).toEqual({ done: true })
    expect((await payload.count({ collection: 'erasure-audits' })).totalDocs).toBe(1)
  })

  it('the erased customer cannot sign in; the same address later opens a new account', async () => {
    expect((await rest('POST', '/api/customers/login', { body: { email, password: CUSTOMER_PASSWORD } })).status).toBe(
      401,
    )
    const placeholder = `erased-${world.a.user.id}@invalid`
    expect(
      (await rest('POST', '/api/customers/login', { body: { email: placeholder, password: CUSTOMER_PASSWORD } }))
        .status,
    ).toBe(401)
    const fresh = await payload.create({
      collection: 'customers',
      data: { email, password: 'another-password-1', _verified: true },
    })
    expect(fresh.id).not.toBe(world.a.user.id)
    expect(fresh.erasure?.status ?? 'none').toBe('none')
  })

  it('leaves another customer untouched', async () => {
    const bob = await payload.findByID({ collection: 'customers', id: world.b.user.id, depth: 0 })
    expect(bob.email).toBe(world.b.user.email)
    expect(bob.erasure?.status).toBe('none')
    expect(await payload.findByID({ collection: 'documents', id: world.documentB.id, depth: 0 })).toBeTruthy()
    expect((await rest('GET', '/api/customers/me', { token: world.b.token })).body.user.id).toBe(world.b.user.id)
  })

  it('from the portal: only with the password, only the signed-in account', async () => {
    const carol = await createCustomer(payload, 'carol')
    await payload.update({ collection: 'customers', id: carol.user.id, data: { firstName: 'Carolinette' } })
    expect(await eraseOwnAccount(payload, carol.user, 'wrong-password')).toEqual({ ok: false, reason: 'wrongPassword' })
    expect(await eraseOwnAccount(payload, carol.user, CUSTOMER_PASSWORD)).toEqual({ ok: true, queued: true })
    await payload.jobs.run({ where: { taskSlug: { equals: 'eraseCustomer' } } })
    const audit = await payload.find({ collection: 'erasure-audits', where: { customer: { equals: carol.user.id } } })
    expect(audit.docs[0]?.requestedBy).toBe('customer')
    const dump = await everything(payload)
    expect(dump).not.toContain('carolinette')
    expect(dump).not.toContain(carol.user.email.toLowerCase())
  })

  it('flags accounts inactive for three years for review, without erasing them', async () => {
    const dormant = await createCustomer(payload, 'dormant')
    await payload.db.pool.query(
      `UPDATE customers SET created_at = now() - interval '4 years', last_login_at = now() - interval '4 years' WHERE id = $1`,
      [dormant.user.id],
    )
    expect(await flagInactiveCustomers(payload)).toBe(1)
    const flagged = await payload.findByID({ collection: 'customers', id: dormant.user.id, depth: 0 })
    expect(flagged.reviewForErasure).toBe(true)
    expect(flagged.inactiveSince).toBeTruthy()
    expect(flagged.erasure?.status).toBe('none')
    const bob = await payload.findByID({ collection: 'customers', id: world.b.user.id, depth: 0 })
    expect(bob.reviewForErasure).toBeFalsy()
    // Staff reviewed it and kept it: not flagged again by the next run.
    await payload.update({ collection: 'customers', id: dormant.user.id, data: { reviewForErasure: false } })
    expect(await flagInactiveCustomers(payload)).toBe(0)
  })
})
