import { randomBytes } from 'node:crypto'
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { useDocumentKeys } from '@/config/documentKeys'
import { documentsDir, readDocumentFile } from '@/collections/Documents/fileStore'
import { rotateDocumentKeys } from '@/collections/Documents/rotateKeys'
import type { Document } from '@/payload-types'
import { isEncryptedFile } from '@/security/envelope'
import { PDF_MINIMAL, PNG_1X1, type World } from '../helpers/fixtures'
import { rest } from '../helpers/rest'
import { freshWorld } from '../helpers/world'

/** Documents on disk: encrypted, private, readable only through the access-checked route, rotatable. */
const staticDir = (payload: Payload) => documentsDir(payload)
const stored = (payload: Payload, doc: Pick<Document, 'filename'>) =>
  readFile(path.join(staticDir(payload), doc.filename!))
const key = () => randomBytes(32).toString('base64')

function upload(bytes: Buffer, name: string, type = 'application/pdf') {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify({ type: 'identity' }))
  return form
}

/** A PDF no other test uploads: its bytes are looked for in what is stored. */
const uniquePdf = (marker: string) =>
  Buffer.from(PDF_MINIMAL.toString('latin1').replace('%PDF-1.4\n', `%PDF-1.4\n% ${marker}\n`), 'latin1')

