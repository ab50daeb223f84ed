import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { chmod, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { sql } from '@payloadcms/db-postgres'
import { zipSync } from 'fflate'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type TaskConfig,
} from 'payload'

import { readDocumentFile } from '@/collections/Documents/fileStore'
import { getEnv } from '@/config/env'
import { EXPORT_TTL_DAYS } from '@/domain/privacy'
import { queueNotification } from '@/notifications/queue'
import { byAccountOrAddress } from './byAccountOrAddress'
import type { Customer } from '@/payload-types'

/** Archives live here, outside every public folder, readable by the server's user only. */
export function exportsDir(): string {
  return path.resolve(getEnv().DATA_DIR, 'exports')
}

function archivePath(exportId: string): string {
  return path.join(exportsDir(), `${path.basename(exportId)}.zip`)
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** Secrets and internals that are not the person's data: never exported. */
const SECRET_KEYS = new Set([
  'hash',
  'salt',
  'sessions',
  'resetPasswordToken',
  'resetPasswordExpiration',
  '_verificationToken',
  'emailChangeTokenHash',
  'tokenHash',
  'unsubscribeTokenHash',
  '_objectKey',
  'prefix',
  'wrappedKey',
  'keyId',
  'encryptionKeyId',
  'iv',
  'authTag',
  'margin',
  'eraseButton',
])

function withoutSecrets<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutSecrets) as T
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !SECRET_KEYS.has(key))
        .map(([key, inner]) => [key, withoutSecrets(inner)]),
    ) as T
  }
  return value
}

async function all<T extends Parameters<Payload['find']>[0]['collection']>(
  payload: Payload,
  collection: T,
  where: Parameters<Payload['find']>[0]['where'],
) {
  const { docs } = await payload.find({ collection, where, pagination: false, depth: 0, showHiddenFields: true })
  return docs
}

/**
 * Everything we hold on one customer (GDPR art. 15 and 20), read as the system but filtered by the
 * customer's id or own address only, so nobody else's rows can come along. Staff ids appear as ids.
 */
export async function collectPersonalData(payload: Payload, customerId: string) {
  const customer = (await payload.findByID({
    collection: 'customers',
    id: customerId,
    depth: 0,
    showHiddenFields: true,
  })) as Customer
  const email = customer.email
  const orders = await all(payload, 'orders', { customer: { equals: customerId } })
  const orderIds = orders.map((order) => order.id)
  const documents = await all(payload, 'documents', { owner: { equals: customerId } })
  const documentIds = documents.map((document) => document.id)
  const { notifications: _join, ...ownCustomer } = customer as Customer & { notifications?: unknown }
  const { rows: jobs } = await payload.db.pool.query(
    `SELECT id, task_slug, input, created_at FROM payload_jobs
     WHERE position(lower($1) in lower(coalesce(input::text, ''))) > 0 OR input->>'customerId' = $2`,
    [email, customerId],
  )
  const { rows: rateLimits } = await payload.db.pool.query(
    `SELECT key, points, expire FROM rate_limits WHERE position($1 in key) > 0`,
    [`:${email.toLowerCase()}`],
  )
  const data = {
    exportedAt: new Date().toISOString(),
    customer: ownCustomer,
    consentHistory: customer.consentHistory ?? [],
    quoteRequests: await all(payload, 'quote-requests', byAccountOrAddress(customerId, email)),
    contactMessages: await all(payload, 'contact-messages', byAccountOrAddress(customerId, email)),
    quotes: await all(payload, 'quotes', { customer: { equals: customerId } }),
    orders,
    payments: orderIds.length
      ? await all(payload, 'payments', {
          or: [{ customer: { equals: customerId } }, { order: { in: orderIds } }],
        })
      : await all(payload, 'payments', { customer: { equals: customerId } }),
    documents,
    documentAccessLogs: documentIds.length
      ? await all(payload, 'document-access-logs', {
          or: [{ customer: { equals: customerId } }, { document: { in: documentIds } }],
        })
      : await all(payload, 'document-access-logs', { customer: { equals: customerId } }),
    notifications: await all(payload, 'notifications', {
      or: [{ customer: { equals: customerId } }, { to: { equals: email } }],
    }),
    savedSearches: await all(payload, 'saved-searches', { customer: { equals: customerId } }),
    cookieConsents: await all(payload, 'consent-records', { customer: { equals: customerId } }),
    dataExports: await all(payload, 'data-exports', { customer: { equals: customerId } }),
    queuedJobs: jobs,
    rateLimits,
  }
  return { data: withoutSecrets(data), documents }
}

