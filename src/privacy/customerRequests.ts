import type { Payload } from 'payload'

import type { Customer } from '@/payload-types'
import { consume } from '@/security/rateLimit'
import { requestDataExport } from './dataExport'
import { requestErasure, type ErasureRequest } from './erasure'

/**
 * The customer's own erasure, from the portal: they confirm with their password (a session left open
 * on a shared computer is not enough), and only ever for the signed-in account.
 */
export async function eraseOwnAccount(
  payload: Payload,
  customer: Pick<Customer, 'id' | 'email'>,
  password: string,
): Promise<ErasureRequest | { ok: false; reason: 'wrongPassword' }> {
  try {
    // Payload's own check: counts failed attempts and locks the account like the sign-in form does.
    await payload.login({ collection: 'customers', data: { email: customer.email, password } })
  } catch {
    return { ok: false, reason: 'wrongPassword' }
  }
  return requestErasure(payload, customer.id)
}

/** One export a day per account (each one copies every file we hold). */
export async function exportOwnData(
  payload: Payload,
  customer: Pick<Customer, 'id'>,
): Promise<{ ok: true } | { ok: false; retryAfter: number }> {
  const budget = await consume(payload, 'dataExport', customer.id)
  if (!budget.ok) return budget
  await requestDataExport(payload, customer.id)
  return { ok: true }
}
