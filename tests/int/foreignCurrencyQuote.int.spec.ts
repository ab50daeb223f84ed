import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { getEnv } from '@/config/env'
import { vehicleData, type CustomerSession } from '../helpers/fixtures'
import { pricingSetup, openStockQuote } from '../helpers/pricing'
import { testPayload } from '../helpers/payload'
import { pdfText } from '../helpers/pdfText'
import { rawRest, rest } from '../helpers/rest'
import type { StaffSession } from '../helpers/staff'

/**
 * A car a Japanese dealer prices in yen, quoted through REST. ¥3 250 000 at the seeded (demo) customs
 * rate of December 2026, ¥162.35 per euro: 3 250 000 / 162.35 = 20 018.478… → €20 018.48. At staff's
 * ¥160: €20 312.50. The insurance default (0.5 % of the price) is read on the euro price:
 * 0.5 % × 20 018.48 = 100.09 → €100.09 (not 0.5 % of 3 250 000 read as cents, €162.50).
 */
describe('quote for a vehicle priced in yen', () => {
  let payload: Payload
  let sales: StaffSession
  let customer: CustomerSession

  beforeAll(async () => {
    payload = await testPayload()
    ;({ sales, customer } = await pricingSetup(
      payload,
      {
        validityDays: 14,
        depositPercent: 10,
        insurancePercent: 0.5,
        transport: [{ origin: 'JP', amount: 170_000, inland: 32_000 }],
        serviceFee: 99_000,
        technicalInspection: null,
      },
      'kenji',
    ))
  })

  async function yenQuote(): Promise<string> {
    const vehicle = await payload.create({
      collection: 'vehicles',
      data: vehicleData({
        make: 'Toyota',
        model: 'Prius',
        year: 2022,
        firstRegistrationDate: '2022-11-15T00:00:00.000Z',
        originCountry: 'JP',
        fuel: 'hybrid',
        co2WltpGKm: 135,
        massKg: 1_420,
        fiscalHp: 7,
        hasCoc: true,
        originStatement: true,
        collector: 'not_collector',
        typeApproval: 'eu',
        price: { amount: 3_250_000, currency: 'JPY' },
      }),
      context: { disableRevalidate: true },
    })
    expect(vehicle.price).toMatchObject({ amount: 3_250_000, currency: 'JPY' })
    expect(vehicle).toMatchObject({ collector: 'not_collector', typeApproval: 'eu' })
    return openStockQuote(sales, customer, vehicle.id, { region: 'ARA' })
  }

  const line = (quote: { lines?: { code: string; amount: number; rule?: string | null }[] | null }, code: string) =>
    quote.lines?.find((l) => l.code === code)

  it('converts at the customs rate of the month and keeps the rate with the calculation', async () => {
    const id = await yenQuote()
    const response = await rest('PATCH', `/api/quotes/${id}`, {
      token: sales.token,
      body: { reprice: true, pricingInputs: { registrationDate: '2026-12-10' } },
    })
    expect(response.status).toBe(200)
    const quote = await payload.findByID({ collection: 'quotes', id, depth: 0 })
    expect(line(quote, 'vehicle')).toMatchObject({
      amount: 2_001_848,
      rule:
        'Prix payé au vendeur (professionnel) : 3\u202f250\u202f000\u00a0¥ à 162,35\u00a0¥ pour un euro ' +
        '(taux douanier de décembre 2026) = 20\u202f018,48\u00a0€ — en vigueur depuis le 01/12/2026 — Sources : S75',
    })
    expect(line(quote, 'insurance')?.amount).toBe(10_009)
    const stored = quote.landedCost as {
      input: { vehiclePrice: number; isCollector: boolean | null; euTypeApproval: boolean | null }
      result: { basis: { exchange: unknown; customsValue: number } }
    }
    expect(stored.input).toMatchObject({ vehiclePrice: 2_001_848, isCollector: false, euTypeApproval: true })
    expect(stored.result.basis.exchange).toEqual({
      currency: 'JPY',
      amount: 3_250_000,
      perEuro: '162.35',
      date: '2026-12-01',
      source: 'customs',
      sourceIds: ['S75'],
      euroCents: 2_001_848,
    })
    // Customs value = 20 018.48 + freight 1 700.00 + insurance 100.09 = €21 818.57.
    expect(stored.result.basis.customsValue).toBe(2_181_857)
  })

  it('uses staff’s rate, normalised, and stores it with the day it was read', async () => {
    const id = await yenQuote()
    const response = await rest('PATCH', `/api/quotes/${id}`, {
      token: sales.token,
      body: {
        reprice: true,
        pricingInputs: { registrationDate: '2026-12-10', exchangeRate: { perEuro: '160.00', date: '2026-12-02' } },
      },
    })
    expect(response.status).toBe(200)
    const quote = await payload.findByID({ collection: 'quotes', id, depth: 0 })
    expect(quote.pricingInputs?.exchangeRate?.perEuro).toBe('160')
    expect(line(quote, 'vehicle')?.amount).toBe(2_031_250)
    expect(line(quote, 'vehicle')?.rule).toBe(
      'Prix payé au vendeur (professionnel) : 3\u202f250\u202f000\u00a0¥ à 160\u00a0¥ pour un euro ' +
        '(taux relevé par nos soins le 02/12/2026) = 20\u202f312,50\u00a0€ — en vigueur depuis le 02/12/2026',
    )
    const stored = quote.landedCost as { result: { basis: { exchange: unknown } } }
    expect(stored.result.basis.exchange).toMatchObject({
      perEuro: '160',
      date: '2026-12-02',
      source: 'staff',
      euroCents: 2_031_250,
    })
  })

  it('prints the rate on the PDF the customer downloads, though the calculation is staff-only', async () => {
    const id = await yenQuote()
    await rest('PATCH', `/api/quotes/${id}`, {
      token: sales.token,
      body: { reprice: true, pricingInputs: { registrationDate: '2026-12-10' } },
    })
    const sent = await rest('PATCH', `/api/quotes/${id}`, { token: sales.token, body: { status: 'sent' } })
    expect(sent.status).toBe(200)
    const own = await rest('GET', `/api/quotes/${id}`, { token: customer.token })
    expect(own.body.landedCost).toBeUndefined()
    const response = await rawRest(
      new Request(new URL(`/api/quotes/${id}/pdf?locale=en`, getEnv().SERVER_URL), {
        headers: { authorization: `JWT ${customer.token}` },
      }),
    )
    expect(response.status).toBe(200)
    const text = (await pdfText(new Uint8Array(await response.arrayBuffer()))).replace(/[\s\u202f\u00a0]+/g, ' ')
    expect(text).toContain('JP¥3,250,000 at JP¥162.35 per euro (customs rate of December 2026) = €20,018.48')
  })

  it('refuses a rate that is not a positive number, or one without its day, on the field', async () => {
    const id = await yenQuote()
    for (const perEuro of ['0', '-162.35', 'abc', 0]) {
      const response = await rest('PATCH', `/api/quotes/${id}`, {
        token: sales.token,
        body: {
          reprice: true,
          pricingInputs: { registrationDate: '2026-12-10', exchangeRate: { perEuro, date: '2026-12-02' } },
        },
      })
      expect(response.status, String(perEuro)).toBe(400)
      expect(response.body.errors[0].data.errors[0].path).toBe('pricingInputs.exchangeRate.perEuro')
    }
    // Saved without repricing, the field's own validation refuses it.
    const saved = await rest('PATCH', `/api/quotes/${id}`, {
      token: sales.token,
      body: { pricingInputs: { exchangeRate: { perEuro: 'abc', date: '2026-12-02' } } },
    })
    expect(saved.status).toBe(400)
    expect(saved.body.errors[0].data.errors[0]).toMatchObject({
      path: 'pricingInputs.exchangeRate.perEuro',
      message: expect.stringContaining('positive number'),
    })
    const undated = await rest('PATCH', `/api/quotes/${id}`, {
      token: sales.token,
      body: { reprice: true, pricingInputs: { exchangeRate: { perEuro: '160' } } },
    })
    expect(undated.status).toBe(400)
    expect(undated.body.errors[0].data.errors[0].path).toBe('pricingInputs.exchangeRate.date')
  })

  it('refuses to price a month without a rate, naming the exchange rate', async () => {
    const id = await yenQuote()
    const response = await rest('PATCH', `/api/quotes/${id}`, {
      token: sales.token,
      body: { reprice: true, pricingInputs: { registrationDate: '2027-05-03' } },
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors[0]).toMatchObject({
      path: 'pricingInputs.exchangeRate.perEuro',
      message: expect.stringContaining('No JPY exchange rate is held for May 2027'),
    })
  })
})
