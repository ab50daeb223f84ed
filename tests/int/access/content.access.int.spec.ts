import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { PNG_1X1, type World } from '../../helpers/fixtures'
import { rest } from '../../helpers/rest'
import { freshWorld, tokenOf, type Actor } from '../../helpers/world'

const layout = [{ blockType: 'faq', heading: 'Questions', items: [{ question: 'Délai ?', answer: 'Six semaines.' }] }]

describe('media, pages and globals access', () => {
  let payload: Payload
  let world: World
  beforeAll(async () => ({ payload, world } = await freshWorld()))

  it('anyone reads media; staff manage it; customers and visitors do not', async () => {
    expect((await rest('GET', `/api/media/${world.media.id}`)).status).toBe(200)
    const form = () => {
      const data = new FormData()
      data.append('file', new Blob([new Uint8Array(PNG_1X1)], { type: 'image/png' }), 'pixel.png')
      data.append('_payload', JSON.stringify({ alt: 'Pixel' }))
      return data
    }
    expect((await rest('POST', '/api/media', { token: tokenOf(world, 'marketing'), body: form() })).status).toBe(201)
    expect((await rest('POST', '/api/media', { token: world.a.token, body: form() })).status).toBe(403)
    expect((await rest('POST', '/api/media', { body: form() })).status).toBe(403)
    expect(
      (await rest('PATCH', `/api/media/${world.media.id}`, { token: world.a.token, body: { alt: 'x' } })).status,
    ).toBe(403)
    expect(
      (
        await rest('PATCH', `/api/media/${world.media.id}`, {
          token: tokenOf(world, 'marketing'),
          body: { alt: 'Red car' },
        })
      ).status,
    ).toBe(200)
    expect((await rest('DELETE', `/api/media/${world.media.id}`)).status).toBe(403)
  })

  it.each<Actor>(['anonymous', 'customer'])('%s reads published pages only', async (actor) => {
    expect((await rest('GET', `/api/pages/${world.page.id}`, { token: tokenOf(world, actor) })).status).toBe(200)
    expect(
      (await rest('GET', `/api/pages/${world.draftPage.id}?draft=true`, { token: tokenOf(world, actor) })).status,
    ).toBe(404)
  })

  it('marketing writes pages; sales and customers cannot', async () => {
    const body = { title: 'Import du Japon', layout, _status: 'published' }
    expect((await rest('POST', '/api/pages', { token: tokenOf(world, 'marketing'), body })).status).toBe(201)
    expect((await rest('POST', '/api/pages', { token: tokenOf(world, 'sales'), body })).status).toBe(403)
    expect((await rest('POST', '/api/pages', { token: world.a.token, body })).status).toBe(403)
    expect(
      (await rest('PATCH', `/api/pages/${world.page.id}`, { token: tokenOf(world, 'sales'), body: { title: 'x' } }))
        .status,
    ).toBe(403)
    expect(
      (
        await rest('PATCH', `/api/pages/${world.page.id}`, {
          token: tokenOf(world, 'marketing'),
          body: { title: 'Qui sommes-nous' },
        })
      ).status,
    ).toBe(200)
    expect((await rest('DELETE', `/api/pages/${world.draftPage.id}`, { token: tokenOf(world, 'sales') })).status).toBe(
      403,
    )
    expect(
      (await rest('DELETE', `/api/pages/${world.draftPage.id}`, { token: tokenOf(world, 'marketing') })).status,
    ).toBe(200)
  })

  it('site settings: public read without bank details; marketing edits; customers and sales cannot', async () => {
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { siteName: 'Autoport', bankDetails: { iban: 'FR76 3000 6000 0112 3456 7890 189' } },
    })
    const anonymous = await rest('GET', '/api/globals/site-settings')
    expect(anonymous.status).toBe(200)
    expect(anonymous.body.bankDetails).toBeUndefined()
    const customer = await rest('GET', '/api/globals/site-settings', { token: world.a.token })
    expect(customer.body.bankDetails.iban).toMatch(/^FR76/)
    expect(
      (
        await rest('POST', '/api/globals/site-settings', {
          token: tokenOf(world, 'marketing'),
          body: { tagline: 'Importer sans surprise' },
        })
      ).status,
    ).toBe(200)
    expect(
      (await rest('POST', '/api/globals/site-settings', { token: tokenOf(world, 'sales'), body: { tagline: 'x' } }))
        .status,
    ).toBe(403)
    expect(
      (await rest('POST', '/api/globals/site-settings', { token: world.a.token, body: { tagline: 'x' } })).status,
    ).toBe(403)
  })

  it('marketing cannot change the bank details', async () => {
    const response = await rest('POST', '/api/globals/site-settings', {
      token: tokenOf(world, 'marketing'),
      body: { bankDetails: { iban: 'GB00 FAKE' } },
    })
    expect(response.status).toBe(400)
    const settings = await payload.findGlobal({ slug: 'site-settings' })
    expect(settings.bankDetails?.iban).toMatch(/^FR76/)
  })

  it('only an admin changes the quote defaults: marketing is refused on the field', async () => {
    const before = await payload.findGlobal({ slug: 'site-settings' })
    const response = await rest('POST', '/api/globals/site-settings', {
      token: tokenOf(world, 'marketing'),
      body: { quoteDefaults: { serviceFee: 1 } },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('Only an admin can change the quote defaults.')
    expect((await payload.findGlobal({ slug: 'site-settings' })).quoteDefaults?.serviceFee).toBe(
      before.quoteDefaults?.serviceFee,
    )
    const admin = await rest('POST', '/api/globals/site-settings', {
      token: tokenOf(world, 'admin'),
      body: { quoteDefaults: { serviceFee: 123_400 } },
    })
    expect(admin.status).toBe(200)
    expect((await payload.findGlobal({ slug: 'site-settings' })).quoteDefaults?.serviceFee).toBe(123_400)
    await payload.updateGlobal({ slug: 'site-settings', data: { quoteDefaults: before.quoteDefaults } })
  })

  it('import rules: public read, edited by sales and admin only', async () => {
    expect((await rest('GET', '/api/globals/import-rules')).status).toBe(200)
    expect(
      (await rest('POST', '/api/globals/import-rules', { token: tokenOf(world, 'marketing'), body: {} })).status,
    ).toBe(403)
    expect((await rest('POST', '/api/globals/import-rules', { token: world.a.token, body: {} })).status).toBe(403)
    expect((await rest('POST', '/api/globals/import-rules', { body: {} })).status).toBe(403)
  })

  it('customers never read staff accounts', async () => {
    expect((await rest('GET', '/api/users', { token: world.a.token })).status).toBe(403)
    expect((await rest('GET', `/api/users/${world.staff.sales.user.id}`, { token: world.a.token })).status).toBe(403)
  })
})
