import type { Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'

import { Dashboard } from '@/admin/dashboard/Dashboard'
import type { World } from '../helpers/fixtures'
import { freshWorld } from '../helpers/world'

// What staff read once the dashboard is rendered, spaces made plain (French groups digits with
// narrow no-break spaces).
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&apos;/g, "'")
    .replace(/[\s\u00a0\u202f]+/g, ' ')

describe('the staff dashboard, in the admin user’s language', () => {
  let payload: Payload
  let world: World
  beforeAll(async () => {
    ;({ payload, world } = await freshWorld())
    // A request waiting for an answer, so the first list has a line to name.
    await payload.create({
      collection: 'quotes',
      data: {
        kind: 'stock',
        status: 'requested',
        customer: world.b.user.id,
        vehicle: world.vehicle.id,
        destination: { country: 'FR', region: 'IDF' },
      },
      context: { disableRevalidate: true },
    })
  })

  const render = async (language: 'fr' | 'en') =>
    text(
      renderToStaticMarkup(
        (await Dashboard({ payload, user: world.staff.sales.user, i18n: { language } as never })) as never,
      ),
    )

  it('speaks French, writes money the French way and names customers', async () => {
    const page = await render('fr')
    expect(page).toContain('Devis à traiter')
    expect(page).toContain('Commandes par étape')
    expect(page).toContain('Acompte en attente')
    expect(page).toMatch(/Acomptes attendus \d+ \d{1,3}( \d{3})*,\d{2} €/)
    expect(page).toContain(`${world.b.user.firstName} ${world.b.user.lastName}`)
    expect(page).not.toContain(world.b.user.email)
    expect(page).not.toContain(world.b.user.id)
  })

  it('speaks English to staff who chose it, with English money', async () => {
    const page = await render('en')
    expect(page).toContain('Quotes to answer')
    expect(page).toContain('Orders by milestone')
    expect(page).toMatch(/Deposits awaited \d+ €\d{1,3}(,\d{3})*\.\d{2}/)
    expect(page).toContain(`${world.b.user.firstName} ${world.b.user.lastName}`)
  })
})
