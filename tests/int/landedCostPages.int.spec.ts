import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { landedPrice } from '@/app/(frontend)/[locale]/vehicles/[slug]/landedPrice'
import { getEnv } from '@/config/env'
import { sellerParty } from '@/documents/parties'
import { landedSections } from '@/domain/landedSections'
import { formatMoney } from '@/domain/money'
import { SECTION_WORDS } from '@/domain/priceSections'
import { toDomainImportRules } from '@/globals/ImportRules/mapping'
import type { Vehicle } from '@/payload-types'
import { vehicleData, type CustomerSession } from '../helpers/fixtures'
import { pricingSetup, openStockQuote } from '../helpers/pricing'
import { testPayload } from '../helpers/payload'
import { pdfText } from '../helpers/pdfText'
import { rawRest, rest } from '../helpers/rest'
import type { StaffSession } from '../helpers/staff'

const context = { disableRevalidate: true }
/** Spaces as Intl writes them in French amounts (narrow and no-break) read as plain spaces. */
const flat = (text: string) => text.replace(/[\s\u202f\u00a0]+/g, ' ')
const money = (cents: number) => flat(formatMoney(cents, 'EUR', 'fr-FR'))
const DAY = '2026-11-25'

/**
 * The vehicle page and the quote PDF for the same car, day and region: the page's breakdown as
 * its data function computes it for a visitor, the quote priced and printed through REST.
 */
describe('the vehicle page and the quote PDF agree', () => {
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
          { origin: 'DE', amount: 90_000, inland: 0 },
          { origin: 'JP', amount: 180_000, inland: 40_000 },
        ],
        brokerFee: 60_000,
        serviceFee: 99_000,
        technicalInspection: null,
      },
      'amelie',
    ))
  })

  /** The vehicle as the storefront reads it for a visitor, in French. */
  async function visitorVehicle(id: string, locale: 'fr' | 'en' = 'fr'): Promise<Vehicle> {
    const { docs } = await payload.find({
      collection: 'vehicles',
      where: { id: { equals: id } },
      select: { internal: false },
      depth: 0,
      limit: 1,
      locale,
      overrideAccess: false,
      user: null,
    })
    expect(docs).toHaveLength(1)
    return docs[0]!
  }

  async function pageBreakdown(vehicle: Vehicle) {
    const [stored, settings] = await Promise.all([
      payload.findGlobal({ slug: 'import-rules', depth: 0, overrideAccess: false, user: null }),
      payload.findGlobal({ slug: 'site-settings', locale: 'fr', depth: 0, overrideAccess: false, user: null }),
    ])
    const price = landedPrice(vehicle, 'IDF', toDomainImportRules(stored as never), settings.quoteDefaults, DAY)
    if (!price.ok) throw new Error(`no estimate: ${price.reason}`)
    return {
      price,
      breakdown: landedSections(price.result.lines, price.serviceFee, sellerParty(settings).siteName, 'fr'),
    }
  }

  async function quotePdfText(vehicleId: string) {
    const id = await openStockQuote(sales, customer, vehicleId)
    const priced = await rest('PATCH', `/api/quotes/${id}`, {
      token: sales.token,
      body: { reprice: true, pricingInputs: { registrationDate: DAY } },
    })
    expect(priced.status).toBe(200)
    const sent = await rest('PATCH', `/api/quotes/${id}`, { token: sales.token, body: { status: 'sent' } })
    expect(sent.status).toBe(200)
    const headers = new Headers({ authorization: `JWT ${customer.token}` })
    const response = await rawRest(new Request(new URL(`/api/quotes/${id}/pdf`, getEnv().SERVER_URL), { headers }))
    expect(response.status).toBe(200)
    const quote = await payload.findByID({ collection: 'quotes', id, depth: 0 })
    return { text: flat(await pdfText(new Uint8Array(await response.arrayBuffer()))), quote }
  }

  async function expectSameOnPaper(vehicleId: string, expected: { sections: string[]; y6: number; total: number }) {
    const { price, breakdown } = await pageBreakdown(await visitorVehicle(vehicleId))
    expect(breakdown.sections.map((section) => section.key)).toEqual(expected.sections)
    expect(breakdown.y6).toBe(price.result.y6)
    expect(breakdown.y6).toBe(expected.y6)
    expect(breakdown.total).toBe(expected.total)

    const { text, quote } = await quotePdfText(vehicleId)
    expect(quote.totals?.total).toBe(breakdown.total)
    for (const section of breakdown.sections) {
      const words = SECTION_WORDS.fr[section.key]
      expect(text).toContain(words.title)
      for (const line of section.lines) expect(text).toContain(`${line.label} ${money(line.amount)}`)
      expect(text).toContain(`${words.subtotal} ${money(section.subtotal)}`)
    }
    expect(text).toContain(`Total carte grise (Y.6) ${money(expected.y6)}`)
    expect(text).toContain(`Total TTC ${money(expected.total)}`)
  }

  // A 2021 German petrol from a dealer (2 490 000 cents), registered in Île-de-France on 2026-11-25.
  //   Freight €900 (VAT included, EU), insurance 0.5 % = €124.50; no VAT line (used car from an EU dealer).
  //   Age 10/06/2021 → 25/11/2026 = 66 started months → −43 %. CO2: 2021 WLTP grid, 148 g → €400 × 57 % = €228.
  //   Weight: first registered before 2022. Regional tax (54.95 + IDFM 14.00) × 8 CV = €551.60.
  //   Y.6 = 228 + 0 + 551.60 + 11 + 2.76 = €793.36.
  //   Total = 24 900 + 900 + 124.50 + 793.36 + fee 990 = €27 707.86.
  it('for an EU car', async () => {
    const vehicle = await payload.create({
      collection: 'vehicles',
      data: vehicleData({
        firstRegistrationDate: '2021-06-10T00:00:00.000Z',
        co2WltpGKm: 148,
        massKg: 1_650,
        fiscalHp: 8,
        inEuFreeCirculation: true,
      }),
      context,
    })
    await expectSameOnPaper(vehicle.id, {
      sections: ['exclVat', 'inclVat', 'notSubjectToVat'],
      y6: 79_336,
      total: 2_770_786,
    })
  })

  // A 2024 Japanese hybrid (€30 000) with an EU COC and its statement on origin, Île-de-France, 2026-11-25.
  //   Freight €1 800, insurance 0.5 % = €150: customs value €31 950; delivery in France €400; broker €600 (VAT incl.).
  //   EU–Japan EPA: duty €0; import VAT 20 % × (31 950 + 0 + 400) = €6 470.
  //   Age 10/05/2024 → 25/11/2026 = 31 started months → −28 %. CO2: 2024 grid, 130 g → €310 × 72 % = 223.20 → €223.
  //   Weight: 2024 bands start above 1 600 kg → €0. Regional tax (54.95 + IDFM 14.00) × 7 CV = €482.65.
  //   excl. VAT 30 000 + 1 800 + 150 + 400 + 0 = €32 350; VAT €6 470; incl. VAT 600 + fee 990 = €1 590;
  //   Y.6 = 223 + 0 + 482.65 + 11 + 2.76 = €719.41. Total = 32 350 + 6 470 + 1 590 + 719.41 = €41 129.41.
  it('for an imported car', async () => {
    const vehicle = await payload.create({
      collection: 'vehicles',
      data: vehicleData({
        make: 'Toyota',
        model: 'Corolla',
        originCountry: 'JP',
        inEuFreeCirculation: false,
        originStatement: true,
        fuel: 'hybrid',
        firstRegistrationDate: '2024-05-10T00:00:00.000Z',
        co2WltpGKm: 130,
        massKg: 1_480,
        fiscalHp: 7,
        price: { amount: 3_000_000, currency: 'EUR' },
      }),
      context,
    })
    await expectSameOnPaper(vehicle.id, {
      sections: ['exclVat', 'vat', 'inclVat', 'notSubjectToVat'],
      y6: 71_941,
      total: 4_112_941,
    })
  })
})

