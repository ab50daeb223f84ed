import { createLocalReq, type Payload } from 'payload'

import {
  EMAIL_CHANGE_VALIDITY_MS,
  hashEmailChangeToken,
  looksLikeEmailChangeToken,
  maskEmail,
  newEmailChangeToken,
  normaliseEmail,
} from '@/domain/emailChange'
import { loadBrand } from '@/notifications/brand'
import { siteLink } from '@/notifications/links'
import { queueNotification } from '@/notifications/queue'
import { renderEmail } from '@/notifications/templates'
import type { Customer } from '@/payload-types'
import { consume } from '@/security/rateLimit'
import { checkCurrentPassword } from './currentPassword'

type SignedIn = Pick<Customer, 'id' | 'email' | 'firstName' | 'language'>

export type EmailChangeRequestResult =
  | { ok: true }
  | { ok: false; reason: 'wrongPassword' | 'locked' | 'sameAddress' }
  | { ok: false; reason: 'rateLimited'; retryAfter: number }

export type EmailChangeConfirmResult = { ok: true; email: string } | { ok: false; reason: 'invalid' | 'taken' }

async function addressTaken(payload: Payload, email: string, exceptId?: string): Promise<boolean> {
  const { rows } = await payload.db.pool.query(
    `SELECT 1 FROM "customers" WHERE lower("email") = $1 AND ($2::uuid IS NULL OR "id" <> $2) LIMIT 1`,
    [email, exceptId ?? null],
  )
  return rows.length > 0
}

/**
 * A signed-in customer asks for a new address, with their current password. The new address gets a
 * one-time link (only its hash is stored, valid 24 h, a new request replaces the previous one); the
 * current address gets a notice, the new one masked. An address another account already uses gets
 * no link, but the answer is the same, so the form tells nobody who is a customer.
 */
export async function requestEmailChange(
  payload: Payload,
  { customer, currentPassword, newEmail }: { customer: SignedIn; currentPassword: string; newEmail: string },
): Promise<EmailChangeRequestResult> {
  const budget = await consume(payload, 'emailChange', `customer:${customer.id}`)
  if (!budget.ok) return { ok: false, reason: 'rateLimited', retryAfter: budget.retryAfter }

  const email = normaliseEmail(newEmail)
  if (email === normaliseEmail(customer.email)) return { ok: false, reason: 'sameAddress' }
  const check = await checkCurrentPassword(payload, customer, currentPassword)
  if (check === 'wrong') return { ok: false, reason: 'wrongPassword' }
  if (check === 'locked') return { ok: false, reason: 'locked' }

  const locale = customer.language === 'en' ? 'en' : 'fr'
  const req = await createLocalReq({}, payload)
  if (!(await addressTaken(payload, email, customer.id))) {
    const { token, hash } = newEmailChangeToken()
    await payload.update({
      collection: 'customers',
      id: customer.id,
      data: {
        pendingEmail: email,
        emailChangeTokenHash: hash,
        emailChangeExpiresAt: new Date(Date.now() + EMAIL_CHANGE_VALIDITY_MS).toISOString(),
      },
      depth: 0,
      req,
    })
    // Sent now and never recorded, like Payload's own account mails: the link is the key.
    const mail = renderEmail(
      'email_change_confirm',
      locale,
      {
        firstName: customer.firstName,
        newEmail: email,
        confirmUrl: siteLink(locale, `/account/email-change?token=${encodeURIComponent(token)}`),
      },
      await loadBrand(payload, req),
    )
    await payload.sendEmail({ to: email, subject: mail.subject, html: mail.html, text: mail.text })
  }

  // The current address hears of every request: if it was not them, they still hold the account.
  await queueNotification(req, {
    template: 'email_change_requested',
    customer: customer.id,
    dedupeKey: `customer:${customer.id}:email-change-requested:${Date.now()}`,
    variables: {
      firstName: customer.firstName,
      maskedNewEmail: maskEmail(email),
      resetUrl: siteLink(locale, '/account/forgot-password'),
    },
  })
  return { ok: true }
}

const UNIQUE_VIOLATION = '23505'

/**
 * The link's owner confirms (a POST from the portal page, never the GET a mail scanner makes). One
 * statement claims the token and moves the address, so of many clicks at once exactly one changes
 * it; the others find the token gone. The address must still be free among customers (checked in
 * the statement, and by the unique index against a registration racing it). Every session ends,
 * the one that asked included: the sign-in name changed, and tokens issued before name the old one.
 * A reset-password link sent to the old address stops working too.
 */
export async function confirmEmailChange(payload: Payload, token: string): Promise<EmailChangeConfirmResult> {
  if (!looksLikeEmailChangeToken(token)) return { ok: false, reason: 'invalid' }
  const hash = hashEmailChangeToken(token)
  const client = await payload.db.pool.connect()
  try {
    await client.query('BEGIN')
    const { rows } = await client.query<{ id: string; email: string }>(
      `UPDATE "customers" AS c
          SET "email" = c."pending_email", "pending_email" = NULL,
              "email_change_token_hash" = NULL, "email_change_expires_at" = NULL,
              "_verified" = true, "reset_password_token" = NULL, "reset_password_expiration" = NULL,
              "updated_at" = now()
        WHERE c."email_change_token_hash" = $1
          AND c."email_change_expires_at" > now()
          AND c."pending_email" IS NOT NULL
          AND NOT EXISTS (
            SELECT 1 FROM "customers" AS o WHERE lower(o."email") = lower(c."pending_email") AND o."id" <> c."id"
          )
        RETURNING c."id", c."email"`,
      [hash],
    )
    const changed = rows[0]
    if (!changed) {
      await client.query('ROLLBACK')
      const { rows: pending } = await client.query(
        `SELECT 1 FROM "customers" WHERE "email_change_token_hash" = $1 AND "email_change_expires_at" > now()`,
        [hash],
      )
      // A live token that did not apply: the address was taken since the request.
      return { ok: false, reason: pending.length ? 'taken' : 'invalid' }
    }
    await client.query(`DELETE FROM "customers_sessions" WHERE "_parent_id" = $1`, [changed.id])
    await client.query('COMMIT')
    return { ok: true, email: changed.email }
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    if ((error as { code?: string }).code === UNIQUE_VIOLATION) return { ok: false, reason: 'taken' }
    throw error
  } finally {
    client.release()
  }
}
