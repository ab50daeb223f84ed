import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

import type { QuoteRequest } from '@/payload-types'
import { hashToken } from './hooks/issueConfirmationToken'
import { idOf } from '@/domain/relationId'

export type ConfirmationResult =
  | { ok: true; quoteNumber: string; newCustomer: boolean; setPasswordToken?: string; email: string }
  | { ok: false; reason: 'unknown' | 'expired' }

/**
 * The owner of the address clicked the link: the request becomes a quote of the customer with
 * that e-mail, created on the spot when there is none (their address is then verified, and they get
 * a one-time link to choose a password). A token works once; a second click shows the same quote.
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
  if (request.status === 'confirmed' && request.quote) {
    const quote = await payload.findByID({
      collection: 'quotes',
      id: idOf(request.quote),
      depth: 0,
      select: { number: true },
    })
    return { ok: true, quoteNumber: quote.number ?? '', newCustomer: false, email: request.email }
  }
  if (request.expiresAt && new Date(request.expiresAt) < new Date()) return { ok: false, reason: 'expired' }

  const email = request.email.toLowerCase()
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