describe('French pages read French', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await testPayload()
  })

  it('shows the French colour and equipment to a French visitor, the English ones to an English visitor', async () => {
    const created = await payload.create({
      collection: 'vehicles',
      locale: 'fr',
      data: vehicleData({ colour: 'Gris anthracite métallisé', options: ['Caméra de recul', 'Sièges chauffants'] }),
      context,
    })
    await payload.update({
      collection: 'vehicles',
      id: created.id,
      locale: 'en',
      data: { colour: 'Metallic anthracite grey', options: ['Reversing camera', 'Heated seats'] },
      context,
    })
    const read = async (locale: 'fr' | 'en') =>
      (
        await payload.find({
          collection: 'vehicles',
          where: { id: { equals: created.id } },
          locale,
          depth: 0,
          overrideAccess: false,
          user: null,
        })
      ).docs[0]
    expect(await read('fr')).toMatchObject({
      colour: 'Gris anthracite métallisé',
      options: ['Caméra de recul', 'Sièges chauffants'],
    })
    expect(await read('en')).toMatchObject({
      colour: 'Metallic anthracite grey',
      options: ['Reversing camera', 'Heated seats'],
    })
  })

  it('names the trade agreement in French in the French rule of the page', async () => {
    const stored = await payload.findGlobal({ slug: 'import-rules', depth: 0, overrideAccess: false, user: null })
    const rules = toDomainImportRules(stored as never)
    const price = landedPrice(
      {
        ...vehicleData({
          originCountry: 'JP',
          inEuFreeCirculation: false,
          originStatement: true,
          firstRegistrationDate: '2024-05-10T00:00:00.000Z',
        }),
      } as never,
      'IDF',
      rules,
      null,
      DAY,
    )
    if (!price.ok) throw new Error(price.reason)
    const duty = landedSections(price.result.lines, 0, 'Autoport', 'fr')
      .sections.flatMap((section) => section.lines)
      .find((line) => line.code === 'customs_duty')
    expect(duty?.rule).toMatch(/^Accord de partenariat économique UE–Japon, origine Japon prouvée : 0\u00a0%/)
  })
})
