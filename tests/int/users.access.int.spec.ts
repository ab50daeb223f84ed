import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { testPayload } from '../helpers/payload'
import { resetDatabase } from '../helpers/resetDatabase'
import { rest } from '../helpers/rest'
import { createStaff, type StaffSession } from '../helpers/staff'

describe('users (staff) access over REST', () => {
  let payload: Payload
  let staff: Record<'admin' | 'sales' | 'marketing', StaffSession>

  beforeAll(async () => {
    payload = await testPayload()
    await resetDatabase(payload)
    staff = await createStaff(payload)
  })

  const newMember = (role: string) => ({
    email: `new.${role}.${Math.random().toString(36).slice(2)}@staff.test`,
    password: 'another-long-password',
    role,
  })

  it('lets an admin create a staff member with a role', async () => {
    const response = await rest('POST', '/api/users', { token: staff.admin.token, body: newMember('marketing') })
    expect(response.status).toBe(201)
    expect(response.body.doc.role).toBe('marketing')
  })

  it.each(['sales', 'marketing'] as const)('refuses user creation to %s', async (role) => {
    const before = await payload.count({ collection: 'users' })
    const response = await rest('POST', '/api/users', { token: staff[role].token, body: newMember('sales') })
    expect(response.status).toBe(403)
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(before.totalDocs)
  })

  it('refuses every operation to an anonymous visitor', async () => {
    expect((await rest('GET', '/api/users')).status).toBe(403)
    expect((await rest('POST', '/api/users', { body: newMember('admin') })).status).toBe(403)
    expect((await rest('PATCH', `/api/users/${staff.sales.user.id}`, { body: { name: 'x' } })).status).toBe(403)
    expect((await rest('DELETE', `/api/users/${staff.sales.user.id}`)).status).toBe(403)
  })

  it('lets staff read the team list', async () => {
    const response = await rest('GET', '/api/users', { token: staff.marketing.token })
    expect(response.status).toBe(200)
    expect(response.body.totalDocs).toBeGreaterThanOrEqual(3)
  })

  it('lets a sales user edit their own name but not somebody else', async () => {
    const own = await rest('PATCH', `/api/users/${staff.sales.user.id}`, {
      token: staff.sales.token,
      body: { name: 'Samir S.' },
    })
    expect(own.status).toBe(200)
    expect(own.body.doc.name).toBe('Samir S.')

    const other = await rest('PATCH', `/api/users/${staff.marketing.user.id}`, {
      token: staff.sales.token,
      body: { name: 'Hacked' },
    })
    expect(other.status).toBe(403)
    const unchanged = await payload.findByID({ collection: 'users', id: staff.marketing.user.id })
    expect(unchanged.name).toBe('marketing tester')
  })

  it('refuses a non-admin who tries to change their own role, with a field-level reason', async () => {
    const response = await rest('PATCH', `/api/users/${staff.sales.user.id}`, {
      token: staff.sales.token,
      body: { role: 'admin' },
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors).toEqual([
      expect.objectContaining({ path: 'role', message: 'Only an admin can change a role.' }),
    ])
    const unchanged = await payload.findByID({ collection: 'users', id: staff.sales.user.id })
    expect(unchanged.role).toBe('sales')
  })

  it('lets an admin change a role, and deny deleting to others', async () => {
    const response = await rest('PATCH', `/api/users/${staff.marketing.user.id}`, {
      token: staff.admin.token,
      body: { role: 'sales' },
    })
    expect(response.status).toBe(200)
    expect(response.body.doc.role).toBe('sales')
    expect((await rest('DELETE', `/api/users/${staff.marketing.user.id}`, { token: staff.sales.token })).status).toBe(
      403,
    )
  })

  it('keeps at least one admin', async () => {
    const admins = await payload.find({ collection: 'users', where: { role: { equals: 'admin' } } })
    expect(admins.totalDocs).toBe(1)
    const demote = await rest('PATCH', `/api/users/${staff.admin.user.id}`, {
      token: staff.admin.token,
      body: { role: 'sales' },
    })
    expect(demote.status).toBe(400)
    const remove = await rest('DELETE', `/api/users/${staff.admin.user.id}`, { token: staff.admin.token })
    expect(remove.status).toBe(400)
    expect((await payload.findByID({ collection: 'users', id: staff.admin.user.id })).role).toBe('admin')
  })

  it('never locks an account: wrong passwords only slow down the address that sends them', async () => {
    const email = staff.sales.user.email
    const from = { 'x-forwarded-for': `198.51.100.${Math.floor(Math.random() * 250)}` }
    for (let attempt = 0; attempt < 5; attempt++) {
      const response = await rest('POST', '/api/users/login', {
        body: { email, password: 'wrong-password' },
        headers: from,
      })
      expect([401, 429]).toContain(response.status)
    }
    const elsewhere = { 'x-forwarded-for': `203.0.113.${Math.floor(Math.random() * 250)}` }
    const login = await rest('POST', '/api/users/login', {
      body: { email, password: 'correct-horse-battery' },
      headers: elsewhere,
    })
    expect(login.status).toBe(200)
  })
})

describe('first user', () => {
  it('becomes admin on an empty installation, whatever role was asked', async () => {
    const payload = await testPayload()
    await resetDatabase(payload)
    const response = await rest('POST', '/api/users/first-register', {
      body: { email: 'founder@staff.test', password: 'founder-password-1', confirm: 'founder-password-1' },
    })
    expect(response.status).toBe(200)
    const [founder] = (await payload.find({ collection: 'users' })).docs
    expect(founder?.role).toBe('admin')
  })
})
