import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { PDF_MINIMAL, PNG_1X1, type World } from '../../helpers/fixtures'
import { rest } from '../../helpers/rest'
import { freshWorld, tokenOf, type Actor } from '../../helpers/world'

function upload(data: Record<string, unknown>, file: { bytes: Buffer; name: string; type: string }) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name)
  form.append('_payload', JSON.stringify(data))
  return form
}

describe('documents access', () => {
  let payload: Payload
  let world: World
  beforeAll(async () => ({ payload, world } = await freshWorld()))

  it('a customer reads their own documents and not another customer’s', async () => {
    const list = await rest('GET', '/api/documents', { token: world.a.token })
    expect(list.status).toBe(200)
    expect(list.body.docs.map((doc: { id: string }) => doc.id)).toEqual([world.documentA.id])
    expect((await rest('GET', `/api/documents/${world.documentA.id}`, { token: world.a.token })).status).toBe(200)
    expect((await rest('GET', `/api/documents/${world.documentB.id}`, { token: world.a.token })).status).toBe(404)
  })

  it('files are served to their owner and staff only', async () => {
    const own = await rest('GET', `/api/documents/file/${world.documentA.filename}`, { token: world.a.token })
    expect(own.status).toBe(200)
    expect(
      (await rest('GET', `/api/documents/file/${world.documentB.filename}`, { token: world.a.token })).status,
    ).toBe(403)
    expect((await rest('GET', `/api/documents/file/${world.documentA.filename}`)).status).toBe(403)
    expect(
      (await rest('GET', `/api/documents/file/${world.documentA.filename}`, { token: tokenOf(world, 'marketing') }))
        .status,
    ).toBe(403)
    expect(
      (await rest('GET', `/api/documents/file/${world.documentA.filename}`, { token: tokenOf(world, 'sales') })).status,
    ).toBe(200)
  })

  it('no browser or shared cache keeps a document, its file or a refusal', async () => {
    const responses = [
      await rest('GET', '/api/documents', { token: world.a.token }),
      await rest('GET', `/api/documents/${world.documentA.id}`, { token: world.a.token }),
      await rest('GET', `/api/documents/file/${world.documentA.filename}`, { token: world.a.token }),
      await rest('GET', `/api/documents/file/${world.documentA.filename}`, { token: tokenOf(world, 'sales') }),
      await rest('GET', `/api/documents/${world.documentB.id}`, { token: world.a.token }),
      await rest('GET', '/api/documents/not-a-uuid', { token: world.a.token }),
    ]
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200, 404, 404])
    for (const response of responses) expect(response.headers.get('cache-control')).toMatch(/\bno-store\b/)
  })

  it('public content stays cacheable', async () => {
    const vehicles = await rest('GET', '/api/vehicles')
    expect(vehicles.status).toBe(200)
    expect(vehicles.headers.get('cache-control') ?? '').not.toMatch(/no-store/)
  })

  it.each<Actor>(['marketing', 'anonymous'])('%s reads no document', async (actor) => {
    expect((await rest('GET', '/api/documents', { token: tokenOf(world, actor) })).status).toBe(403)
  })

  it('a customer uploads an identity document that is theirs and pending, fingerprinted', async () => {
    const response = await rest('POST', '/api/documents', {
      token: world.a.token,
      body: upload({ type: 'identity' }, { bytes: PDF_MINIMAL, name: 'passport.pdf', type: 'application/pdf' }),
    })
    expect(response.status).toBe(201)
    expect(response.body.doc.status).toBe('pending')
    const stored = await payload.findByID({ collection: 'documents', id: response.body.doc.id, depth: 0 })
    expect(stored.owner).toBe(world.a.user.id)
    expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(stored.mimeType).toBe('application/pdf')
  })

  it('a customer cannot upload for somebody else, nor pick a staff document type', async () => {
    const before = await payload.count({ collection: 'documents' })
    const forB = await rest('POST', '/api/documents', {
      token: world.a.token,
      body: upload({ type: 'identity', owner: world.b.user.id }, { bytes: PNG_1X1, name: 'x.png', type: 'image/png' }),
    })
    expect(forB.status).toBe(400)
    expect(forB.body.errors[0].data.errors[0].path).toBe('owner')
    const invoice = await rest('POST', '/api/documents', {
      token: world.a.token,
      body: upload({ type: 'invoice' }, { bytes: PNG_1X1, name: 'x.png', type: 'image/png' }),
    })
    expect(invoice.status).toBe(400)
    expect((await payload.count({ collection: 'documents' })).totalDocs).toBe(before.totalDocs)
  })

  it('refuses an upload of the wrong type (HTML disguised as a PDF) and stores nothing', async () => {
    const before = await payload.count({ collection: 'documents' })
    const response = await rest('POST', '/api/documents', {
      token: world.a.token,
      body: upload(
        { type: 'identity' },
        { bytes: Buffer.from('<html><script>alert(1)</script></html>'), name: 'id.pdf', type: 'application/pdf' },
      ),
    })
    expect(response.status).toBe(400)
    expect((await payload.count({ collection: 'documents' })).totalDocs).toBe(before.totalDocs)
  })

  it.each<Actor>(['marketing', 'anonymous'])('%s cannot upload', async (actor) => {
    const response = await rest('POST', '/api/documents', {
      token: tokenOf(world, actor),
      body: upload({ type: 'identity', owner: world.a.user.id }, { bytes: PNG_1X1, name: 'x.png', type: 'image/png' }),
    })
    expect(response.status).toBe(403)
  })

  it('sales verifies a document; the customer cannot change its status', async () => {
    const customer = await rest('PATCH', `/api/documents/${world.documentA.id}`, {
      token: world.a.token,
      body: { status: 'verified' },
    })
    expect(customer.status).toBe(403)
    const sales = await rest('PATCH', `/api/documents/${world.documentA.id}`, {
      token: tokenOf(world, 'sales'),
      body: { status: 'verified' },
    })
    expect(sales.status).toBe(200)
    const stored = await payload.findByID({ collection: 'documents', id: world.documentA.id, depth: 0 })
    expect(stored.status).toBe('verified')
    expect(stored.reviewedBy).toBe(world.staff.sales.user.id)
    const review = await payload.find({
      collection: 'document-access-logs',
      where: { and: [{ document: { equals: world.documentA.id } }, { action: { equals: 'review' } }] },
    })
    expect(review.totalDocs).toBe(1)
  })

  it('rejecting needs a reason the customer can read', async () => {
    const noReason = await rest('PATCH', `/api/documents/${world.documentB.id}`, {
      token: tokenOf(world, 'sales'),
      body: { status: 'rejected' },
    })
    expect(noReason.status).toBe(400)
    expect(noReason.body.errors[0].data.errors[0].path).toBe('rejectionReason')
    const rejected = await rest('PATCH', `/api/documents/${world.documentB.id}`, {
      token: tokenOf(world, 'sales'),
      body: { status: 'rejected', rejectionReason: 'The photo is blurred.' },
    })
    expect(rejected.status).toBe(200)
    const seenByB = await rest('GET', `/api/documents/${world.documentB.id}`, { token: world.b.token })
    expect(seenByB.body.rejectionReason).toBe('The photo is blurred.')
    expect(seenByB.body).not.toHaveProperty('reviewedBy')
  })

  it('a customer deletes their pending document, not a reviewed one, not another customer’s', async () => {
    const pending = await payload.create({
      collection: 'documents',
      data: { owner: world.a.user.id, type: 'proof_of_address', status: 'pending' },
      file: { data: PNG_1X1, mimetype: 'image/png', name: 'bill.png', size: PNG_1X1.length },
    })
    expect((await rest('DELETE', `/api/documents/${pending.id}`, { token: world.a.token })).status).toBe(200)
    expect((await rest('DELETE', `/api/documents/${world.documentA.id}`, { token: world.a.token })).status).not.toBe(
      200,
    )
    expect((await rest('DELETE', `/api/documents/${world.documentB.id}`, { token: world.a.token })).status).not.toBe(
      200,
    )
    expect(
      await payload.count({ collection: 'documents', where: { id: { in: [world.documentA.id, world.documentB.id] } } }),
    ).toEqual({ totalDocs: 2 })
  })

  it('each staff view of an identity document lands in the append-only audit log', async () => {
    const before = await payload.count({ collection: 'document-access-logs' })
    await rest('GET', `/api/documents/${world.documentB.id}`, { token: tokenOf(world, 'sales') })
    await rest('GET', `/api/documents/file/${world.documentB.filename}`, { token: tokenOf(world, 'admin') })
    await rest('GET', '/api/documents', { token: tokenOf(world, 'sales') })
    await rest('GET', `/api/documents/${world.documentB.id}`, { token: world.b.token })
    const { docs } = await payload.find({
      collection: 'document-access-logs',
      sort: 'at',
      where: { document: { equals: world.documentB.id } },
    })
    expect((await payload.count({ collection: 'document-access-logs' })).totalDocs - before.totalDocs).toBe(2)
    expect(docs.slice(-2).map((log) => log.action)).toEqual(['view', 'download'])

    const log = docs[0]!
    expect((await rest('GET', '/api/document-access-logs', { token: tokenOf(world, 'admin') })).status).toBe(200)
    expect((await rest('GET', '/api/document-access-logs', { token: tokenOf(world, 'sales') })).status).toBe(403)
    expect(
      (
        await rest('PATCH', `/api/document-access-logs/${log.id}`, {
          token: tokenOf(world, 'admin'),
          body: { action: 'review' },
        })
      ).status,
    ).toBe(403)
    expect(
      (await rest('DELETE', `/api/document-access-logs/${log.id}`, { token: tokenOf(world, 'admin') })).status,
    ).toBe(403)
    expect(
      (await rest('POST', '/api/document-access-logs', { token: tokenOf(world, 'admin'), body: { action: 'view' } }))
        .status,
    ).toBe(403)
  })
})
