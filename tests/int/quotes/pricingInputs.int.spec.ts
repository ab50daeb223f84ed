import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { addMonths } from '@/domain/calendarDate'
import { parisDay } from '@/domain/clearanceDate'
import type { Quote } from '@/payload-types'
import { vehicleData, type CustomerSession } from '../../helpers/fixtures'
import { pricingSetup, openStockQuote } from '../../helpers/pricing'
import { testPayload } from '../../helpers/payload'
import { rest } from '../../helpers/rest'
import type { StaffSession } from '../../helpers/staff'

const context = { disableRevalidate: true }

// A 2023 Japanese petrol car with its statement on origin and a COC, bought €18 000.00 from a dealer,
// registered in Île-de-France. Quote defaults for Japan: freight €1 600.00, port handling €240.00, delivery
// in France €300.00; insurance 0.5 % of the price = €90.00; no broker, no technical inspection.
const japanese = {
  make: 'Toyota',
  model: 'Corolla',
  year: 2023,
  firstRegistrationDate: '2023-09-01T00:00:00.000Z',
  mileageKm: 30_000,
  fiscalHp: 6,
  co2WltpGKm: 140,
  massKg: 1_350,
  originCountry: 'JP' as const,
  originStatement: true,
  hasCoc: true,
  price: { amount: 1_800_000, currency: 'EUR' as const },
}

// Cleared in Le Havre on 2026-01-28 (the EU–Japan EPA reaches 0 % only on 2026-02-01), registered on
// 2026-03-05 (after the IDFM surcharge started on 2026-03-01): tests/unit/clearanceDate.spec.ts, plus
// port handling.
//   Customs value = 18 000.00 + freight 1 600.00 + insurance 90.00 = €19 690.00; duty 10 % = €1 969.00.
//   Port handling is invoiced without VAT (exempt, art. 144) and is outside the customs value but in the
//   import VAT base, at its full €240.00:
//   Import VAT = 20 % × (19 690 + 1 969 + port 240 + delivery 300) = 20 % × 22 199 = €4 439.80.
//   Maluses on the registration date: 31 months → −28 %; CO2 140 g → €540 × 72 % = €389; weight €0.
//   Regional tax on the registration date: (54.95 + IDFM 14.00) × 6 CV = €413.70; Y.4 €11, Y.5 €2.76.
//   Lines = 18 000 + 1 600 + 90 + 240 + 300 + 1 969 + 4 439.80 + 389 + 0 + 413.70 + 11 + 2.76 = €27 455.26.
const CLEARED_BEFORE_EPA = [
  ['vehicle', 1_800_000],
  ['transport', 160_000],
  ['insurance', 9_000],
  ['port_handling', 24_000],
  ['inland_transport', 30_000],
  ['customs_duty', 196_900],
  ['import_vat', 443_980],
  ['co2_malus', 38_900],
  ['weight_malus', 0],
  ['regional_tax', 41_370],
  ['y4', 1_100],
  ['y5', 276],
] as const

type Line = NonNullable<Quote['lines']>[number]
const amounts = (quote: Quote) => (quote.lines ?? []).map((line) => [line.code, line.amount])
const lineOf = (quote: Quote, code: string, label?: string) => {
  const line = quote.lines?.find((l) => l.code === code && (label === undefined || l.label === label))
  if (!line) throw new Error(`no ${code} line in ${JSON.stringify(amounts(quote))}`)
  return line
}
const calculation = (quote: Quote) =>
  quote.landedCost as {
    clearanceDate: string | null
    clearanceDateFrom: string | null
    result: { basis: { customsValue?: number; importVatBase?: number }; warnings: { code: string }[] }
  }
/** Spaces as Intl writes them in French amounts (narrow and no-break) read as plain spaces. */
const flat = (text: string | null | undefined) => (text ?? '').replace(/[\s\u202f\u00a0]+/g, ' ')
type Refusal = { errors?: { data?: { errors?: { path: string; message: string }[] } }[] }
const errorOf = (response: { body: unknown }) => (response.body as Refusal).errors?.[0]?.data?.errors?.[0]

