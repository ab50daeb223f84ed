import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { runSearch } from '@/app/(frontend)/_data/vehicleSearch'
import { parisDayOf } from '@/domain/calendarDate'
import { parseVehicleSearch } from '@/domain/vehicleSearch'
import { fromDomainImportRules } from '@/globals/ImportRules/mapping'
import { importRulesFr } from '@/seed/data/importRulesFr'
import { vehicleData } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { resetDatabase } from '../helpers/resetDatabase'
import { createStaff } from '../helpers/staff'

const context = { disableRevalidate: true }

/** This month's yen rate, whatever day the suite runs, so that the expected euros do not age. */
async function setYenRate(payload: Payload, perEuro: string) {
  const month = `${parisDayOf(new Date()).slice(0, 7)}-01`
  const rules = {
    ...importRulesFr,
    exchangeRates: [{ currency: 'JPY' as const, perEuro, validFrom: month, sourceIds: ['S75'] }],
  }
  await payload.updateGlobal({ slug: 'import-rules', data: fromDomainImportRules(rules) as never, context })
}

/**
 * Search filters and sorts cars priced in other currencies by their euro price, as visitors compare
 * them: ¥3 200 000 at ¥160 per euro is €20 000.00, not ¥3 200 000 read as €32 000.
 */
describe('search compares prices in euros', () => {
  let payload: Payload
  let yenCar: string

  beforeAll(async () => {
    payload = await testPayload()
    await resetDatabase(payload)
    await setYenRate(payload, '160')
    const car = (make: string, price: { amount: number; currency: 'EUR' | 'JPY' }) =>
      payload.create({ collection: 'vehicles', data: vehicleData({ make, model: 'Compare', price }), context })
    await car('Peugeot', { amount: 1_900_000, currency: 'EUR' })
    yenCar = (await car('Toyota', { amount: 3_200_000, currency: 'JPY' })).id
    await car('Renault', { amount: 2_100_000, currency: 'EUR' })
  })

  const makesFound = async (query: Record<string, string>) => {
    const found = await runSearch(parseVehicleSearch({ model: 'Compare', ...query }), 'fr')
    return found.cards.map((card) => card.make)
  }

  it('keeps the euro price with the car, at this month’s rate', async () => {
    const stored = await payload.findByID({ collection: 'vehicles', id: yenCar, depth: 0 })
    expect(stored.price).toMatchObject({ amount: 3_200_000, currency: 'JPY', euroAmount: 2_000_000 })
  })

  it('filters and sorts on it', async () => {
    expect(await makesFound({ priceMin: '19950', priceMax: '20050' })).toEqual(['Toyota'])
    expect(await makesFound({ priceMin: '30000' })).toEqual([])
    expect(await makesFound({ sort: 'price_asc' })).toEqual(['Peugeot', 'Toyota', 'Renault'])
  })

  it('follows a new rate as soon as staff save it', async () => {
    // ¥3 200 000 at ¥200 per euro: €16 000.00, now the cheapest.
    await setYenRate(payload, '200')
    const stored = await payload.findByID({ collection: 'vehicles', id: yenCar, depth: 0 })
    expect(stored.price?.euroAmount).toBe(1_600_000)
    expect(await makesFound({ sort: 'price_asc' })).toEqual(['Toyota', 'Peugeot', 'Renault'])
  })

  it('cannot be written by hand', async () => {
    const updated = await payload.update({
      collection: 'vehicles',
      id: yenCar,
      data: { price: { amount: 3_200_000, currency: 'JPY', euroAmount: 1 } },
      overrideAccess: false,
      user: (await createStaff(payload)).sales.user,
      context,
    })
    expect(updated.price?.euroAmount).toBe(1_600_000)
  })
})
