import { sql } from '@payloadcms/db-postgres'
import type { SQL } from 'drizzle-orm'
import type { Payload, PayloadRequest } from 'payload'

import { requestDb } from '@/db/requestDb'
import { parisDayOf, type IsoDate } from '@/domain/calendarDate'
import type { ImportRules } from '@/domain/importRules'
import { landedPricesByRegion, type RegionLandedPrice } from '@/domain/landedPrice'
import { REGION_CODES } from '@/domain/regions'
import type { QuoteDefaults } from '@/domain/serviceDefaults'
import type { VehicleFacts } from '@/domain/vehicleLandedCost'
import { toDomainImportRules } from '@/globals/ImportRules/mapping'

/*
 * The stored landed prices (table vehicle_landed_prices, one row per vehicle and region). A plain
 * table rather than a Payload collection: nobody edits or reads a row on its own, there is no access
 * rule, version or admin screen to have, and 13 rows per car are written in set-based upserts and read
 * in one join by the search's SQL. Payload's per-document saves would cost a round trip per row.
 */

/** Every vehicle fact the price depends on: typed so that a fact added to the engine is read here too. */
const PRICING_FIELDS: Record<keyof VehicleFacts, true> = {
  price: true,
  sellerType: true,
  originCountry: true,
  inEuFreeCirculation: true,
  firstRegistrationDate: true,
  mileageKm: true,
  co2WltpGKm: true,
  co2NedcGKm: true,
  massKg: true,
  fiscalHp: true,
  fuel: true,
  electricRangeKm: true,
  make: true,
  hasCoc: true,
  originStatement: true,
  typeApproval: true,
  collector: true,
}

/** What a price is computed with besides the car: the rules, our published estimates, the day. */
export type PricingBasis = { rules: ImportRules; defaults: QuoteDefaults | null | undefined; day: IsoDate }

/** Read as the vehicle page reads them (public data), within the request's transaction when given. */
export async function pricingBasis(payload: Payload, req?: PayloadRequest, now = new Date()): Promise<PricingBasis> {
  const [rules, settings] = await Promise.all([
    payload.findGlobal({ slug: 'import-rules', depth: 0, req }),
    payload.findGlobal({ slug: 'site-settings', depth: 0, req }),
  ])
  return { rules: toDomainImportRules(rules as never), defaults: settings.quoteDefaults, day: parisDayOf(now) }
}

type Priced = { vehicleId: string; prices: RegionLandedPrice[] }

function priceAll(vehicles: (VehicleFacts & { id: string })[], basis: PricingBasis): Priced[] {
  return vehicles.map((vehicle) => ({
    vehicleId: vehicle.id,
    prices: landedPricesByRegion(vehicle, REGION_CODES, basis.rules, basis.defaults, basis.day),
  }))
}

type Db = Payload['db']['drizzle']

async function upsert(db: Db, priced: Priced[], day: IsoDate): Promise<void> {
  const values: SQL[] = priced.flatMap(({ vehicleId, prices }) =>
    prices.map(
      (price) =>
        sql`(${vehicleId}::uuid, ${price.region}, ${price.total}::bigint, ${price.reason}, ${price.reasonFr}, ${day}::date, now())`,
    ),
  )
  if (values.length === 0) return
  await db.execute(sql`
    INSERT INTO vehicle_landed_prices (vehicle_id, region, total_cents, refusal, refusal_fr, priced_on, computed_at)
    VALUES ${sql.join(values, sql`, `)}
    ON CONFLICT (vehicle_id, region) DO UPDATE SET
      total_cents = excluded.total_cents, refusal = excluded.refusal, refusal_fr = excluded.refusal_fr,
      priced_on = excluded.priced_on, computed_at = excluded.computed_at`)
}

/**
 * Prices one vehicle as it is stored (its main record, what visitors see once published), within
 * the save's transaction: the price commits or rolls back with the car.
 */
export async function refreshVehiclePrices(req: PayloadRequest, id: string): Promise<void> {
  const vehicle = await req.payload.findByID({
    collection: 'vehicles',
    id,
    select: PRICING_FIELDS,
    depth: 0,
    draft: false,
    disableErrors: true,
    req,
  })
  if (!vehicle) return
  const basis = await pricingBasis(req.payload, req)
  await upsert(await requestDb(req), priceAll([vehicle as VehicleFacts & { id: string }], basis), basis.day)
}

// 300 cars × 13 regions × 6 parameters stays well under PostgreSQL's 65 535 parameters per statement.
const BATCH = 300

/**
 * Re-prices every vehicle, a batch at a time, each batch committed on its own: no long transaction,
 * no lock on the inventory, and a search meanwhile sees each car at its old or its new price.
 */
export async function refreshAllLandedPrices(payload: Payload, now = new Date()): Promise<{ vehicles: number }> {
  const basis = await pricingBasis(payload, undefined, now)
  let vehicles = 0
  for (let page = 1; ; page++) {
    const { docs, hasNextPage } = await payload.find({
      collection: 'vehicles',
      select: PRICING_FIELDS,
      depth: 0,
      draft: false,
      sort: 'id',
      limit: BATCH,
      page,
      overrideAccess: true,
    })
    await upsert(payload.db.drizzle, priceAll(docs as (VehicleFacts & { id: string })[], basis), basis.day)
    vehicles += docs.length
    if (!hasNextPage) break
  }
  return { vehicles }
}

/**
 * Whether the stored prices may differ from the page's: computed for an earlier day (rule rows that
 * start on a day, the month's exchange rate and the car's age all enter the price), before the rules
 * or the settings were last saved (a run already queued can swallow a save's), or missing for a car.
 */
export async function landedPricesStale(payload: Payload, now = new Date()): Promise<boolean> {
  const { rows } = await payload.db.drizzle.execute<{ stale: boolean }>(sql`
    SELECT EXISTS (SELECT 1 FROM vehicle_landed_prices WHERE priced_on < ${parisDayOf(now)}::date)
        OR EXISTS (SELECT 1 FROM vehicle_landed_prices WHERE computed_at < greatest(
             (SELECT max(updated_at) FROM import_rules), (SELECT max(updated_at) FROM site_settings)))
        OR EXISTS (SELECT 1 FROM vehicles v WHERE NOT EXISTS
             (SELECT 1 FROM vehicle_landed_prices lp WHERE lp.vehicle_id = v.id)) AS stale`)
  return Boolean(rows[0]?.stale)
}