describe('quote pricing inputs: service flags, other services, clearance date', () => {
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
        transport: [
          { origin: 'JP', amount: 160_000, portHandling: 24_000, inland: 30_000 },
          { origin: 'US', amount: 220_000, inland: 40_000 },
        ],
        rtiBudget: 250_000,
        collectorAttestation: 19_000,
        brokerFee: null,
        technicalInspection: null,
        serviceFee: 99_000,
      },
      'hugo',
    ))
  })

  async function newQuote(vehicleOverrides: Parameters<typeof vehicleData>[0], pricingInputs: object = {}) {
    const vehicle = await payload.create({ collection: 'vehicles', data: vehicleData(vehicleOverrides), context })
    return openStockQuote(sales, customer, vehicle.id, { pricingInputs })
  }

  const price = (id: string, body: object = {}) =>
    rest('PATCH', `/api/quotes/${id}`, { token: sales.token, body: { reprice: true, ...body } })
  const read = (id: string) => payload.findByID({ collection: 'quotes', id, depth: 0 })

  it('puts port handling invoiced without VAT in the import VAT base at its full amount', async () => {
    const id = await newQuote(japanese, { registrationDate: '2026-03-05', clearanceDate: '2026-01-28' })
    const response = await price(id)
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    const quote = await read(id)
    expect(amounts(quote)).toEqual(CLEARED_BEFORE_EPA)
    expect(quote.totals?.subtotal).toBe(2_745_526)
    expect(lineOf(quote, 'port_handling')).toMatchObject({
      label: 'Manutention au port d’entrée dans l’UE',
      vatIncluded: false,
      inCustomsValue: false,
      inImportVatBase: true,
    })
    expect(lineOf(quote, 'transport')).toMatchObject({ inCustomsValue: true, inImportVatBase: true })
    expect(lineOf(quote, 'regional_tax')).toMatchObject({ vatIncluded: false, inCustomsValue: false })
    expect(calculation(quote)).toMatchObject({
      clearanceDate: '2026-01-28',
      clearanceDateFrom: 'staff',
      result: { basis: { customsValue: 1_969_000, importVatBase: 2_219_900 } },
    })
  })

  it('takes only the net part of port handling when staff say its invoice includes VAT, and keeps that flag', async () => {
    const id = await newQuote(japanese, { registrationDate: '2026-03-05', clearanceDate: '2026-01-28' })
    await price(id)
    const priced = await read(id)
    // Staff tick "VAT included" on the port handling line and price again.
    //   €240.00 incl. 20 % VAT → €200.00 net in the base: 20 % × (19 690 + 1 969 + 200 + 300) = 20 % × 22 159
    //   = €4 431.80, €8.00 less; the engine warns that such a cost is normally invoiced without VAT.
    const lines = priced.lines!.map((line): Line =>
      line.code === 'port_handling' ? { ...line, vatIncluded: true } : line,
    )
    expect((await price(id, { lines })).status).toBe(200)
    const repriced = await read(id)
    expect(lineOf(repriced, 'import_vat').amount).toBe(443_180)
    expect(lineOf(repriced, 'port_handling')).toMatchObject({
      amount: 24_000,
      vatIncluded: true,
      inImportVatBase: true,
    })
    expect(calculation(repriced).result.basis.importVatBase).toBe(2_215_900)
    expect(calculation(repriced).result.warnings.map((w) => w.code)).toContain('freightWithoutVat')
    expect(repriced.totals?.subtotal).toBe(2_745_526 - 800)

    // Priced again untouched, the staff flag stays (as a staff amount does).
    expect((await price(id)).status).toBe(200)
    const again = await read(id)
    expect(lineOf(again, 'port_handling').vatIncluded).toBe(true)
    expect(lineOf(again, 'import_vat').amount).toBe(443_180)
  })

  it('prices a service staff add by hand in the base they tick, and a flag changed on its line', async () => {
    const road = {
      labelFr: 'Transport routier après le port',
      label: 'Road transport after the port',
      amount: 15_000,
      vatIncluded: false,
      inCustomsValue: false,
      inImportVatBase: true,
    }
    const id = await newQuote(japanese, {
      registrationDate: '2026-03-05',
      clearanceDate: '2026-01-28',
      otherServices: [road],
    })
    expect((await price(id)).status).toBe(200)
    const quote = await read(id)
    // Up to the first place of delivery, without VAT: in the VAT base only.
    //   Import VAT = 20 % × (22 199 + 150) = 20 % × 22 349 = €4 469.80; duty unchanged €1 969.00.
    expect(lineOf(quote, 'other', 'Transport routier après le port')).toMatchObject({
      amount: 15_000,
      vatIncluded: false,
      inCustomsValue: false,
      inImportVatBase: true,
    })
    expect(lineOf(quote, 'customs_duty').amount).toBe(196_900)
    expect(lineOf(quote, 'import_vat').amount).toBe(446_980)
    expect(quote.totals?.subtotal).toBe(2_745_526 + 15_000 + 3_000)

    // Staff then put it in the customs value on the quote line (matched by its label) and price again.
    //   Customs value = 19 690 + 150 = €19 840.00 → duty 10 % = €1 984.00;
    //   import VAT = 20 % × (19 840 + 1 984 + 240 + 300) = 20 % × 22 364 = €4 472.80.
    const lines = quote.lines!.map((line): Line =>
      line.code === 'other' ? { ...line, inCustomsValue: true, inImportVatBase: true } : line,
    )
    expect((await price(id, { lines })).status).toBe(200)
    const moved = await read(id)
    expect(lineOf(moved, 'customs_duty').amount).toBe(198_400)
    expect(lineOf(moved, 'import_vat').amount).toBe(447_280)
    expect(calculation(moved).result.basis).toMatchObject({ customsValue: 1_984_000, importVatBase: 2_236_400 })
    // The service staff typed says the same as its line.
    expect(moved.pricingInputs?.otherServices?.[0]).toMatchObject({ inCustomsValue: true, inImportVatBase: true })
  })

  it('reads duty on the clearance date and the regional tax on the registration date', async () => {
    // Expected at the EU port on 2026-01-28, no clearance date typed: the arrival is the clearance date, so
    // the 10 % duty of January and the IDFM surcharge of March are both in the quote.
    const id = await newQuote(japanese, { registrationDate: '2026-03-05', expectedArrival: '2026-01-28' })
    expect((await price(id)).status).toBe(200)
    const quote = await read(id)
    expect(amounts(quote)).toEqual(CLEARED_BEFORE_EPA)
    expect(flat(lineOf(quote, 'regional_tax').rule)).toMatch(/^Île-de-France 54,95 € \+ IDFM 14,00 €/)
    expect(calculation(quote)).toMatchObject({ clearanceDate: '2026-01-28', clearanceDateFrom: 'expected_arrival' })

    // Without any date of arrival, the car is taken as cleared on its registration day, under the EPA:
    //   duty 0 %; import VAT = 20 % × (19 690 + 240 + 300) = 20 % × 20 230 = €4 046.00.
    await payload.update({ collection: 'quotes', id, data: { pricingInputs: { expectedArrival: null } }, context })
    expect((await price(id)).status).toBe(200)
    const onRegistration = await read(id)
    expect(lineOf(onRegistration, 'customs_duty').amount).toBe(0)
    expect(lineOf(onRegistration, 'import_vat').amount).toBe(404_600)
    expect(lineOf(onRegistration, 'regional_tax').amount).toBe(41_370)
    expect(calculation(onRegistration)).toMatchObject({
      clearanceDate: '2026-03-05',
      clearanceDateFrom: 'registration_date',
    })
  })

  it('takes the clearance date from the order: its ETA, then its “customs cleared” milestone', async () => {
    const id = await newQuote(japanese, { registrationDate: '2026-03-05', expectedArrival: '2026-02-20' })
    await price(id)
    expect((await rest('PATCH', `/api/quotes/${id}`, { token: sales.token, body: { status: 'sent' } })).status).toBe(
      200,
    )
    const accepted = await rest('PATCH', `/api/quotes/${id}`, { token: customer.token, body: { status: 'accepted' } })
    expect(accepted.status).toBe(200)
    const orderId = (await read(id)).order as string
    expect(orderId).toBeTruthy()

    // The order's ETA (2026-01-28) wins over the quote's expected arrival (2026-02-20, under the EPA).
    await payload.update({ collection: 'orders', id: orderId, data: { shipping: { eta: '2026-01-28' } }, context })
    expect((await price(id)).status).toBe(200)
    const byEta = await read(id)
    expect(calculation(byEta)).toMatchObject({ clearanceDate: '2026-01-28', clearanceDateFrom: 'order_eta' })
    expect(lineOf(byEta, 'customs_duty').amount).toBe(196_900)

    // The car is cleared: the 846A milestone is dated today, after the registration staff expected.
    for (const status of ['deposit_paid', 'vehicle_purchased', 'transport_booked', 'shipped', 'arrived'] as const) {
      await payload.update({ collection: 'orders', id: orderId, data: { status }, context })
    }
    const cleared = await rest('PATCH', `/api/orders/${orderId}`, {
      token: sales.token,
      body: { status: 'customs_cleared' },
    })
    expect(cleared.status).toBe(200)
    const order = await payload.findByID({ collection: 'orders', id: orderId, depth: 0 })
    const clearedOn = parisDay(order.timeline!.find((entry) => entry.status === 'customs_cleared')!.at)!

    const before = await read(id)
    const late = await price(id)
    expect(late.status).toBe(400)
    expect(errorOf(late)).toMatchObject({ path: 'pricingInputs.registrationDate' })
    expect(errorOf(late)?.message).toContain(
      `customs clearance (${clearedOn}, from the order’s “customs cleared” milestone)`,
    )
    expect((await read(id)).landedCost).toEqual(before.landedCost)

    const registrationDate = addMonths(clearedOn, 1)
    expect((await price(id, { pricingInputs: { ...before.pricingInputs, registrationDate } })).status).toBe(200)
    expect(calculation(await read(id))).toMatchObject({
      clearanceDate: clearedOn,
      clearanceDateFrom: 'order_customs_cleared',
    })
  })

  it('gives a collector car an FFVE attestation instead of an RTI', async () => {
    // A 1992 American car without COC, registered on 2026-04-15: 33 full years, collector heading 9705.
    //   No RTI line: the collector registration replaces it; the attestation of the defaults, €190.00 with
    //   VAT, is a French service outside both bases.
    //   Customs value = 42 000 + 2 200 + insurance 0.5 % 210 = €44 410.00; duty 0 %.
    //   Import VAT 5.5 % × (44 410 + 0 + delivery 400) = 5.5 % × 44 810 = €2 464.55.
    //   Maluses: over 400 months → −100 %; no weight malus before 2022. Regional tax in Île-de-France:
    //   (54.95 + IDFM 14.00) × 11 CV = 758.45, over 10 years old → 50 % = 379.225 → €379.23 (half-up).
    //   Lines = 42 000 + 2 200 + 210 + 400 + 190 + 0 + 2 464.55 + 0 + 0 + 379.23 + 11 + 2.76 = €47 857.54.
    const id = await newQuote(
      {
        make: 'Chevrolet',
        model: 'Corvette',
        year: 1992,
        firstRegistrationDate: '1992-06-10T00:00:00.000Z',
        mileageKm: 140_000,
        fiscalHp: 11,
        co2WltpGKm: null,
        massKg: null,
        originCountry: 'US',
        hasCoc: false,
        price: { amount: 4_200_000, currency: 'EUR' },
      },
      { registrationDate: '2026-04-15' },
    )
    const response = await price(id)
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    const quote = await read(id)
    expect(quote.lines?.map((line) => [line.code, line.label, line.amount])).toEqual([
      ['vehicle', 'Véhicule', 4_200_000],
      ['transport', 'Transport jusqu’à la frontière de l’UE', 220_000],
      ['insurance', 'Assurance transport', 21_000],
      ['inland_transport', 'Acheminement en France', 40_000],
      ['other', 'Attestation FFVE (carte grise collection)', 19_000],
      ['customs_duty', 'Droits de douane', 0],
      ['import_vat', 'TVA à l’importation', 246_455],
      ['co2_malus', 'Malus CO2', 0],
      ['weight_malus', 'Malus au poids', 0],
      ['regional_tax', 'Taxe régionale (Y.1)', 37_923],
      ['y4', 'Taxe fixe (Y.4)', 1_100],
      ['y5', 'Redevance d’acheminement (Y.5)', 276],
    ])
    expect(quote.totals?.subtotal).toBe(4_785_754)
    expect(lineOf(quote, 'other')).toMatchObject({ vatIncluded: true, inCustomsValue: false, inImportVatBase: false })
  })

  it('refuses bad inputs on their own field and changes nothing', async () => {
    const id = await newQuote(japanese, { registrationDate: '2026-03-05', clearanceDate: '2026-01-28' })
    await price(id)
    const before = await read(id)
    const unchanged = async () => {
      const after = await read(id)
      expect([after.lines, after.pricingInputs, after.landedCost, after.totals]).toEqual([
        before.lines,
        before.pricingInputs,
        before.landedCost,
        before.totals,
      ])
    }
    const inputs = before.pricingInputs!

    const late = await price(id, { pricingInputs: { ...inputs, clearanceDate: '2026-03-06' } })
    expect(late.status).toBe(400)
    expect(errorOf(late)).toMatchObject({ path: 'pricingInputs.clearanceDate' })
    // Saved without pricing, the same date is refused by the field itself.
    const lateSaved = await rest('PATCH', `/api/quotes/${id}`, {
      token: sales.token,
      body: { pricingInputs: { ...inputs, clearanceDate: '2026-03-06' } },
    })
    expect(lateSaved.status).toBe(400)
    expect(errorOf(lateSaved)).toMatchObject({ path: 'pricingInputs.clearanceDate' })
    await unchanged()

    const negative = await price(id, {
      pricingInputs: { ...inputs, otherServices: [{ labelFr: 'Remise', label: 'Rebate', amount: -5_000 }] },
    })
    expect(negative.status).toBe(400)
    expect(errorOf(negative)).toMatchObject({ path: 'pricingInputs.otherServices.0.amount' })
    await unchanged()

    const vatIndex = before.lines!.findIndex((line) => line.code === 'import_vat')
    const onTax = before.lines!.map((line, index): Line =>
      index === vatIndex ? { ...line, inImportVatBase: true } : line,
    )
    for (const body of [{ lines: onTax }, { lines: onTax, reprice: true }]) {
      const response = await rest('PATCH', `/api/quotes/${id}`, { token: sales.token, body })
      expect(response.status).toBe(400)
      expect(errorOf(response)).toMatchObject({ path: `lines.${vatIndex}.inImportVatBase` })
    }
    await unchanged()

    const portIndex = before.lines!.findIndex((line) => line.code === 'port_handling')
    const valueOnly = before.lines!.map((line, index): Line =>
      index === portIndex ? { ...line, inCustomsValue: true, inImportVatBase: false } : line,
    )
    const response = await price(id, { lines: valueOnly })
    expect(response.status).toBe(400)
    expect(errorOf(response)).toMatchObject({ path: `lines.${portIndex}.inImportVatBase` })
    expect(errorOf(response)?.message).toMatch(/in the import VAT base too/)
    await unchanged()
  })
})
