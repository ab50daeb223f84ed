import { randomBytes } from 'node:crypto'
import { readdir, readFile, unlink } from 'node:fs/promises'
import path from 'node:path'

import { sql } from '@payloadcms/db-postgres'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type TaskConfig,
} from 'payload'

import { getEnv } from '@/config/env'
import { requestDb } from '@/db/requestDb'
import { toE164 } from '@/domain/phone'
import {
  erasedEmail,
  isErasedEmail,
  ordersBlockingErasure,
  remainingSteps,
  RETENTION_REASON,
  retentionUntil,
  type ErasureStep,
} from '@/domain/privacy'
import { deleteCustomerExports } from './dataExport'
import { sendFromQueue } from '@/integrations/messaging/email'
import { loadBrand } from '@/notifications/brand'
import { renderEmail } from '@/notifications/templates'
import type { Customer, User } from '@/payload-types'
import { byAccountOrAddress } from './byAccountOrAddress'

export type ErasureRequest =
  | { ok: true; queued: boolean }
  | { ok: false; reason: 'notFound' }
  | { ok: false; reason: 'ordersInProgress'; orders: string[] }

/**
 * Marks the customer for erasure and queues the job, once: concurrent requests for the same account
 * wait on a lock and find it already requested. Refused while an order with money paid is still being
 * imported for them (see ordersBlockingErasure). The account's sessions end here and it can no longer
 * sign in (the Customers beforeLogin hook), so nothing new is added while the job runs.
 */
