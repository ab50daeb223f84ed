import type { Payload } from 'payload'

import { buildCustomers, seedCustomers } from './customers'
import { seedIdentityDocuments } from './documents'
import { seedImages } from './images'
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
  const context = { disableRevalidate: true }
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

  const images = await seedImages(payload, context)
  log(images.line)
  const vehicleSeeds = buildVehicles()
  const vehicles = await seedVehicles(payload, context, vehicleSeeds, images.ids)
  log(vehicles.line)

  const customerSeeds = buildCustomers()
  const customers = await seedCustomers(payload, context, customerSeeds, staff.sales.id)
  log(customers.line)
  log(await seedIdentityDocuments(payload, context, customerSeeds, customers.ids, staff.sales))
  log(
    await seedQuotesAndOrders(payload, context, staff.sales, customerSeeds, customers.ids, vehicleSeeds, vehicles.ids),
  )

  log(await seedPages(payload, context, images.ids.get('suv-gris')))
  log(await seedLegalSettings(payload, context))
  const ms = Date.now() - started
  lines.push(`Seed complete in ${(ms / 1000).toFixed(1)} s`)
  payload.logger.info(lines.at(-1))
  return { lines, ms }
}
