import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { World } from '../../helpers/fixtures'
import { rest } from '../../helpers/rest'
import { freshWorld, tokenOf, type Actor } from '../../helpers/world'

const answer = { at: new Date().toISOString(), visitorId: 'f'.repeat(32), textVersion: 'x', choices: { maps: true } }

describe('consent-records access: evidence nobody may forge or edit', () => {
  let payload: Payload
  let world: World
  let id: number | string
  beforeAll(async () => {
    ;({ payload, world } = await freshWorld())
    // The storefront's consent route is the only writer.
    id = (await payload.create({ collection: 'consent-records', data: answer, overrideAccess: true })).id
  })

  it.each<Actor>(['anonymous', 'customer', 'admin', 'sales', 'marketing'])('%s cannot create one', async (actor) => {
    expect((await rest('POST', '/api/consent-records', { token: tokenOf(world, actor), body: answer })).status).toBe(
      403,
    )
  })

  it.each<Actor>(['anonymous', 'customer', 'admin', 'sales', 'marketing'])(
    '%s cannot change or delete one',
    async (actor) => {
      const token = tokenOf(world, actor)
      const patch = await rest('PATCH', `/api/consent-records/${id}`, { token, body: { choices: { maps: false } } })
      expect(patch.status).toBe(403)
      expect((await rest('DELETE', `/api/consent-records/${id}`, { token })).status).toBe(403)
    },
  )

  it.each<Actor>(['admin', 'sales', 'marketing'])('%s reads them', async (actor) => {
    const response = await rest('GET', `/api/consent-records/${id}`, { token: tokenOf(world, actor) })
    expect(response.status).toBe(200)
    expect((response.body as { choices: { maps: boolean } }).choices.maps).toBe(true)
  })

  it.each<Actor>(['anonymous', 'customer'])('%s reads none', async (actor) => {
    expect((await rest('GET', `/api/consent-records/${id}`, { token: tokenOf(world, actor) })).status).toBe(403)
    expect((await rest('GET', '/api/consent-records', { token: tokenOf(world, actor) })).status).toBe(403)
  })

  it('the record is unchanged after all that', async () => {
    const record = await payload.findByID({ collection: 'consent-records', id, overrideAccess: true })
    expect(record.choices?.maps).toBe(true)
  })
})
