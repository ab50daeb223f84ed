import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { quotePdfForSystem } from '@/collections/Quotes/quoteData'
import { getEnv } from '@/config/env'
import type { Quote } from '@/payload-types'
import type { World } from '../../helpers/fixtures'
import { pdfText } from '../../helpers/pdfText'
import { rawRest } from '../../helpers/rest'
import { freshWorld } from '../../helpers/world'

const context = { disableRevalidate: true }
/** Spaces as Intl writes them in French amounts (narrow and no-break) read as plain spaces. */
const flat = (text: string) => text.replace(/[\s\u202f]+/g, ' ')
const head = (bytes: Uint8Array) => Buffer.from(bytes.slice(0, 5)).toString('latin1')

async function download(path: string, token?: string) {
  const headers = new Headers(token ? { authorization: `JWT ${token}` } : {})
  const response = await rawRest(new Request(new URL(path, getEnv().SERVER_URL), { headers }))
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) }
}

describe('the quote as a PDF', () => {
  let payload: Payload
  let world: World
  let quote: Quote
  let unpriced: Quote

  beforeAll(async () => {
    ;({ payload, world } = await freshWorld())
    await payload.updateGlobal({
      slug: 'site-settings',
      context,
      data: {
        seller: {
          legalName: 'Autoport SAS',
          address: '14 rue de Gerland\n69007 Lyon',
          siret: '912 345 678 00017',
          invoiceNote: 'Devis gratuit, sans engagement.',
        },
      },
    })
    const priced = await payload.create({
      collection: 'quotes',
      context,
      data: {
        kind: 'stock',
        customer: world.a.user.id,
        vehicle: world.vehicle.id,
        destination: { country: 'FR', region: 'IDF' },
        status: 'in_progress',
        margin: { kind: 'fixed', amount: 150_000 },
        deposit: { kind: 'percent', percent: 10 },
        validUntil: new Date(Date.now() + 14 * 86_400_000).toISOString(),
        lines: [
          { code: 'vehicle', label: 'Véhicule', amount: 3_000_000, override: null, vatIncluded: false },
          { code: 'import_vat', label: 'TVA à l’importation', amount: 600_000, override: null, vatIncluded: false },
          { code: 'regional_tax', label: 'Taxe régionale', amount: 50_000, override: 46_000, vatIncluded: false },
        ],
      },
    })
    // Staff proposing a car sold since: customers can no longer read it, their quote must still show it.
    quote = await payload.update({
      collection: 'quotes',
      id: priced.id,
      data: { status: 'sent', vehicle: world.soldVehicle.id },
      context,
    })
    expect(quote.totals?.total).toBe(3_796_000)
    unpriced = await payload.create({
      collection: 'quotes',
      context,
      data: {
        kind: 'sourcing',
        customer: world.a.user.id,
        sourcing: { make: 'Porsche', model: '911', yearFrom: 2015, budget: 8_000_000 },
        destination: { country: 'FR', region: 'IDF' },
        status: 'requested',
      },
    })
  })

  it('gives the owning customer and sales staff the priced quote', async () => {
    for (const token of [world.a.token, world.staff.sales.token, world.staff.admin.token]) {
      const { response, bytes } = await download(`/api/quotes/${quote.id}/pdf`, token)
      expect(response.status).toBe(200)
      expect(head(bytes)).toBe('%PDF-')
      expect(response.headers.get('content-type')).toBe('application/pdf')
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${quote.number}.pdf"`)
      expect(response.headers.get('cache-control')).toMatch(/private, no-store/)
      const text = flat(await pdfText(bytes))
      for (const expected of [
        'Devis',
        `Numéro ${quote.number}`,
        'Valable jusqu’au',
        `VIN ${world.soldVehicle.vin}`,
        'Provenance Allemagne',
        'Kilométrage 42 000 km',
        'Véhicule 30 000,00 €',
        'TVA à l’importation 6 000,00 €',
        'Taxe régionale 460,00 €',
        'Frais de service Autoport 1 500,00 €',
        'Total TTC 37 960,00 €',
        'Acompte à verser à l’acceptation 3 796,00 €',
        `${getEnv().SERVER_URL}/account/quotes/${quote.id}`,
        'Devis gratuit, sans engagement.',
      ])
        expect(text).toContain(expected)
    }
    const english = flat(await pdfText((await download(`/api/quotes/${quote.id}/pdf?locale=en`, world.a.token)).bytes))
    expect(english).toContain('Total incl. VAT €37,960.00')
    expect(english).toContain(`${getEnv().SERVER_URL}/en/account/quotes/${quote.id}`)
  })

  it('answers 404 to another customer, to anonymous, to marketing and for a made-up id', async () => {
    for (const token of [world.b.token, undefined, world.staff.marketing.token]) {
      expect((await download(`/api/quotes/${quote.id}/pdf`, token)).response.status).toBe(404)
    }
    expect((await download('/api/quotes/not-an-id/pdf', world.staff.sales.token)).response.status).toBe(404)
  })

  it('answers 404 with a message while the quote is not priced', async () => {
    for (const token of [world.a.token, world.staff.sales.token]) {
      const { response, bytes } = await download(`/api/quotes/${unpriced.id}/pdf`, token)
      expect(response.status).toBe(404)
      expect(JSON.parse(Buffer.from(bytes).toString()).errors[0].message).toMatch(/not priced/)
    }
    // Priced figures of a quote staff reopened are drafts again.
    await payload.update({ collection: 'quotes', id: quote.id, data: { status: 'in_progress' }, context })
    expect((await download(`/api/quotes/${quote.id}/pdf`, world.a.token)).response.status).toBe(404)
    await payload.update({ collection: 'quotes', id: quote.id, data: { status: 'sent' }, context })
    expect((await download(`/api/quotes/${quote.id}/pdf`, world.a.token)).response.status).toBe(200)
  })

  it('hands the e-mail job the file named after the quote, and nothing for a quote not priced', async () => {
    const file = await quotePdfForSystem(payload, quote.id, 'fr')
    expect(file?.filename).toBe(`${quote.number}.pdf`)
    expect(head(file!.content)).toBe('%PDF-')
    expect(flat(await pdfText(file!.content))).toContain('Total TTC 37 960,00 €')

    const english = await quotePdfForSystem(payload, quote.id, 'en')
    expect(flat(await pdfText(english!.content))).toContain('Deposit to pay on acceptance €3,796.00')

    expect(await quotePdfForSystem(payload, unpriced.id, 'fr')).toBeNull()
    expect(await quotePdfForSystem(payload, '00000000-0000-4000-8000-000000000000', 'fr')).toBeNull()
    expect(await quotePdfForSystem(payload, 'not-an-id', 'fr')).toBeNull()
  })
})
