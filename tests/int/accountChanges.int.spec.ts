import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { changePassword } from '@/collections/Customers/account/changePassword'
import { confirmEmailChange, requestEmailChange } from '@/collections/Customers/account/emailChange'
import { confirmQuoteRequest } from '@/collections/QuoteRequests/confirmQuoteRequest'
import { getEnv } from '@/config/env'
import { newEmailChangeToken } from '@/domain/emailChange'
import type { Customer } from '@/payload-types'
import { CUSTOMER_PASSWORD, createCustomer, type CustomerSession, type World } from '../helpers/fixtures'
import { graphql } from '../helpers/graphql'
import { login, rest } from '../helpers/rest'
import { startSmtpServer, type TestSmtp } from '../helpers/smtpServer'
import { freshWorld, tokenOf } from '../helpers/world'

const NEW_PASSWORD = 'a-brand-new-password-2'

describe('account changes: password and e-mail address', () => {
  let payload: Payload
  let world: World
  let smtp: TestSmtp

  beforeAll(async () => {
    ;({ payload, world } = await freshWorld())
    smtp = await startSmtpServer({ port: Number(new URL(getEnv().SMTP_URL!).port) })
  })
  afterAll(async () => {
    await smtp?.close()
  })

  /** The customer behind a token, as the portal sees them (with the session id of that token). */
  async function signedIn(token: string): Promise<Customer & { _sid?: string }> {
    const { user } = await payload.auth({ headers: new Headers({ authorization: `JWT ${token}` }) })
    if (!user || user.collection !== 'customers') throw new Error('token signs nobody in')
    return user as Customer & { _sid?: string }
  }
  const me = async (token: string) => (await rest('GET', '/api/customers/me', { token })).body.user
  const stored = (id: string) => payload.findByID({ collection: 'customers', id, depth: 0 })
  const mailTo = (address: string, contains: string) =>
    smtp.waitFor(
      (mail) => (mail.to && 'text' in mail.to ? mail.to.text : '') === address && (mail.text ?? '').includes(contains),
    )
  const tokenIn = (text: string) => text.match(/email-change\?token=([\w-]+)/)?.[1]

  /** Asks for `newEmail` and returns the token of the link mailed to it. */
  async function askForAddress(session: CustomerSession, newEmail: string): Promise<string> {
    const result = await requestEmailChange(payload, {
      customer: await signedIn(session.token),
      currentPassword: CUSTOMER_PASSWORD,
      newEmail,
    })
    expect(result).toEqual({ ok: true })
    const token = tokenIn((await mailTo(newEmail, 'email-change?token=')).text ?? '')
    if (!token) throw new Error('no link in the mail')
    return token
  }

  describe('the doors a customer could force', () => {
    it('REST: a customer’s update with a password, an address or the verified flag is refused, field named', async () => {
      const customer = await createCustomer(payload, 'rest')
      const before = await stored(customer.user.id)
      const attempts = [
        [{ password: 'hijacked-password-1' }, 'password'],
        [{ email: `taken.${Date.now()}@attacker.test` }, 'email'],
        [{ _verified: false }, '_verified'],
        [{ pendingEmail: `pending.${Date.now()}@attacker.test` }, 'pendingEmail'],
        [{ firstName: 'Eve', password: 'hijacked-password-1' }, 'password'],
      ] as const
      for (const [body, path] of attempts) {
        const response = await rest('PATCH', `/api/customers/${customer.user.id}`, { token: customer.token, body })
        expect(response.status, JSON.stringify(body)).toBe(400)
        expect(response.body.errors[0].data.errors).toEqual([expect.objectContaining({ path })])
      }
      // The bulk door too.
      const bulk = await rest('PATCH', `/api/customers?where[id][equals]=${customer.user.id}`, {
        token: customer.token,
        body: { password: 'hijacked-password-1' },
      })
      expect(bulk.status).toBe(400)

      const after = await stored(customer.user.id)
      expect(after).toMatchObject({ email: before.email, _verified: true, firstName: before.firstName })
      expect(after.pendingEmail ?? null).toBeNull()
      await expect(login('customers', before.email, 'hijacked-password-1')).rejects.toThrow(/401/)
      expect(await login('customers', before.email, CUSTOMER_PASSWORD)).toBeTruthy()
      expect((await me(customer.token))?.id).toBe(customer.user.id)
    })

    it('GraphQL: the same refusals on updateCustomer', async () => {
      const customer = await createCustomer(payload, 'gql')
      const update = `mutation ($id: String!, $data: mutationCustomerUpdateInput!) { updateCustomer(id: $id, data: $data) { id } }`
      for (const [data, path] of [
        [{ password: 'hijacked-password-1' }, 'password'],
        [{ email: `gql.${Date.now()}@attacker.test` }, 'email'],
        [{ _verified: false }, '_verified'],
      ] as const) {
        const response = await graphql(update, { token: customer.token, variables: { id: customer.user.id, data } })
        expect(response.body.data?.updateCustomer ?? null, JSON.stringify(data)).toBeNull()
        const error = response.body.errors?.[0]
        expect(error?.extensions?.statusCode).toBe(400)
        expect(JSON.stringify(error)).toContain(`"${path}"`)
      }
      const after = await stored(customer.user.id)
      expect(after).toMatchObject({ email: customer.user.email, _verified: true })
      expect(await login('customers', customer.user.email, CUSTOMER_PASSWORD)).toBeTruthy()
    })

    it('staff still change a customer’s address and password directly', async () => {
      const customer = await createCustomer(payload, 'staffed')
      const moved = `moved.${Date.now()}@customer.test`
      const response = await rest('PATCH', `/api/customers/${customer.user.id}`, {
        token: tokenOf(world, 'sales'),
        body: { email: moved, password: 'set-by-sales-1' },
      })
      expect(response.status).toBe(200)
      expect((await stored(customer.user.id)).email).toBe(moved)
      expect(await login('customers', moved, 'set-by-sales-1')).toBeTruthy()
    })

    it('forgot-password still works: the reset sets the password the customer chose', async () => {
      const customer = await createCustomer(payload, 'forgot')
      const resetToken = await payload.forgotPassword({
        collection: 'customers',
        data: { email: customer.user.email },
        disableEmail: true,
      })
      const reset = await rest('POST', '/api/customers/reset-password', {
        body: { token: resetToken, password: 'reset-password-22' },
      })
      expect(reset.status).toBe(200)
      expect(await login('customers', customer.user.email, 'reset-password-22')).toBeTruthy()
    })
  })

  describe('password change with the current password', () => {
    it('a wrong current password changes nothing', async () => {
      const customer = await createCustomer(payload, 'wrongpw')
      const result = await changePassword(payload, {
        customer: await signedIn(customer.token),
        sessionId: (await signedIn(customer.token))._sid,
        currentPassword: 'not-my-password-1',
        newPassword: NEW_PASSWORD,
      })
      expect(result).toEqual({ ok: false, reason: 'wrongPassword' })
      await expect(login('customers', customer.user.email, NEW_PASSWORD)).rejects.toThrow(/401/)
      expect(await login('customers', customer.user.email, CUSTOMER_PASSWORD)).toBeTruthy()
    })

    it('the new password signs in, the old does not, and every other session ends', async () => {
      const customer = await createCustomer(payload, 'rightpw')
      const elsewhere = await login('customers', customer.user.email, CUSTOMER_PASSWORD)
      expect((await me(elsewhere))?.id).toBe(customer.user.id)
      const here = await signedIn(customer.token)

      const result = await changePassword(payload, {
        customer: here,
        sessionId: here._sid,
        currentPassword: CUSTOMER_PASSWORD,
        newPassword: NEW_PASSWORD,
      })
      expect(result).toEqual({ ok: true })

      expect(await me(elsewhere)).toBeFalsy()
      expect((await me(customer.token))?.id).toBe(customer.user.id)
      // Checking the current password opened no session of its own.
      const sessions = await payload.db.pool.query(`SELECT id FROM customers_sessions WHERE _parent_id = $1`, [
        customer.user.id,
      ])
      expect(sessions.rows.map((row: { id: string }) => row.id)).toEqual([here._sid])
      await expect(login('customers', customer.user.email, CUSTOMER_PASSWORD)).rejects.toThrow(/401/)
      expect(await login('customers', customer.user.email, NEW_PASSWORD)).toBeTruthy()

      await payload.jobs.run({ limit: 100 })
      const notice = await mailTo(customer.user.email, 'forgot-password')
      expect(notice.subject).toMatch(/mot de passe a été changé/)
    })

    it('is rate-limited per account', async () => {
      const customer = await createCustomer(payload, 'limited')
      const here = await signedIn(customer.token)
      const attempt = () =>
        changePassword(payload, {
          customer: here,
          sessionId: here._sid,
          currentPassword: 'guess-password-1',
          newPassword: NEW_PASSWORD,
        })
      for (let i = 0; i < 5; i += 1) expect((await attempt()).ok).toBe(false)
      expect(await attempt()).toMatchObject({ ok: false, reason: 'rateLimited' })
    })
  })

  describe('e-mail change confirmed from the new address', () => {
    it('mails the link to the new address and a masked notice to the old; the link switches the address once', async () => {
      const customer = await createCustomer(payload, 'mover')
      const elsewhere = await login('customers', customer.user.email, CUSTOMER_PASSWORD)
      const newEmail = `nouvelle.${Date.now()}@customer.test`
      const token = await askForAddress(customer, newEmail)

      const pending = await stored(customer.user.id)
      expect(pending).toMatchObject({ email: customer.user.email, pendingEmail: newEmail })
      // The token stays on the server: not in the customer's own REST view, not in the staff one.
      const own = await rest('GET', `/api/customers/${customer.user.id}`, { token: customer.token })
      expect(own.body.pendingEmail).toBe(newEmail)
      expect(own.body).not.toHaveProperty('emailChangeTokenHash')
      const bySales = await rest('GET', `/api/customers/${customer.user.id}`, { token: tokenOf(world, 'sales') })
      expect(bySales.body).not.toHaveProperty('emailChangeTokenHash')
      expect(JSON.stringify(bySales.body)).not.toContain(token)

      await payload.jobs.run({ limit: 100 })
      const notice = await mailTo(customer.user.email, 'n***@customer.test')
      expect(notice.text).not.toContain(newEmail)
      expect(notice.text).not.toContain(token)
      // Nothing stored holds the link.
      const recorded = await payload.find({
        collection: 'notifications',
        where: { customer: { equals: customer.user.id } },
      })
      expect(JSON.stringify(recorded.docs)).not.toContain(token)

      expect(await confirmEmailChange(payload, token)).toEqual({ ok: true, email: newEmail })
      const after = await stored(customer.user.id)
      expect(after).toMatchObject({ email: newEmail, _verified: true })
      expect(after.pendingEmail ?? null).toBeNull()
      expect(await me(elsewhere)).toBeFalsy()
      expect(await me(customer.token)).toBeFalsy()
      expect(await login('customers', newEmail, CUSTOMER_PASSWORD)).toBeTruthy()
      await expect(login('customers', customer.user.email, CUSTOMER_PASSWORD)).rejects.toThrow(/401/)

      expect(await confirmEmailChange(payload, token)).toEqual({ ok: false, reason: 'invalid' })
    })

    it('a customer cannot plant a token of their own to confirm an address they do not own', async () => {
      const customer = await createCustomer(payload, 'planter')
      const victim = `victim.${Date.now()}@customer.test`
      await askForAddress(customer, victim)
      const known = newEmailChangeToken()
      const planted = await rest('PATCH', `/api/customers/${customer.user.id}`, {
        token: customer.token,
        body: {
          emailChangeTokenHash: known.hash,
          emailChangeExpiresAt: new Date(Date.now() + 3_600_000).toISOString(),
        },
      })
      expect(planted.status).toBe(400)
      expect(await confirmEmailChange(payload, known.token)).toEqual({ ok: false, reason: 'invalid' })
      expect((await stored(customer.user.id)).email).toBe(customer.user.email)
    })

    it('staff setting the address directly cancels a pending change', async () => {
      const customer = await createCustomer(payload, 'overruled')
      const token = await askForAddress(customer, `asked.${Date.now()}@customer.test`)
      const chosen = `chosen.${Date.now()}@customer.test`
      const bySales = await rest('PATCH', `/api/customers/${customer.user.id}`, {
        token: tokenOf(world, 'sales'),
        body: { email: chosen },
      })
      expect(bySales.status).toBe(200)
      expect(bySales.body.doc.pendingEmail ?? null).toBeNull()
      expect(await confirmEmailChange(payload, token)).toEqual({ ok: false, reason: 'invalid' })
      expect((await stored(customer.user.id)).email).toBe(chosen)
    })

    it('a wrong password asks nothing and mails nobody', async () => {
      const customer = await createCustomer(payload, 'nopw')
      const newEmail = `nopw.${Date.now()}@customer.test`
      const result = await requestEmailChange(payload, {
        customer: await signedIn(customer.token),
        currentPassword: 'not-my-password-1',
        newEmail,
      })
      expect(result).toEqual({ ok: false, reason: 'wrongPassword' })
      expect((await stored(customer.user.id)).pendingEmail ?? null).toBeNull()
      await expect(mailTo(newEmail, 'email-change')).rejects.toThrow()
    }, 20_000)

    it('an address another customer uses gets the same answer, no link, and cannot be claimed', async () => {
      const customer = await createCustomer(payload, 'claimer')
      const result = await requestEmailChange(payload, {
        customer: await signedIn(customer.token),
        currentPassword: CUSTOMER_PASSWORD,
        newEmail: world.b.user.email.toUpperCase(),
      })
      expect(result).toEqual({ ok: true })
      expect((await stored(customer.user.id)).pendingEmail ?? null).toBeNull()
      expect(
        smtp.messages.some(
          (mail) =>
            (mail.text ?? '').includes('email-change?token=') &&
            mail.to &&
            'text' in mail.to &&
            mail.to.text === world.b.user.email,
        ),
      ).toBe(false)
    })

    it('an address taken between the request and the click is refused, and the account keeps its address', async () => {
      const customer = await createCustomer(payload, 'racer')
      const newEmail = `contested.${Date.now()}@customer.test`
      const token = await askForAddress(customer, newEmail)
      await payload.create({
        collection: 'customers',
        data: { email: newEmail, password: 'someone-else-1', _verified: true },
      })
      expect(await confirmEmailChange(payload, token)).toEqual({ ok: false, reason: 'taken' })
      expect((await stored(customer.user.id)).email).toBe(customer.user.email)
      expect((await me(customer.token))?.id).toBe(customer.user.id)
    })

    it('an expired link is refused', async () => {
      const customer = await createCustomer(payload, 'late')
      const token = await askForAddress(customer, `late.${Date.now()}@customer.test`)
      await payload.db.pool.query(
        `UPDATE customers SET email_change_expires_at = now() - interval '1 minute' WHERE id = $1`,
        [customer.user.id],
      )
      expect(await confirmEmailChange(payload, token)).toEqual({ ok: false, reason: 'invalid' })
      expect((await stored(customer.user.id)).email).toBe(customer.user.email)
    })

    it('a newer request replaces the older link; unknown tokens are refused', async () => {
      const customer = await createCustomer(payload, 'twice')
      const first = await askForAddress(customer, `first.${Date.now()}@customer.test`)
      const secondEmail = `second.${Date.now()}@customer.test`
      const second = await askForAddress(customer, secondEmail)
      expect(await confirmEmailChange(payload, first)).toEqual({ ok: false, reason: 'invalid' })
      expect(await confirmEmailChange(payload, 'x'.repeat(43))).toEqual({ ok: false, reason: 'invalid' })
      expect(await confirmEmailChange(payload, "' OR 1=1 --")).toEqual({ ok: false, reason: 'invalid' })
      expect(await confirmEmailChange(payload, second)).toEqual({ ok: true, email: secondEmail })
    })

    it('twenty clicks at once change the address exactly once, without an error', async () => {
      const customer = await createCustomer(payload, 'clicks')
      const newEmail = `clicks.${Date.now()}@customer.test`
      const token = await askForAddress(customer, newEmail)
      const results = await Promise.all(Array.from({ length: 20 }, () => confirmEmailChange(payload, token)))
      expect(results.filter((result) => result.ok)).toHaveLength(1)
      expect(results.filter((result) => !result.ok)).toEqual(
        Array.from({ length: 19 }, () => ({ ok: false, reason: 'invalid' })),
      )
      expect((await stored(customer.user.id)).email).toBe(newEmail)
    })

    it('a sourcing request confirmed from a pending address never joins the account that asked for it', async () => {
      const customer = await createCustomer(payload, 'pending')
      const wanted = `wanted.${Date.now()}@visitor.test`
      const token = await askForAddress(customer, wanted)

      const created = await rest('POST', '/api/quote-requests', {
        body: {
          firstName: 'Léa',
          lastName: 'Durand',
          email: wanted,
          kind: 'sourcing',
          sourcing: { make: 'Toyota', model: 'Land Cruiser', yearFrom: 2019, yearTo: 2022, budget: 5_500_000 },
          destination: { country: 'FR', region: 'OCC' },
          consentContact: true,
        },
      })
      expect(created.status).toBe(201)
      await payload.jobs.run({ limit: 100 })
      const link = await mailTo(wanted, 'quote/confirm?token=')
      const quoteToken = (link.text ?? '').match(/quote\/confirm\?token=([\w-]+)/)?.[1]
      const confirmed = await confirmQuoteRequest(payload, quoteToken!)
      expect(confirmed).toMatchObject({ ok: true, newCustomer: true, email: wanted })

      const quotesOfCustomer = await payload.count({
        collection: 'quotes',
        where: { customer: { equals: customer.user.id } },
      })
      expect(quotesOfCustomer.totalDocs).toBe(0)
      // The address now belongs to the account the request created: the pending change cannot take it.
      expect(await confirmEmailChange(payload, token)).toEqual({ ok: false, reason: 'taken' })
      expect((await stored(customer.user.id)).email).toBe(customer.user.email)
    })
  })
})