describe('documents at rest', () => {
  let payload: Payload
  let world: World
  beforeAll(async () => ({ payload, world } = await freshWorld()))
  afterAll(() => useDocumentKeys(undefined))

  it('stores ciphertext only, with its wrapped key hidden from every API', async () => {
    const pdf = uniquePdf('secret-passport-42')
    const response = await rest('POST', '/api/documents', { token: world.a.token, body: upload(pdf, 'passport.pdf') })
    expect(response.status).toBe(201)
    expect(response.body.doc.encryptionKeyId).toBeUndefined()
    expect(response.body.doc.wrappedKey).toBeUndefined()
    const doc = response.body.doc as Document
    const onDisk = await stored(payload, doc)
    expect(isEncryptedFile(onDisk)).toBe(true)
    expect(onDisk.includes(Buffer.from('secret-passport-42'))).toBe(false)
    expect(onDisk.includes(Buffer.from('%PDF'))).toBe(false)
    // The row describes the plain file.
    expect(doc.mimeType).toBe('application/pdf')
    expect(doc.filesize).toBe(pdf.length)
    expect((await readDocumentFile(payload, doc)).equals(pdf)).toBe(true)

    const staffView = await rest('GET', `/api/documents/${doc.id}`, { token: world.staff.admin.token })
    expect(staffView.body.wrappedKey).toBeUndefined()
    expect(staffView.body.encryptionKeyId).toBeUndefined()
  })

  it('ignores key, fingerprint and duplicate fields a client sends', async () => {
    const form = new FormData()
    const pdf = uniquePdf('forged-fields')
    form.append('file', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'f.pdf')
    form.append(
      '_payload',
      JSON.stringify({
        type: 'identity',
        encryptionKeyId: 'evil',
        wrappedKey: 'AAAA',
        sha256: '0'.repeat(64),
        duplicateOf: world.documentB.id,
      }),
    )
    const response = await rest('POST', '/api/documents', { token: world.a.token, body: form })
    expect(response.status).toBeLessThan(500)
    if (response.status !== 201) return
    const row = await payload.findByID({
      collection: 'documents',
      id: response.body.doc.id,
      showHiddenFields: true,
      depth: 0,
      context: { skipAccessLog: true },
    })
    expect(row.encryptionKeyId).toBe('default')
    expect(row.sha256).not.toBe('0'.repeat(64))
    expect(row.duplicateOf ?? null).toBeNull()
    expect((await readDocumentFile(payload, row)).equals(pdf)).toBe(true)
  })

  it('is private on disk: files 0600, folder 0700', async () => {
    const mode = async (file: string) => (await stat(file)).mode & 0o777
    expect(await mode(staticDir(payload))).toBe(0o700)
    const files = (await readdir(staticDir(payload), { withFileTypes: true })).filter((entry) => entry.isFile())
    expect(files.length).toBeGreaterThan(0)
    for (const file of files) expect(await mode(path.join(staticDir(payload), file.name)), file.name).toBe(0o600)
  })

  it('downloads decrypted to its owner (attachment) and staff (inline), never to another customer', async () => {
    const doc = world.documentA
    const url = `/api/documents/file/${doc.filename}`
    const own = await rest('GET', url, { token: world.a.token })
    expect(own.status).toBe(200)
    expect(own.headers.get('content-type')).toBe('image/png')
    expect(own.headers.get('content-disposition')).toMatch(/^attachment; filename="[\w.-]+\.png"$/)
    expect(own.headers.get('cache-control')).toMatch(/^private, no-store/)
    expect(own.headers.get('x-content-type-options')).toBe('nosniff')

    const staff = await rest('GET', url, { token: world.staff.sales.token })
    expect(staff.status).toBe(200)
    expect(staff.headers.get('content-disposition')).toMatch(/^inline;/)

    for (const token of [world.b.token, undefined]) {
      const refused = await rest('GET', url, { token })
      expect(refused.status).toBeGreaterThanOrEqual(400)
      expect(refused.headers.get('content-type') ?? '').not.toMatch(/image/)
    }
  })

  it('gives back the exact bytes through the route', async () => {
    const response = await fetchRaw(`/api/documents/file/${world.documentA.filename}`, world.a.token)
    expect(response.equals(PNG_1X1)).toBe(true)
  })

  it('keeps the document number encrypted in the database, readable by staff only', async () => {
    const updated = await rest('PATCH', `/api/documents/${world.documentA.id}`, {
      token: world.staff.sales.token,
      body: { documentNumber: '18AV12345' },
    })
    expect(updated.status).toBe(200)
    expect(updated.body.doc.documentNumber).toBe('18AV12345')
    const raw = await payload.findByID({
      collection: 'documents',
      id: world.documentA.id,
      context: { encryptedFields: true, skipAccessLog: true },
    })
    expect(raw.documentNumber).toMatch(/^enc1\./)
    expect(raw.documentNumber).not.toContain('18AV12345')
    const staff = await rest('GET', `/api/documents/${world.documentA.id}`, { token: world.staff.admin.token })
    expect(staff.body.documentNumber).toBe('18AV12345')
    const owner = await rest('GET', `/api/documents/${world.documentA.id}`, { token: world.a.token })
    expect(owner.status).toBe(200)
    expect(owner.body.documentNumber).toBeUndefined()
    // A customer cannot set it either, and nothing is stored.
    const count = (await payload.count({ collection: 'documents' })).totalDocs
    const own = await rest('POST', '/api/documents', { token: world.a.token, body: formWith({ documentNumber: 'X' }) })
    expect(own.status).toBe(400)
    expect(JSON.stringify(own.body)).toContain('documentNumber')
    expect((await payload.count({ collection: 'documents' })).totalDocs).toBe(count)
    const tooLong = await rest('PATCH', `/api/documents/${world.documentA.id}`, {
      token: world.staff.sales.token,
      body: { documentNumber: 'X'.repeat(65) },
    })
    expect(tooLong.status).toBe(400)
  })

  it('rotates: upload under key A, rotate to B, remove A, the file and the number still read', async () => {
    const A = `ka:${key()}`
    const B = `kb:${key()}`
    useDocumentKeys(A)
    const pdf = uniquePdf('rotation')
    const created = await rest('POST', '/api/documents', { token: world.b.token, body: upload(pdf, 'id.pdf') })
    expect(created.status).toBe(201)
    const id = created.body.doc.id as string
    await payload.update({
      collection: 'documents',
      id,
      data: { documentNumber: 'P1234567' },
      context: { skipAccessLog: true },
    })
    const before = await stored(payload, created.body.doc)

    // The documents of the other tests are under the default key: listed too until rotated.
    useDocumentKeys(`${B},${A},default`)
    const report = await rotateDocumentKeys(payload)
    expect(report.rewrapped).toBeGreaterThanOrEqual(1)
    expect(report.numbers).toBeGreaterThanOrEqual(1)

    useDocumentKeys(B)
    const row = await payload.findByID({
      collection: 'documents',
      id,
      showHiddenFields: true,
      context: { skipAccessLog: true },
    })
    expect(row.encryptionKeyId).toBe('kb')
    expect(row.documentNumber).toBe('P1234567')
    expect((await stored(payload, row)).equals(before)).toBe(true)
    expect((await readDocumentFile(payload, row)).equals(pdf)).toBe(true)
    expect((await fetchRaw(`/api/documents/file/${row.filename}`, world.b.token)).equals(pdf)).toBe(true)
    // Everything moved: a second run has nothing left to do.
    expect(await rotateDocumentKeys(payload)).toMatchObject({ rewrapped: 0, encrypted: 0, numbers: 0 })
  })

  it('flags the same file uploaded by two customers to staff, not to the customer', async () => {
    const pdf = uniquePdf('shared-scan')
    const first = await rest('POST', '/api/documents', { token: world.a.token, body: upload(pdf, 'a.pdf') })
    const second = await rest('POST', '/api/documents', { token: world.b.token, body: upload(pdf, 'b.pdf') })
    expect(second.status).toBe(201)
    expect(second.body.doc.duplicateOf).toBeUndefined()
    const staff = await rest('GET', `/api/documents/${second.body.doc.id}?depth=0`, { token: world.staff.sales.token })
    expect(staff.body.duplicateOf).toBe(first.body.doc.id)
    // The review panel's history: who else sent the file, who opened this one; staff only.
    const history = await rest('GET', `/api/documents/${second.body.doc.id}/history`, {
      token: world.staff.sales.token,
    })
    expect(history.status).toBe(200)
    expect(history.body.sameFile).toEqual([
      { id: first.body.doc.id, customer: expect.stringContaining(world.a.user.email), at: first.body.doc.createdAt },
    ])
    expect(history.body.events.map((event: { what: string }) => event.what)).toEqual(['view', 'upload'])
    expect(history.body.events[0].who).toBe(world.staff.sales.user.name)
    for (const token of [world.a.token, world.b.token, world.staff.marketing.token]) {
      expect((await rest('GET', `/api/documents/${second.body.doc.id}/history`, { token })).status).toBe(403)
    }
    // The same customer sending the same file twice is no fraud.
    const mine = uniquePdf('only-mine')
    await rest('POST', '/api/documents', { token: world.a.token, body: upload(mine, 'a.pdf') })
    const again = await rest('POST', '/api/documents', { token: world.a.token, body: upload(mine, 'a.pdf') })
    const row = await payload.findByID({ collection: 'documents', id: again.body.doc.id, depth: 0 })
    expect(row.duplicateOf ?? null).toBeNull()
  })

  it('deletes the file with the row; a failing deletion leaves the row deleted and retries from a job', async () => {
    const doc = (
      await rest('POST', '/api/documents', { token: world.a.token, body: upload(uniquePdf('del-1'), 'x.pdf') })
    ).body.doc as Document
    const file = path.join(staticDir(payload), doc.filename!)
    expect((await rest('DELETE', `/api/documents/${doc.id}`, { token: world.a.token })).status).toBe(200)
    await expect(stat(file)).rejects.toThrow()

    // A file the server cannot remove (here a folder where the file was: unlink fails, even as root).
    const stuck = (
      await rest('POST', '/api/documents', { token: world.a.token, body: upload(uniquePdf('del-2'), 'y.pdf') })
    ).body.doc as Document
    const stuckPath = path.join(staticDir(payload), stuck.filename!)
    await rm(stuckPath)
    await mkdir(path.join(stuckPath, 'inside'), { recursive: true })
    const deleted = await rest('DELETE', `/api/documents/${stuck.id}`, { token: world.a.token })
    expect(deleted.status).toBe(200)
    expect((await payload.count({ collection: 'documents', where: { id: { equals: stuck.id } } })).totalDocs).toBe(0)
    const queued = () =>
      payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'deleteStoredFile' } }, depth: 0 })
    expect((await queued()).docs.map((job) => (job.input as { filename: string }).filename)).toEqual([stuck.filename])

    // Still failing: the job stays, to be retried.
    await payload.jobs.run({ limit: 10 })
    expect((await queued()).docs).toHaveLength(1)
    // The disk is fixed: the next run removes what was left and the job is done.
    await rm(path.join(staticDir(payload), '.deleted', stuck.filename!, 'inside'), { recursive: true })
    await writeFile(path.join(staticDir(payload), '.deleted', 'placeholder'), '')
    await rm(path.join(staticDir(payload), '.deleted', stuck.filename!), { recursive: true })
    await writeFile(path.join(staticDir(payload), '.deleted', stuck.filename!), 'leftover')
    await payload.update({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'deleteStoredFile' } },
      data: { waitUntil: new Date(0).toISOString() },
    })
    await payload.jobs.run({ limit: 10 })
    expect((await queued()).docs).toHaveLength(0)
    await expect(stat(path.join(staticDir(payload), '.deleted', stuck.filename!))).rejects.toThrow()
  })
})

function formWith(extra: Record<string, unknown>) {
  const form = new FormData()
  form.append(
    'file',
    new Blob([new Uint8Array(uniquePdf(`own-${Math.random()}`))], { type: 'application/pdf' }),
    'n.pdf',
  )
  form.append('_payload', JSON.stringify({ type: 'identity', ...extra }))
  return form
}

/** The route's answer as bytes (the JSON helper reads text). */
async function fetchRaw(pathname: string, token: string): Promise<Buffer> {
  const { rawRest } = await import('../helpers/rest')
  const { getEnv } = await import('@/config/env')
  const response = await rawRest(
    new Request(new URL(pathname, getEnv().SERVER_URL), { headers: { authorization: `JWT ${token}` } }),
  )
  expect(response.status).toBe(200)
  return Buffer.from(await response.arrayBuffer())
}