/** One zip: data.json, the documents' files as they were sent, and mail kept on disk for them. */
export async function buildExportArchive(payload: Payload, customerId: string): Promise<Uint8Array> {
  const { data, documents } = await collectPersonalData(payload, customerId)
  const files: Record<string, Uint8Array> = {
    'data.json': new TextEncoder().encode(JSON.stringify(data, null, 2)),
  }
  for (const document of documents) {
    if (!document.filename) continue
    files[`documents/${document.id}-${path.basename(document.filename)}`] = new Uint8Array(
      await readDocumentFile(payload, document),
    )
  }
  const outbox = path.resolve(getEnv().DATA_DIR, 'outbox')
  for (const name of await readdir(outbox).catch(() => [] as string[])) {
    if (!name.endsWith('.eml')) continue
    const bytes = await readFile(path.join(outbox, name)).catch(() => null)
    if (bytes && bytes.toString('utf8').toLowerCase().includes(data.customer.email.toLowerCase())) {
      files[`mail/${name}`] = new Uint8Array(bytes)
    }
  }
  return zipSync(files, { level: 6 })
}

/** Queues an export for the customer (the caller rate-limits and checks the session). */
export async function requestDataExport(payload: Payload, customerId: string): Promise<string> {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const row = await payload.create({
      collection: 'data-exports',
      data: { customer: customerId, status: 'queued' },
      depth: 0,
      req,
    })
    await payload.jobs.queue({ task: 'exportCustomerData', input: { exportId: row.id }, req })
    await commitTransaction(req)
    return row.id
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/**
 * Builds the archive, then in one transaction stores the token's hash and queues the mail holding the
 * token: a crash between the two cannot send a link that does not open. Running it again for a ready
 * export does nothing.
 */
export async function prepareDataExport(payload: Payload, exportId: string): Promise<void> {
  const row = await payload.findByID({ collection: 'data-exports', id: exportId, depth: 0, disableErrors: true })
  if (!row || row.status !== 'queued') return
  const customerId = typeof row.customer === 'string' ? row.customer : row.customer.id
  const archive = await buildExportArchive(payload, customerId)
  await mkdir(exportsDir(), { recursive: true, mode: 0o700 })
  const file = archivePath(exportId)
  await writeFile(file, archive, { mode: 0o600 })
  await chmod(file, 0o600)

  const token = randomBytes(32).toString('base64url')
  const expiresAt = new Date(Date.now() + EXPORT_TTL_DAYS * 86_400_000).toISOString()
  const customer = await payload.findByID({
    collection: 'customers',
    id: customerId,
    depth: 0,
    select: { firstName: true, language: true },
  })
  const locale = customer.language === 'en' ? 'en' : 'fr'
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    await payload.update({
      collection: 'data-exports',
      id: exportId,
      data: { status: 'ready', tokenHash: hashToken(token), file: path.basename(file), expiresAt },
      depth: 0,
      req,
    })
    await queueNotification(req, {
      template: 'data_export_ready',
      customer: customerId,
      dedupeKey: `data-export:${exportId}`,
      variables: {
        firstName: customer.firstName,
        downloadUrl: `${getEnv().SERVER_URL}${locale === 'en' ? '/en' : ''}/account/privacy/export/${token}`,
        expiresAt,
      },
    })
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

export type ExportDownload = { ok: true; archive: Buffer; filename: string } | { ok: false; status: 401 | 404 | 410 }

/**
 * The archive, once, to the customer it belongs to: the session AND the mailed token are both needed
 * (a forwarded mail alone opens nothing; a session alone cannot guess the token). Any mismatch is the
 * same 404, so a wrong token tells nothing. The archive is deleted as it is handed over.
 */
export async function downloadDataExport(
  payload: Payload,
  customerId: string | null | undefined,
  token: string,
): Promise<ExportDownload> {
  if (!customerId) return { ok: false, status: 401 }
  if (!/^[A-Za-z0-9_-]{40,60}$/.test(token)) return { ok: false, status: 404 }
  const tokenHash = hashToken(token)
  const { docs } = await payload.find({
    collection: 'data-exports',
    where: { tokenHash: { equals: tokenHash } },
    depth: 0,
    limit: 1,
    showHiddenFields: true,
  })
  const row = docs[0]
  const owner = row ? (typeof row.customer === 'string' ? row.customer : row.customer.id) : null
  if (
    !row?.tokenHash ||
    !timingSafeEqual(Buffer.from(row.tokenHash), Buffer.from(tokenHash)) ||
    owner !== customerId ||
    row.status !== 'ready'
  ) {
    return { ok: false, status: 404 }
  }
  if (!row.expiresAt || new Date(row.expiresAt).getTime() <= Date.now()) {
    await expireExport(payload, row.id)
    return { ok: false, status: 410 }
  }
  // One download: only the request that flips ready → downloaded gets the file.
  const claimed = await payload.db.pool.query(
    `UPDATE data_exports SET status = 'downloaded', downloaded_at = now(), token_hash = NULL
     WHERE id = $1 AND status = 'ready' RETURNING id`,
    [row.id],
  )
  if (claimed.rowCount !== 1) return { ok: false, status: 404 }
  const file = archivePath(row.id)
  const archive = await readFile(file).catch(() => null)
  await rm(file, { force: true })
  if (!archive) return { ok: false, status: 410 }
  return { ok: true, archive, filename: `autoport-data-${new Date().toISOString().slice(0, 10)}.zip` }
}

async function expireExport(payload: Payload, exportId: string): Promise<void> {
  await rm(archivePath(exportId), { force: true })
  await payload.db.drizzle.execute(
    sql`UPDATE data_exports SET status = 'expired', token_hash = NULL WHERE id = ${exportId} AND status <> 'downloaded'`,
  )
}

/** Removes archives past their expiry, and any file left without a live export (a crash mid-way). */
export async function purgeDataExports(payload: Payload): Promise<number> {
  const { docs } = await payload.find({
    collection: 'data-exports',
    where: { and: [{ status: { in: ['ready', 'queued'] } }, { expiresAt: { less_than: new Date().toISOString() } }] },
    pagination: false,
    depth: 0,
    select: {},
  })
  for (const { id } of docs) await expireExport(payload, id)
  const { docs: live } = await payload.find({
    collection: 'data-exports',
    where: { status: { in: ['ready', 'queued'] } },
    pagination: false,
    depth: 0,
    select: {},
  })
  const keep = new Set(live.map(({ id }) => `${id}.zip`))
  for (const name of await readdir(exportsDir()).catch(() => [] as string[])) {
    if (!keep.has(name)) await rm(path.join(exportsDir(), name), { force: true })
  }
  return docs.length
}

/** Removes every export of a customer, files and rows (part of the erasure). */
export async function deleteCustomerExports(payload: Payload, customerId: string): Promise<number> {
  const { docs } = await payload.find({
    collection: 'data-exports',
    where: { customer: { equals: customerId } },
    pagination: false,
    depth: 0,
    select: {},
  })
  for (const { id } of docs) {
    await rm(archivePath(id), { force: true })
    await payload.delete({ collection: 'data-exports', id, depth: 0 })
  }
  return docs.length
}

export const exportCustomerDataTask: TaskConfig<{ input: { exportId: string }; output: object }> = {
  slug: 'exportCustomerData',
  label: 'Prepare a customer’s data export (GDPR art. 20)',
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 60_000 } },
  inputSchema: [{ name: 'exportId', type: 'text', required: true }],
  handler: async ({ input, req }) => {
    await prepareDataExport(req.payload, input.exportId)
    return { output: {} }
  },
}

export const purgeDataExportsTask: TaskConfig<{ input: object; output: { expired: number } }> = {
  slug: 'purgeDataExports',
  label: 'Delete expired data-export archives',
  schedule: [{ cron: '0 15 * * * *', queue: 'default' }],
  outputSchema: [{ name: 'expired', type: 'number' }],
  handler: async ({ req }) => ({ output: { expired: await purgeDataExports(req.payload) } }),
}
