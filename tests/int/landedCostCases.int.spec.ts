import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { landedPrice } from '@/app/(frontend)/[locale]/vehicles/[slug]/landedPrice'
import type { LandedCostLine } from '@/domain/landedCost'
import { toDomainImportRules } from '@/globals/ImportRules/mapping'
import type { Quote, Vehicle } from '@/payload-types'
import { createCustomer, seedImportRules, vehicleData, type CustomerSession } from '../helpers/fixtures'
import { openStockQuote } from '../helpers/pricing'
import { LANDED_CASES, rows, type LandedCase } from '../helpers/landedCostCases'
import { testPayload } from '../helpers/payload'
import { resetDatabase } from '../helpers/resetDatabase'
import { rest } from '../helpers/rest'
import { createStaff, type StaffSession } from '../helpers/staff'

/** Our fee, shown as one line on the page and as the margin on the quote. */
const SERVICE_FEE = 99_000

/** The car as staff enter it in the inventory. */
function vehicleRecord(facts: LandedCase['vehicle']): Partial<Vehicle> {
  return {
    make: facts.make,
    model: facts.model,
    trim: null,
    year: facts.year,
    price: { amount: facts.price!.amount!, currency: (facts.price!.currency ?? 'EUR') as Vehicle['price']['currency'] },
    sellerType: facts.sellerType ?? 'dealer',
    originCountry: facts.originCountry as Vehicle['originCountry'],
    ...(facts.inEuFreeCirculation != null ? { inEuFreeCirculation: facts.inEuFreeCirculation } : {}),
    firstRegistrationDate: facts.firstRegistrationDate ? `${facts.firstRegistrationDate}T00:00:00.000Z` : null,
    mileageKm: facts.mileageKm,
    co2WltpGKm: facts.co2WltpGKm ?? null,
    co2NedcGKm: facts.co2NedcGKm ?? null,
    massKg: facts.massKg ?? null,
    fiscalHp: facts.fiscalHp,
    fuel: facts.fuel as Vehicle['fuel'],
    hasCoc: facts.hasCoc ?? false,
    originStatement: facts.originStatement ?? false,
  }
}

/**
 * Our published estimates, as the site settings hold them, set to give this case's services: the page
 * prices a car with these, and a quote falls back on them.
 */
function quoteDefaults(c: LandedCase) {
  const amount = (key: keyof LandedCase['services']) => {
    const value = c.services[key]
    return typeof value === 'number' ? value : null
  }
  return {
    validityDays: 14,
    depositPercent: 10,
    insurancePercent: 0,
    transport: [
      {
        origin: c.vehicle.originCountry as Vehicle['originCountry'],
        amount: amount('transport') ?? 0,
        inland: amount('inlandTransport'),
        portHandling: amount('portHandling'),
        insurance: amount('insurance'),
      },
    ],
    cocCost: amount('coc'),
    rtiBudget: amount('rti'),
    brokerFee: amount('broker'),
    technicalInspection: amount('technicalInspection'),
    serviceFee: SERVICE_FEE,
  }
}

describe('hand-worked landed costs through the vehicle page and the quote builder', () => {
  let payload: Payload
  let sales: StaffSession
  let customer: CustomerSession

  beforeAll(async () => {
    payload = await testPayload()
    await resetDatabase(payload)
    await seedImportRules(payload)
    sales = (await createStaff(payload)).sales
    customer = await createCustomer(payload, 'landed')
  })

  async function stock(c: LandedCase): Promise<Vehicle> {
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { siteName: 'Autoport', quoteDefaults: quoteDefaults(c) },
    })
    return payload.create({
      collection: 'vehicles',
      data: vehicleData(vehicleRecord(c.vehicle)),
      context: { disableRevalidate: true },
    })
  }

  /** What the vehicle page reads, as a visitor, and prices on one day (clearance and registration alike). */
  async function pagePrice(c: LandedCase, vehicleId: string) {
    const visitor = { overrideAccess: false, user: null } as const
    const { docs } = await payload.find({
      collection: 'vehicles',
      where: { id: { equals: vehicleId } },
      select: { internal: false },
      depth: 0,
      limit: 1,
      locale: 'fr',
      ...visitor,
    })
    expect(docs).toHaveLength(1)
    const [rules, settings] = await Promise.all([
      payload.findGlobal({ slug: 'import-rules', depth: 0, ...visitor }),
      payload.findGlobal({ slug: 'site-settings', depth: 0, ...visitor }),
    ])
    return landedPrice(
      docs[0],
      c.region,
      toDomainImportRules(rules as never),
      settings.quoteDefaults,
      c.registrationDate,
    )
  }

  // The page prices on one day: a case whose clearance falls under another tariff is only priced by a quote.
  const samePriceOnOneDay = (c: LandedCase) => c.name.startsWith('16.') === false

  for (const c of LANDED_CASES.filter(samePriceOnOneDay)) {
    it(`${c.name}: the vehicle page`, async () => {
      const vehicle = await stock(c)
      const price = await pagePrice(c, vehicle.id)
      if (!price.ok) throw new Error(`refused: ${price.reason}`)
      expect(rows(price.result.lines)).toEqual(c.rows)
      expect(price.result.y6).toBe(c.y6)
      expect(price.result.total).toBe(c.total)
      expect(price.serviceFee).toBe(SERVICE_FEE)
      expect(price.total).toBe(c.total + SERVICE_FEE)
    })
  }

  for (const c of LANDED_CASES) {
    it(`${c.name}: the quote builder`, async () => {
      const vehicle = await stock(c)
      const id = await openStockQuote(sales, customer, vehicle.id, { region: c.region })
      const priced = await rest('PATCH', `/api/quotes/${id}`, {
        token: sales.token,
        body: {
          reprice: true,
          pricingInputs: { registrationDate: c.registrationDate, clearanceDate: c.clearanceDate ?? null },
        },
      })
      expect(priced.status, JSON.stringify(priced.body).slice(0, 400)).toBe(200)

      const quote: Quote = await payload.findByID({ collection: 'quotes', id, depth: 0 })
      const calculation = quote.landedCost as {
        result: { lines: LandedCostLine[]; y6: number; total: number }
      }
      expect(rows(calculation.result.lines)).toEqual(c.rows)
      expect(calculation.result.y6).toBe(c.y6)
      expect(calculation.result.total).toBe(c.total)

      // The lines the customer reads: same codes and amounts, each with its rule, date in force and sources.
      expect(quote.lines?.map((line) => [line.code, line.amount])).toEqual(
        c.rows.map(([code, amount]) => [code.startsWith('other:') ? 'other' : code, amount]),
      )
      for (const [index, [, , validFrom, sources]] of c.rows.entries()) {
        const rule = quote.lines![index].rule ?? ''
        // The customer reads French: the line explains itself as the French vehicle page does.
        expect(rule.startsWith(calculation.result.lines[index].ruleFr)).toBe(true)
        if (sources?.length) expect(rule).toContain(`Sources : ${sources.join(', ')}`)
        if (validFrom) expect(rule).toContain(`en vigueur depuis le ${frenchDate(validFrom)}`)
      }
      expect(quote.totals?.serviceFee).toBe(SERVICE_FEE)
      expect(quote.totals?.total).toBe(c.total + SERVICE_FEE)
    })
  }
})

/** 2026-03-01 → 01/03/2026, as the quote's French rule texts write a date. */
function frenchDate(iso: string): string {
  const [year, month, day] = iso.split('-')
  return `${day}/${month}/${year}`
}
