import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { World } from '../../helpers/fixtures'
import { rest } from '../../helpers/rest'
import { freshWorld, tokenOf, type Actor } from '../../helpers/world'

describe('customers access', () => {
  let payload: Payload
  let world: World
  beforeAll(async () => ({ payload, world } = await freshWorld()))

  it.each<Actor>(['admin', 'sales'])('%s lists every customer', async (actor) => {
    const list = await rest('GET', '/api/customers', { token: tokenOf(world, actor) })
    expect(list.status).toBe(200)
    expect(list.body.totalDocs).toBe(2)
  })

  it.each<Actor>(['marketing', 'anonymous'])('%s sees no customer at all', async (actor) => {
    expect((await rest('GET', '/api/customers', { token: tokenOf(world, actor) })).status).toBe(403)
    expect((await rest('GET', `/api/customers/${world.a.user.id}`, { token: tokenOf(world, actor) })).status).toBe(403)
  })

  it('a customer sees only their own profile, without staff-only fields', async () => {
    const list = await rest('GET', '/api/customers', { token: world.a.token })
    expect(list.status).toBe(200)
    expect(list.body.docs.map((doc: { id: string }) => doc.id)).toEqual([world.a.user.id])
    const own = await rest('GET', `/api/customers/${world.a.user.id}`, { token: world.a.token })
    expect(own.status).toBe(200)
    expect(own.body).not.toHaveProperty('kycStatus')
    expect(own.body).not.toHaveProperty('internalNotes')
    expect((await rest('GET', `/api/customers/${world.b.user.id}`, { token: world.a.token })).status).toBe(404)
  })

  it('anyone may register; a signed-in customer or marketing may not create accounts', async () => {
    const body = { email: `new.${Date.now()}@customer.test`, password: 'a-long-password-1' }
    expect((await rest('POST', '/api/customers', { body })).status).toBe(201)
    expect(
      (await rest('POST', '/api/customers', { token: world.a.token, body: { ...body, email: `x${body.email}` } }))
        .status,
    ).toBe(403)
    expect(
      (
        await rest('POST', '/api/customers', {
          token: tokenOf(world, 'marketing'),
          body: { ...body, email: `y${body.email}` },
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await rest('POST', '/api/customers', {
          token: tokenOf(world, 'sales'),
          body: { ...body, email: `z${body.email}` },
        })
      ).status,
    ).toBe(201)
  })

  it('registration cannot set a KYC status', async () => {
    const response = await rest('POST', '/api/customers', {
      body: { email: `kyc.${Date.now()}@customer.test`, password: 'a-long-password-1', kycStatus: 'verified' },
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors[0].path).toBe('kycStatus')
  })

  it('refuses markup in a name or an address over REST, field by field, and stores nothing', async () => {
    const email = `markup.${Date.now()}@customer.test`
    const created = await rest('POST', '/api/customers', {
      body: { email, password: 'a-long-password-1', firstName: 'Zoé', lastName: '<img src=x onerror=alert(1)>' },
    })
    expect(created.status).toBe(400)
    expect(created.body.errors[0].data.errors).toEqual([
      expect.objectContaining({ path: 'lastName', message: expect.stringMatching(/HTML/) }),
    ])
    expect((await payload.find({ collection: 'customers', where: { email: { equals: email } } })).totalDocs).toBe(0)

    const edited = await rest('PATCH', `/api/customers/${world.a.user.id}`, {
      token: world.a.token,
      body: { address: { line1: '12 rue <b>Haute</b>' } },
    })
    expect(edited.status).toBe(400)
    expect(edited.body.errors[0].data.errors[0].path).toBe('address.line1')
    expect((await payload.findByID({ collection: 'customers', id: world.a.user.id })).address?.line1).toBeFalsy()
  })

  it('a customer edits their profile and consents, never somebody else’s', async () => {
    const own = await rest('PATCH', `/api/customers/${world.a.user.id}`, {
      token: world.a.token,
      body: { phone: '+33 6 12 34 56 78', consents: { sms: { granted: true } } },
    })
    expect(own.status).toBe(200)
    const stored = await payload.findByID({ collection: 'customers', id: world.a.user.id })
    // Stored the way SMS providers take it.
    expect(stored.phone).toBe('+33612345678')
    expect(stored.consents?.sms?.granted).toBe(true)
    expect(stored.consents?.sms?.source).toBe('account')
    expect(stored.consentHistory).toEqual([
      expect.objectContaining({ channel: 'sms', granted: true, textVersion: '2026-11' }),
    ])

    const other = await rest('PATCH', `/api/customers/${world.b.user.id}`, {
      token: world.a.token,
      body: { phone: '+33 1 00 00 00 00' },
    })
    expect([403, 404]).toContain(other.status)
    expect((await payload.findByID({ collection: 'customers', id: world.b.user.id })).phone).toBeFalsy()
  })

  it('a customer writing a staff-only field is refused with a field-level message and nothing changes', async () => {
    const before = await payload.findByID({ collection: 'customers', id: world.a.user.id })
    const response = await rest('PATCH', `/api/customers/${world.a.user.id}`, {
      token: world.a.token,
      body: { firstName: 'Alicia', kycStatus: 'verified' },
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors).toEqual([
      expect.objectContaining({ path: 'kycStatus', message: 'This field is managed by Autoport staff.' }),
    ])
    const stored = await payload.findByID({ collection: 'customers', id: world.a.user.id })
    expect(stored.firstName).toBe('alice')
    expect(stored.kycStatus).toBe(before.kycStatus)
  })

  it('a customer cannot change their own e-mail address or verified flag over REST; staff can', async () => {
    const before = await payload.findByID({ collection: 'customers', id: world.a.user.id })
    const attempts = [
      [
        { email: `taken.${Date.now()}@attacker.test` },
        'email',
        'To change your e-mail address, use the form of your account: we send a link to the new address.',
      ],
      [{ _verified: false }, '_verified', 'Only Autoport staff can mark an address as verified.'],
    ] as const
    for (const [body, path, message] of attempts) {
      const response = await rest('PATCH', `/api/customers/${world.a.user.id}`, { token: world.a.token, body })
      expect(response.status, JSON.stringify(body)).toBe(400)
      expect(response.body.errors[0].data.errors).toEqual([expect.objectContaining({ path, message })])
    }
    const stored = await payload.findByID({ collection: 'customers', id: world.a.user.id })
    expect(stored.email).toBe(before.email)
    expect(stored._verified).toBe(before._verified)

    // Resending the address it already has is no change, as a form that sends every field does.
    const same = await rest('PATCH', `/api/customers/${world.a.user.id}`, {
      token: world.a.token,
      body: { email: before.email, firstName: 'alice' },
    })
    expect(same.status).toBe(200)

    const other = await payload.create({
      collection: 'customers',
      data: { email: `other.${Date.now()}@customer.test`, password: 'a-long-password-1' },
    })
    const moved = `moved.${Date.now()}@customer.test`
    const bySales = await rest('PATCH', `/api/customers/${other.id}`, {
      token: tokenOf(world, 'sales'),
      body: { email: moved },
    })
    expect(bySales.status).toBe(200)
    expect((await payload.findByID({ collection: 'customers', id: other.id })).email).toBe(moved)
  })

  it('sales updates KYC and notes; marketing cannot touch a profile', async () => {
    const sales = await rest('PATCH', `/api/customers/${world.b.user.id}`, {
      token: tokenOf(world, 'sales'),
      body: { internalNotes: 'Called on Monday' },
    })
    expect(sales.status).toBe(200)
    expect(
      (
        await rest('PATCH', `/api/customers/${world.b.user.id}`, {
          token: tokenOf(world, 'marketing'),
          body: { firstName: 'x' },
        })
      ).status,
    ).toBe(403)
  })

  it('only an admin deletes a customer', async () => {
    const spare = await payload.create({
      collection: 'customers',
      data: { email: `spare.${Date.now()}@customer.test`, password: 'a-long-password-1' },
    })
    expect((await rest('DELETE', `/api/customers/${spare.id}`, { token: tokenOf(world, 'sales') })).status).toBe(403)
    expect((await rest('DELETE', `/api/customers/${spare.id}`, { token: world.a.token })).status).toBe(403)
    expect((await rest('DELETE', `/api/customers/${spare.id}`, { token: tokenOf(world, 'admin') })).status).toBe(200)
  })

  it('a customer can never open the admin', async () => {
    const me = await rest('GET', '/api/customers/me', { token: world.a.token })
    expect(me.body.user.email).toBe(world.a.user.email)
    // Who is signed in, with their details: a shared cache must not hand it to the next visitor.
    expect(me.headers.get('cache-control')).toMatch(/\bno-store\b/)
    const anonymous = await rest('GET', '/api/customers/me')
    expect(anonymous.status).toBe(200)
    expect(anonymous.headers.get('cache-control')).toMatch(/\bno-store\b/)
    const access = await rest('GET', '/api/access', { token: world.a.token })
    expect(access.body.canAccessAdmin ?? false).toBe(false)
  })
})