export async function requestErasure(
  payload: Payload,
  customerId: string,
  by: { staff?: User | null } = {},
): Promise<ErasureRequest> {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const db = await requestDb(req)
    await db.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${`erasure:${customerId}`}, 0))`)
    const customer = await payload.findByID({
      collection: 'customers',
      id: customerId,
      depth: 0,
      req,
      disableErrors: true,
      select: { erasure: true },
    })
    if (!customer) {
      await commitTransaction(req)
      return { ok: false, reason: 'notFound' }
    }
    if (customer.erasure?.status === 'requested' || customer.erasure?.status === 'erased') {
      await commitTransaction(req)
      return { ok: true, queued: false }
    }
    const { docs: orders } = await payload.find({
      collection: 'orders',
      where: { customer: { equals: customerId } },
      pagination: false,
      depth: 0,
      req,
      select: { number: true, status: true, amountPaid: true },
    })
    const blocking = ordersBlockingErasure(orders)
    if (blocking.length) {
      await commitTransaction(req)
      return { ok: false, reason: 'ordersInProgress', orders: blocking.map((order) => order.number ?? order.id) }
    }
    await db.execute(sql`
      UPDATE customers SET erasure_status = 'requested', erasure_requested_at = now(),
        erasure_requested_by_id = ${by.staff?.id ?? null}, erasure_step = NULL
      WHERE id = ${customerId}`)
    await db.execute(sql`DELETE FROM customers_sessions WHERE _parent_id = ${customerId}`)
    await payload.jobs.queue({ task: 'eraseCustomer', input: { customerId }, req })
    await commitTransaction(req)
    return { ok: true, queued: true }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

type StepContext = {
  payload: Payload
  customer: Customer
  /** The address and phone as they were when this run started (the row is scrubbed at `customer`). */
  email: string
  phone: string | null
}

type StepResult = number | boolean

async function deleteAll(
  payload: Payload,
  collection:
    | 'documents'
    | 'quote-requests'
    | 'contact-messages'
    | 'saved-searches'
    | 'document-access-logs'
    | 'notifications'
    | 'consent-records',
  where: Parameters<Payload['find']>[0]['where'],
): Promise<number> {
  const { docs } = await payload.find({ collection, where, pagination: false, depth: 0, select: {} })
  // One at a time through the Local API: deleting a document also removes its file from storage.
  for (const { id } of docs) await payload.delete({ collection, id, depth: 0 })
  return docs.length
}

async function execute(payload: Payload, query: ReturnType<typeof sql>): Promise<number> {
  const result = (await payload.db.drizzle.execute(query)) as { rowCount?: number | null }
  return result.rowCount ?? 0
}

/** Each step can run again after a crash and finds nothing left to do, or does the rest. */
const STEPS: Record<ErasureStep, (context: StepContext) => Promise<StepResult>> = {
  documents: ({ payload, customer }) => deleteAll(payload, 'documents', { owner: { equals: customer.id } }),
  exports: ({ payload, customer }) => deleteCustomerExports(payload, customer.id),
  quoteRequests: ({ payload, customer, email }) =>
    deleteAll(payload, 'quote-requests', byAccountOrAddress(customer.id, email)),
  // What they wrote through the contact form, signed in or not: nothing in it is an accounting record.
  contactMessages: ({ payload, customer, email }) =>
    deleteAll(payload, 'contact-messages', byAccountOrAddress(customer.id, email)),
  savedSearches: ({ payload, customer }) => deleteAll(payload, 'saved-searches', { customer: { equals: customer.id } }),
  // Cookie answers given while signed in: the link to the person is all they hold of them.
  cookieConsents: ({ payload, customer }) =>
    deleteAll(payload, 'consent-records', { customer: { equals: customer.id } }),
  accessLogs: ({ payload, customer }) =>
    deleteAll(payload, 'document-access-logs', { customer: { equals: customer.id } }),
  // Quotes stay with the orders they led to; what the customer wrote in them (and staff notes about
  // them) goes. Straight SQL: no hook must reprice, renumber or notify.
  quotes: ({ payload, customer }) =>
    execute(
      payload,
      sql`UPDATE quotes SET customer_message = NULL, internal_notes = NULL, sourcing_must_haves = NULL
          WHERE customer_id = ${customer.id}`,
    ),
  // Orders, payments and invoice numbers are kept (accounting) with their totals and dates; they name
  // nobody once the customer row is scrubbed. Free-text notes may name the person: cleared.
  orders: async ({ payload, customer }) => {
    await execute(
      payload,
      sql`UPDATE orders_timeline SET customer_note = NULL, internal_note = NULL
          WHERE _parent_id IN (SELECT id FROM orders WHERE customer_id = ${customer.id})`,
    )
    return execute(payload, sql`UPDATE orders SET internal_notes = NULL WHERE customer_id = ${customer.id}`)
  },
  // Queued or failed jobs whose input names the person (a mail to their address). The erasure job's
  // own row names only the account id.
  jobs: async ({ payload, email }) => {
    const jobs = await execute(
      payload,
      sql`DELETE FROM payload_jobs
          WHERE (task_slug IS NULL OR task_slug <> 'eraseCustomer')
            AND position(lower(${email}) in lower(coalesce(input::text, '') || coalesce(error::text, ''))) > 0`,
    )
    await execute(
      payload,
      sql`DELETE FROM payload_jobs_log
          WHERE position(lower(${email}) in lower(coalesce(input::text, '') || coalesce(output::text, ''))) > 0
            AND task_slug <> 'eraseCustomer'`,
    )
    return jobs
  },
  // Budgets keyed by the address (e.g. quote requests per e-mail): `<budget>:<address>`.
  rateLimits: ({ payload, email }) =>
    execute(payload, sql`DELETE FROM rate_limits WHERE position(${`:${email.toLowerCase()}`} in key) > 0`),
  // Sent inline, not queued: a queued message would keep the address in a notification and a job
  // until it left. Sent before the notifications and outbox steps, which then remove its traces.
  // A mail server that is down does not hold the erasure back; the audit records it was not sent.
  notify: async ({ payload, customer, email }) => {
    if (isErasedEmail(email)) return false
    try {
      const brand = await loadBrand(payload)
      const message = renderEmail(
        'erasure_done',
        customer.language === 'en' ? 'en' : 'fr',
        { firstName: customer.firstName, completedAt: new Date().toISOString() },
        brand,
      )
      await sendFromQueue(payload, { to: email, subject: message.subject, html: message.html, text: message.text })
      return true
    } catch (error) {
      payload.logger.warn({ err: error, msg: `erasure confirmation mail not sent (customer ${customer.id})` })
      return false
    }
  },
  notifications: ({ payload, customer, email, phone }) =>
    deleteAll(payload, 'notifications', {
      or: [
        { customer: { equals: customer.id } },
        { to: { equals: email } },
        ...(phone ? [{ to: { equals: phone } }] : []),
      ],
    }),
  // Mail written to disk when no SMTP server is set (development, demo).
  outbox: async ({ email }) => {
    const folder = path.resolve(getEnv().DATA_DIR, 'outbox')
    const names = await readdir(folder).catch(() => [] as string[])
    let removed = 0
    for (const name of names) {
      if (!name.endsWith('.eml')) continue
      const file = path.join(folder, name)
      const text = await readFile(file, 'utf8').catch(() => '')
      if (text.toLowerCase().includes(email.toLowerCase())) {
        await unlink(file).catch(() => undefined)
        removed += 1
      }
    }
    return removed
  },
  // The account stays (orders point to it) but names nobody and can never sign in again: an address
  // nobody owns, an unknown random password, no session, no pending token, not verified.
  customer: async ({ payload, customer }) => {
    const unusable = randomBytes(32).toString('hex')
    await execute(
      payload,
      sql`UPDATE customers SET
            email = ${erasedEmail(customer.id)}, first_name = NULL, last_name = NULL, full_name = NULL, phone = NULL,
            address_line1 = NULL, address_line2 = NULL, address_postcode = NULL, address_city = NULL,
            address_region = NULL, internal_notes = NULL, assigned_to_id = NULL,
            consents_marketing_email_granted = false, consents_marketing_email_at = NULL,
            consents_marketing_email_source = NULL, consents_marketing_email_text_version = NULL,
            consents_sms_granted = false, consents_sms_at = NULL, consents_sms_source = NULL,
            consents_sms_text_version = NULL,
            salt = ${unusable}, hash = ${unusable}, reset_password_token = NULL,
            reset_password_expiration = NULL, reset_password_requested_at = NULL,
            _verified = false, _verificationtoken = NULL, pending_email = NULL,
            email_change_token_hash = NULL, email_change_expires_at = NULL,
            last_login_at = NULL, review_for_erasure = false, inactive_since = NULL
          WHERE id = ${customer.id}`,
    )
    await execute(payload, sql`DELETE FROM customers_consent_history WHERE _parent_id = ${customer.id}`)
    // Linked sign-in providers: the subject names the person at the provider. The account was already
    // refused through them since the request (src/domain/providerSignIn.ts, decideCustomerSignIn).
    await execute(payload, sql`DELETE FROM customers_identities WHERE _parent_id = ${customer.id}`)
    await execute(payload, sql`DELETE FROM customers_sessions WHERE _parent_id = ${customer.id}`)
    return 1
  },
  audit: async () => true,
}

/**
 * Runs the erasure's remaining steps, recording each one on the customer as it completes. `limit`
 * stops after that many steps (the tests use it to stand for a crash).
 */
export async function runErasure(
  payload: Payload,
  customerId: string,
  options: { limit?: number } = {},
): Promise<{ done: boolean }> {
  const customer = await payload.findByID({
    collection: 'customers',
    id: customerId,
    depth: 0,
    disableErrors: true,
    showHiddenFields: true,
  })
  if (!customer || customer.erasure?.status === 'none' || !customer.erasure?.status) return { done: true }
  const counts: Record<string, StepResult> = { ...((customer.erasure.counts as Record<string, StepResult>) ?? {}) }
  const context: StepContext = {
    payload,
    customer,
    email: customer.email,
    phone: customer.phone ? (toE164(customer.phone) ?? customer.phone) : null,
  }
  let ran = 0
  for (const step of remainingSteps(customer.erasure.step)) {
    if (options.limit !== undefined && ran >= options.limit) return { done: false }
    if (step === 'audit') {
      await writeAudit(payload, customer, counts)
    } else {
      counts[step] = await STEPS[step](context)
    }
    await execute(
      payload,
      sql`UPDATE customers SET erasure_step = ${step}, erasure_counts = ${JSON.stringify(counts)}::jsonb
          WHERE id = ${customerId}`,
    )
    ran += 1
  }
  return { done: true }
}

async function writeAudit(payload: Payload, customer: Customer, counts: Record<string, StepResult>): Promise<void> {
  const now = new Date()
  const existing = await payload.count({ collection: 'erasure-audits', where: { customer: { equals: customer.id } } })
  if (existing.totalDocs === 0) {
    const { notify, ...records } = counts
    await payload.create({
      collection: 'erasure-audits',
      data: {
        customer: customer.id,
        requestedBy: customer.erasure?.requestedBy ? 'staff' : 'customer',
        staff:
          typeof customer.erasure?.requestedBy === 'object'
            ? customer.erasure.requestedBy?.id
            : customer.erasure?.requestedBy,
        requestedAt: customer.erasure?.requestedAt,
        completedAt: now.toISOString(),
        notified: notify === true,
        legalBasis: RETENTION_REASON,
        retainUntil: retentionUntil(now).toISOString(),
        counts: records,
      },
    })
  }
  await execute(
    payload,
    sql`UPDATE customers SET erasure_status = 'erased', erasure_completed_at = ${now.toISOString()},
          erasure_legal_basis = ${RETENTION_REASON}, erasure_retain_until = ${retentionUntil(now).toISOString()}
        WHERE id = ${customer.id}`,
  )
}

/** The erasure as a job: a crash or a restart runs it again, and it continues after its last step. */
export const eraseCustomerTask: TaskConfig<{ input: { customerId: string }; output: { done: boolean } }> = {
  slug: 'eraseCustomer',
  label: 'Erase a customer’s personal data (GDPR art. 17)',
  retries: { attempts: 10, backoff: { type: 'exponential', delay: 60_000 } },
  inputSchema: [{ name: 'customerId', type: 'text', required: true }],
  outputSchema: [{ name: 'done', type: 'checkbox' }],
  handler: async ({ input, req }) => ({ output: await runErasure(req.payload, input.customerId) }),
}
