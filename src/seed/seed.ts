import type { Payload } from 'payload'

import { refreshAllLandedPrices } from '@/landedPrices/refresh'

import { buildCustomers, seedCustomers } from './customers'
import { seedIdentityDocuments } from './documents'
import { imageSet, seedImages } from './images'
import { seedPages } from './pages'
import { seedQuotesAndOrders } from './quotesAndOrders'
import { seedImportRules, seedLegalSettings, seedSiteSettings } from './settings'
import { seedStaff } from './staff'
import { buildVehicles, seedVehicles } from './vehicles'

export type SeedReport = { lines: string[]; ms: number }

/**
 * The demo data of the embedded database (README.md): staff and customer logins, settings, import
 * rules, ~200 vehicles with generated pictures, quotes and orders in every status, documents and
 * pages. Deterministic, and safe to run again: what exists (by VIN, e-mail, slug, or a customer who
 * already has quotes or documents) is left alone.
 */
export async function seed(payload: Payload): Promise<SeedReport> {
  const started = Date.now()
  // Landed prices are computed once at the end, set-based, not car by car in each save.
  const context = { disableRevalidate: true, deferLandedPrices: true }
  const lines: string[] = []
  let lap = started
  const log = (line: string) => {
    const now = Date.now()
    const timed = `${line} [${((now - lap) / 1000).toFixed(1)} s]`
    lap = now
    lines.push(timed)
    payload.logger.info(timed)
  }

  const staff = await seedStaff(payload, context)
  log(staff.line)
  log(await seedImportRules(payload, context))
  log(await seedSiteSettings(payload, context))

  const vehicleSeeds = buildVehicles()
  const images = await seedImages(
    payload,
    context,
    imageSet(vehicleSeeds.map((vehicle) => ({ body: vehicle.data.body, colour: vehicle.data.colour }))),
  )
  log(images.line)
  const vehicles = await seedVehicles(payload, context, vehicleSeeds, images.ids)
  log(vehicles.line)

  const customerSeeds = buildCustomers()
  const customers = await seedCustomers(payload, context, customerSeeds, staff.sales.id)
  log(customers.line)
  log(await seedIdentityDocuments(payload, context, customerSeeds, customers.ids, staff.sales))
  log(
    await seedQuotesAndOrders(payload, context, staff.sales, customerSeeds, customers.ids, vehicleSeeds, vehicles.ids),
  )

  // The home page's picture: a featured SUV's side view.
  const hero = vehicleSeeds.find((vehicle) => vehicle.data.featured && vehicle.data.body === 'suv') ?? vehicleSeeds[0]
  log(await seedPages(payload, context, hero && images.ids.get(hero.gallery[0]!)))
  const priced = await refreshAllLandedPrices(payload)
  log(`Landed prices: ${priced.vehicles} vehicles × 13 regions`)
  log(await seedLegalSettings(payload, context))
  const ms = Date.now() - started
  lines.push(`Seed complete in ${(ms / 1000).toFixed(1)} s`)
  payload.logger.info(lines.at(-1))
  return { lines, ms }
}
