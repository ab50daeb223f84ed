import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { parseNumber } from '@/domain/numbering'
import { createCustomer, vehicleData, type CustomerSession } from '../helpers/fixtures'
import { pricingSetup, openStockQuote } from '../helpers/pricing'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import type { StaffSession } from '../helpers/staff'

describe('quote builder', () => {
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
        transport: [{ origin: 'DE', amount: 90_000, inland: 0 }],
        serviceFee: 99_000,
        technicalInspection: null,
      },
      'claire',
    ))
  })

  async function newQuote(vehicleOverrides: Parameters<typeof vehicleData>[0] = {}, buyer: CustomerSession = customer) {
    const vehicle = await payload.create({
      collection: 'vehicles',
      data: vehicleData(vehicleOverrides),
      context: { disableRevalidate: true },
    })
    return openStockQuote(sales, buyer, vehicle.id)
  }

  it('prices a stock vehicle from the landed cost, line by line with rules and sources', async () => {
    const id = await newQuote({
      firstRegistrationDate: '2021-06-10T00:00:00.000Z',
      co2WltpGKm: 148,
      massKg: 1_650,
      fiscalHp: 8,
    })
    const response = await rest('PATCH', `/api/quotes/${id}`, {
      token: sales.token,
      body: { reprice: true, pricingInputs: { registrationDate: '2026-11-25' } },
    })
    expect(response.status).toBe(200)
    const quote = await payload.findByID({ collection: 'quotes', id, depth: 0 })
    const codes = quote.lines?.map((line) => line.code)
    expect(codes).toEqual(
      expect.arrayContaining(['vehicle', 'transport', 'insurance', 'co2_malus', 'regional_tax', 'y4', 'y5']),
    )
    expect(codes).not.toContain('customs_duty')
    const malus = quote.lines?.find((line) => line.code === 'co2_malus')
    expect(malus?.rule).toMatch(/2021/)
    expect(malus?.rule).toMatch(/Sources ?: /)
    // The customer reads French (the default): label and explanation are French.
    expect(malus?.label).toBe('Malus CO2')
    expect(malus?.rule).toMatch(/^Malus CO2, grille 2021 WLTP, 148 g → .* — Sources : /)
    expect(quote.status).toBe('in_progress')
    expect(quote.validUntil).toBeTruthy()
    const linesTotal = quote.lines!.reduce((sum, line) => sum + (line.override ?? line.amount), 0)
    expect(quote.totals?.subtotal).toBe(linesTotal)
    expect(quote.totals?.serviceFee).toBe(99_000)
    expect(quote.totals?.total).toBe(linesTotal + 99_000)
    expect(quote.totals?.depositDue).toBe(Math.round((linesTotal + 99_000) / 10))
  })

  it('prices twenty times at once into one consistent quote', async () => {
    const id = await newQuote({ firstRegistrationDate: '2021-06-10T00:00:00.000Z', co2WltpGKm: 148 })
    const body = { reprice: true, pricingInputs: { registrationDate: '2026-11-25' } }
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => rest('PATCH', `/api/quotes/${id}`, { token: sales.token, body })),
    )
    // The saves queue on the quote's row; those that find every connection busy are told to retry
    // (503, Retry-After) and change nothing. None may fail otherwise or leave half a quote.
    const refused = responses.filter((response) => response.status !== 200)
    expect(refused.map((response) => response.status)).toEqual(refused.map(() => 503))
    expect(refused.map((response) => response.headers.get('retry-after'))).toEqual(refused.map(() => '1'))
    expect(responses.some((response) => response.status === 200)).toBe(true)
    const quote = await payload.findByID({ collection: 'quotes', id, depth: 0 })
    const codes = quote.lines!.map((line) => line.code)
    expect(new Set(codes).size).toBe(codes.length)
    const calculation = quote.landedCost as { result: { lines: unknown[]; total: number } }
    expect(quote.lines).toHaveLength(calculation.result.lines.length)
    const linesTotal = quote.lines!.reduce((sum, line) => sum + line.amount, 0)
    expect(linesTotal).toBe(calculation.result.total)
    expect(quote.totals?.total).toBe(linesTotal + 99_000)
  })

  it('explains the lines in English to a customer who reads English', async () => {
    const english = await createCustomer(payload, 'john')
    await payload.update({ collection: 'customers', id: english.user.id, data: { language: 'en' } })
    const id = await newQuote({ firstRegistrationDate: '2021-06-10T00:00:00.000Z', co2WltpGKm: 148 }, english)
    await rest('PATCH', `/api/quotes/${id}`, {
      token: sales.token,
      body: { reprice: true, pricingInputs: { registrationDate: '2026-11-25' } },
    })
    const quote = await payload.findByID({ collection: 'quotes', id, depth: 0 })
    const malus = quote.lines?.find((line) => line.code === 'co2_malus')
    expect(malus?.label).toBe('CO2 malus')
    expect(malus?.rule).toMatch(/^CO2 malus grid 2021 WLTP, 148 g → €\d+, age \d+ months .* — Sources: /)
  })

  it('keeps a staff amount over the computed one and recomputes the totals', async () => {
    const id = await newQuote()
    await rest('PATCH', `/api/quotes/${id}`, { token: sales.token, body: { reprice: true } })
    const priced = await payload.findByID({ collection: 'quotes', id, depth: 0 })
    const lines = priced.lines!.map((line) => (line.code === 'transport' ? { ...line, override: 50_000 } : line))
    const response = await rest('PATCH', `/api/quotes/${id}`, { token: sales.token, body: { lines } })
    expect(response.status).toBe(200)
    const updated = await payload.findByID({ collection: 'quotes', id, depth: 0 })
    expect(updated.totals?.subtotal).toBe((priced.totals?.subtotal ?? 0) - 90_000 + 50_000)

    await rest('PATCH', `/api/quotes/${id}`, { token: sales.token, body: { reprice: true } })
    const repriced = await payload.findByID({ collection: 'quotes', id, depth: 0 })
    expect(repriced.lines!.find((line) => line.code === 'transport')!.override).toBe(50_000)
  })

  it('sends a priced quote; an unpriced one cannot be sent', async () => {
    const empty = await newQuote()
    const refused = await rest('PATCH', `/api/quotes/${empty}`, { token: sales.token, body: { status: 'in_progress' } })
    expect(refused.status).toBe(200)
    const unsent = await rest('PATCH', `/api/quotes/${empty}`, { token: sales.token, body: { status: 'sent' } })
    expect(unsent.status).toBe(400)
    expect(unsent.body.errors[0].data.errors[0].path).toBe('lines')

    const id = await newQuote()
    await rest('PATCH', `/api/quotes/${id}`, { token: sales.token, body: { reprice: true } })
    const sent = await rest('PATCH', `/api/quotes/${id}`, { token: sales.token, body: { status: 'sent' } })
    expect(sent.status).toBe(200)
    const quote = await payload.findByID({ collection: 'quotes', id, depth: 0 })
    expect(quote.status).toBe('sent')
    expect(quote.sentAt).toBeTruthy()
  })

  it('turns a quote the customer accepts into an order, even when the answer asks for a trimmed reply', async () => {
    const id = await newQuote({ make: 'Porsche', model: '911', trim: 'Carrera', year: 2019 })
    await rest('PATCH', `/api/quotes/${id}`, { token: sales.token, body: { reprice: true } })
    await rest('PATCH', `/api/quotes/${id}`, { token: sales.token, body: { status: 'sent' } })
    const accepted = await rest('PATCH', `/api/quotes/${id}?select[status]=true`, {
      token: customer.token,
      body: { status: 'accepted' },
    })
    expect(accepted.status).toBe(200)

    const quote = await payload.findByID({ collection: 'quotes', id, depth: 0 })
    expect(quote.status).toBe('converted')
    expect(quote.vehicleLabel).toBe('Porsche 911 Carrera · 2019')
    const order = await payload.findByID({ collection: 'orders', id: quote.order as string, depth: 0 })
    expect(order.customer).toBe(customer.user.id)
    expect(order.totals?.total).toBe(quote.totals?.total)

    // Sold, the car leaves the public inventory; its buyer still reads what they bought.
    await payload.update({
      collection: 'vehicles',
      id: order.vehicle as string,
      data: { status: 'sold' },
      context: { disableRevalidate: true },
    })
    const mine = await rest('GET', `/api/orders/${order.id}?depth=1`, { token: customer.token })
    expect(mine.status).toBe(200)
    expect(mine.body.vehicleLabel).toBe('Porsche 911 Carrera · 2019')
    expect(typeof mine.body.vehicle === 'object' && mine.body.vehicle?.title).toBeFalsy()
  })

  it('refuses to guess when the car lacks the CO2 figure its grid is written in', async () => {
    // A 2015 car pays the malus of its year's grid, which is NEDC: a WLTP figure is no substitute.
    const id = await newQuote({ firstRegistrationDate: '2015-05-01T00:00:00.000Z', year: 2015, co2NedcGKm: null })
    const response = await rest('PATCH', `/api/quotes/${id}`, { token: sales.token, body: { reprice: true } })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors[0].path).toBe('vehicle')
    expect(response.body.errors[0].data.errors[0].message).toMatch(/co2NedcGKm.*2014 CO2 grid is NEDC/)
    expect((await payload.findByID({ collection: 'quotes', id, depth: 0 })).lines ?? []).toEqual([])
  })

  it('prices a car first registered before 2017 from the grid of its year', async () => {
    const id = await newQuote({ firstRegistrationDate: '2015-05-01T00:00:00.000Z', year: 2015, co2NedcGKm: 160 })
    const response = await rest('PATCH', `/api/quotes/${id}`, { token: sales.token, body: { reprice: true } })
    expect(response.status).toBe(200)
    const quote = await payload.findByID({ collection: 'quotes', id, depth: 0 })
    const malus = quote.lines?.find((line) => line.code === 'co2_malus')
    expect(malus, JSON.stringify(quote.lines?.map((line) => line.code))).toBeDefined()
    expect(malus!.rule).toMatch(/2014/)
  })

  it('hands out unique, consecutive numbers under concurrency', async () => {
    const vehicle = await payload.create({
      collection: 'vehicles',
      data: vehicleData(),
      context: { disableRevalidate: true },
    })
    const responses = await Promise.all(
      Array.from({ length: 12 }, () =>
        rest('POST', '/api/quotes', { token: customer.token, body: { kind: 'stock', vehicle: vehicle.id } }),
      ),
    )
    expect(
      responses.map((response) => [
        response.status,
        response.status === 201 ? '' : JSON.stringify(response.body).slice(0, 300),
      ]),
    ).toEqual(responses.map(() => [201, '']))
    const numbers = responses.map((response) => response.body.doc.number as string)
    expect(new Set(numbers).size).toBe(12)
    const sequences = numbers.map((number) => parseNumber(number)!.seq).sort((a, b) => a - b)
    expect(sequences.at(-1)! - sequences[0]!).toBe(11)
  })
})
