import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

import type { QuoteRequest } from '@/payload-types'
import { hashToken } from './hooks/issueConfirmationToken'
import { idOf } from '@/domain/relationId'

export type ConfirmationResult =
  | { ok: true; quoteNumber: string; newCustomer: boolean; setPasswordToken?: string; email: string }
  | { ok: false; reason: 'unknown' | 'expired' | 'retry' }

/** How long a second click waits for the first one to finish turning the request into a quote. */
const WAIT_FOR_FIRST_CLICK_MS = 10_000

async function quoteNumberOf(payload: Payload, quoteId: NonNullable<QuoteRequest['quote']>) {
  const quote = await payload.findByID({
    collection: 'quotes',
    id: idOf(quoteId),
    depth: 0,
    select: { number: true },
  })
  return quote.number ?? ''
}

/**
 * Claims a pending request in one statement, so that of several clicks arriving together exactly
 * one goes on to create the quote (and the customer): the others see no row change.
 */
async function claim(payload: Payload, id: string): Promise<boolean> {
  const { rowCount } = await payload.db.pool.query(
    `UPDATE "quote_requests" SET "status" = 'confirmed', "confirmed_at" = now() WHERE "id" = $1 AND "status" = 'pending'`,
    [id],
  )
  return rowCount === 1
}

/** A click that lost the claim shows the quote the winning click is creating, once it exists. */
async function confirmedBySomeoneElse(payload: Payload, id: string, email: string): Promise<ConfirmationResult> {
  const deadline = Date.now() + WAIT_FOR_FIRST_CLICK_MS
  while (Date.now() < deadline) {
    const request = (await payload.findByID({ collection: 'quote-requests', id, depth: 0 })) as QuoteRequest
    if (request.quote)
      return { ok: true, quoteNumber: await quoteNumberOf(payload, request.quote), newCustomer: false, email }
    // The winning click failed and gave the request back: this click may take it.
    if (request.status === 'pending') return { ok: false, reason: 'retry' }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return { ok: false, reason: 'retry' }
}

/**
 * The owner of the address clicked the link: the request becomes a quote of the customer with
 * that e-mail, created on the spot when there is none (their address is then verified, and they get
 * a one-time link to choose a password). A token works once; a second click, even one arriving at the
 * same moment, shows the same quote.
 */
export async function confirmQuoteRequest(payload: Payload, token: string): Promise<ConfirmationResult> {
  if (!token || token.length > 200) return { ok: false, reason: 'unknown' }
  const { docs } = await payload.find({
    collection: 'quote-requests',
    where: { tokenHash: { equals: hashToken(token) } },
    limit: 1,
    depth: 0,
  })
  const request = docs[0] as QuoteRequest | undefined
  if (!request) return { ok: false, reason: 'unknown' }
  const email = request.email.toLowerCase()
  if (request.status === 'confirmed') return confirmedBySomeoneElse(payload, request.id, request.email)
  if (request.expiresAt && new Date(request.expiresAt) < new Date()) return { ok: false, reason: 'expired' }
  if (!(await claim(payload, request.id))) return confirmedBySomeoneElse(payload, request.id, request.email)

  try {
    return await createQuote(payload, request, email)
  } catch (error) {
    // Give the request back so the link still works once whatever failed is fixed.
    await payload.db.pool.query(
      `UPDATE "quote_requests" SET "status" = 'pending', "confirmed_at" = NULL WHERE "id" = $1 AND "quote_id" IS NULL`,
      [request.id],
    )
    throw error
  }
}

async function createQuote(payload: Payload, request: QuoteRequest, email: string): Promise<ConfirmationResult> {
  const existing = await payload.find({
    collection: 'customers',
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
  })
  let customer = existing.docs[0]
  const newCustomer = !customer
  if (!customer) {
    customer = await payload.create({
      collection: 'customers',
      data: {
        email,
        // Nobody knows this password: the customer chooses one through the link we give them.
        password: randomBytes(24).toString('base64url'),
        firstName: request.firstName,
        lastName: request.lastName,
        phone: request.phone,
        language: request.language ?? 'fr',
        address: { region: request.destination?.region ?? undefined },
        consents: { marketingEmail: { granted: Boolean(request.marketingOptIn) } },
        _verified: true,
      },
      context: { consentSource: 'quote-request' },
      disableVerificationEmail: true,
    })
  }

  const quote = await payload.create({
    collection: 'quotes',
    data: {
      status: 'requested',
      customer: customer.id,
      kind: request.kind,
      vehicle: request.vehicle ? idOf(request.vehicle) : undefined,
      sourcing: request.sourcing,
      destination: { country: 'FR', region: request.destination?.region ?? 'IDF' },
      customerMessage: request.customerMessage,
    },
    depth: 0,
  })
  await payload.update({
    collection: 'quote-requests',
    id: request.id,
    data: { status: 'confirmed', confirmedAt: new Date().toISOString(), customer: customer.id, quote: quote.id },
  })

  const setPasswordToken = newCustomer
    ? await payload.forgotPassword({ collection: 'customers', data: { email }, disableEmail: true })
    : undefined
  return {
    ok: true,
    quoteNumber: quote.number ?? '',
    newCustomer,
    setPasswordToken: setPasswordToken ?? undefined,
    email,
  }
}
