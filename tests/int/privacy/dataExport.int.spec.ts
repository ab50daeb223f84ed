import { stat } from 'node:fs/promises'
import path from 'node:path'

import { unzipSync } from 'fflate'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { exportOwnData } from '@/privacy/customerRequests'
import { downloadDataExport, exportsDir, purgeDataExports } from '@/privacy/dataExport'
import { PDF_MINIMAL, type World } from '../../helpers/fixtures'
import { rest } from '../../helpers/rest'
import { freshWorld } from '../../helpers/world'

const MARKER = 'EXPORT-FILE-MARKER-9931'

async function runExports(payload: Payload): Promise<void> {
  await payload.jobs.run({ where: { taskSlug: { equals: 'exportCustomerData' } } })
}

async function latestToken(payload: Payload, customerId: string): Promise<string> {
  const { docs } = await payload.find({
    collection: 'notifications',
    where: { and: [{ customer: { equals: customerId } }, { template: { equals: 'data_export_ready' } }] },
    sort: '-createdAt',
    limit: 1,
  })
  const url = (docs[0]?.variables as { downloadUrl?: string } | undefined)?.downloadUrl
  if (!url) throw new Error('no export mail')
  return url.split('/').at(-1)!
}

describe('GDPR data export', () => {
  let payload: Payload
  let world: World
  let pdf: Buffer
  let token: string

  beforeAll(async () => {
    ;({ payload, world } = await freshWorld())
    await payload.update({
      collection: 'customers',
      id: world.a.user.id,
      data: { firstName: 'Alicette', phone: '+33 6 11 22 33 44', consents: { sms: { granted: true } } },
    })
    pdf = Buffer.concat([PDF_MINIMAL, Buffer.from(`%${MARKER}\n`)])
    await payload.create({
      collection: 'documents',
      data: { owner: world.a.user.id, type: 'proof_of_address', status: 'pending' },
      file: { data: pdf, mimetype: 'application/pdf', name: 'address.pdf', size: pdf.length },
    })
    await payload.create({
      collection: 'saved-searches',
      data: { customer: world.a.user.id, name: 'Alicette search', query: 'make=peugeot' },
    })
    // Contact messages are theirs by address (written before signing up) or by account.
    for (const from of [world.a.user.email, world.b.user.email])
      await payload.create({
        collection: 'contact-messages',
        data: {
          name: 'Visitor',
          email: from,
          subject: 'Bonjour',
          message: 'Une question',
          consentContact: true,
          language: 'fr',
        },
      })
  }, 120_000)

  it('queues one export a day, stored privately, and mails a link', async () => {
    expect(await exportOwnData(payload, world.a.user)).toEqual({ ok: true })
    expect(await exportOwnData(payload, world.a.user)).toMatchObject({ ok: false })
    await runExports(payload)
    const { docs } = await payload.find({
      collection: 'data-exports',
      where: { customer: { equals: world.a.user.id } },
    })
    expect(docs[0].status).toBe('ready')
    const file = path.join(exportsDir(), `${docs[0].id}.zip`)
    expect((await stat(file)).mode & 0o777).toBe(0o600)
    token = await latestToken(payload, world.a.user.id)
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
  })

  it('shows a customer their own exports over REST, never the token hash', async () => {
    const own = await rest('GET', '/api/data-exports', { token: world.a.token })
    expect(own.status).toBe(200)
    expect(own.body.docs).toHaveLength(1)
    expect(own.body.docs[0]).not.toHaveProperty('tokenHash')
    const other = await rest('GET', '/api/data-exports', { token: world.b.token })
    expect(other.body.docs).toHaveLength(0)
    const anonymous = await rest('GET', '/api/data-exports')
    expect(anonymous.body.docs ?? []).toHaveLength(0)
    const forged = await rest('POST', '/api/data-exports', {
      token: world.a.token,
      body: { customer: world.a.user.id },
    })
    expect(forged.status).toBe(403)
  })

  it('refuses the link without a session, to another customer, or with a wrong token', async () => {
    expect(await downloadDataExport(payload, null, token)).toEqual({ ok: false, status: 401 })
    expect(await downloadDataExport(payload, world.b.user.id, token)).toEqual({ ok: false, status: 404 })
    expect(await downloadDataExport(payload, world.a.user.id, `${token.slice(0, -1)}x`)).toEqual({
      ok: false,
      status: 404,
    })
    expect(await downloadDataExport(payload, world.a.user.id, 'short')).toEqual({ ok: false, status: 404 })
  })

  it('hands over one archive holding the customer’s data, their files byte for byte, and nobody else’s', async () => {
    const download = await downloadDataExport(payload, world.a.user.id, token)
    if (!download.ok) throw new Error(`refused ${download.status}`)
    const files = unzipSync(new Uint8Array(download.archive))
    const json = new TextDecoder().decode(files['data.json'])
    const data = JSON.parse(json)
    for (const key of [
      'customer',
      'consentHistory',
      'quoteRequests',
      'contactMessages',
      'quotes',
      'orders',
      'payments',
      'documents',
      'documentAccessLogs',
      'notifications',
      'savedSearches',
      'cookieConsents',
      'dataExports',
      'queuedJobs',
      'rateLimits',
    ]) {
      expect(data).toHaveProperty(key)
    }
    expect(data.customer.email).toBe(world.a.user.email)
    expect(data.customer.firstName).toBe('Alicette')
    expect(data.consentHistory.length).toBeGreaterThan(0)
    expect(data.quotes.map((quote: { id: string }) => quote.id)).toEqual([world.quoteA.id])
    expect(data.orders.map((order: { id: string }) => order.id)).toEqual([world.orderA.id])
    expect(data.payments.map((payment: { id: string }) => payment.id)).toEqual([world.paymentA.id])
    expect(data.savedSearches).toHaveLength(1)
    expect(data.contactMessages.map((message: { email: string }) => message.email)).toEqual([world.a.user.email])
    expect(data.documents).toHaveLength(2)
    // Nobody else's rows, and no secret of the account.
    for (const other of [world.b.user.id, world.b.user.email, world.quoteB.id, world.orderB.id, world.documentB.id]) {
      expect(json).not.toContain(other)
    }
    for (const secret of ['"hash"', '"salt"', '"sessions"', '"tokenHash"', '"resetPasswordToken"', '"_objectKey"']) {
      expect(json).not.toContain(secret)
    }
    const uploaded = Object.entries(files).find(([name]) => name.endsWith('address.pdf'))
    expect(Buffer.from(uploaded![1]).equals(pdf)).toBe(true)
    expect(Buffer.from(uploaded![1]).toString('latin1')).toContain(MARKER)
  })

  it('opens once: the same link again is refused and the archive is gone', async () => {
    expect(await downloadDataExport(payload, world.a.user.id, token)).toEqual({ ok: false, status: 404 })
    const { docs } = await payload.find({
      collection: 'data-exports',
      where: { customer: { equals: world.a.user.id } },
    })
    await expect(stat(path.join(exportsDir(), `${docs[0].id}.zip`))).rejects.toThrow()
  })

  it('expires: an old link is refused (410) and the purge job deletes forgotten archives', async () => {
    const prepare = async () => {
      await payload.db.pool.query(`DELETE FROM rate_limits`)
      expect(await exportOwnData(payload, world.a.user)).toEqual({ ok: true })
      await runExports(payload)
      const { docs } = await payload.find({ collection: 'data-exports', where: { status: { equals: 'ready' } } })
      await payload.db.pool.query(`UPDATE data_exports SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
        docs[0].id,
      ])
      return { token: await latestToken(payload, world.a.user.id), file: path.join(exportsDir(), `${docs[0].id}.zip`) }
    }
    const late = await prepare()
    expect(late.token).not.toBe(token)
    expect(await downloadDataExport(payload, world.a.user.id, late.token)).toEqual({ ok: false, status: 410 })
    await expect(stat(late.file)).rejects.toThrow()

    const forgotten = await prepare()
    expect(await purgeDataExports(payload)).toBe(1)
    await expect(stat(forgotten.file)).rejects.toThrow()
    expect(await downloadDataExport(payload, world.a.user.id, forgotten.token)).toEqual({ ok: false, status: 404 })
  })
})
