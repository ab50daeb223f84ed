import type { Payload, RequestContext } from 'payload'

import { isEuCountry } from '@/domain/countries'
import type { Vehicle } from '@/payload-types'
import { CATALOG, COLOURS, COMMON_OPTIONS, ELECTRIC_OPTIONS, type CatalogModel } from './data/catalog'
import { optionEn } from './data/optionsEn'
import { SELLER_PLACES, SHOWROOM } from './data/places'
import { imagesFor } from './images'
import { inBatches } from './batches'
import { createRandom, type Random } from './random'
import type { RichText } from './richText'
import { description, headline, type VehicleFacts } from './vehicleText'
import { makeVin } from './vinFactory'

/** Ages and prices are computed at this date, so the data never drifts with the clock. */
const REFERENCE_DATE = Date.UTC(2026, 10, 1)
const LAST_REGISTRATION = Date.UTC(2026, 9, 15)
const KW_TO_HP = 1.35962
const FEATURED_MODELS = [
  '911',
  'Land Cruiser',
  'Defender',
  'Taycan',
  'Supra',
  'Skyline GT-R',
  '911 (964)',
  'Corvette',
  'X5',
  'Model Y',
  'NSX (NA1)',
  'GR86',
]
const DRAFT_COUNT = 5

type VehicleData = Omit<Vehicle, 'id' | 'createdAt' | 'updatedAt' | 'gallery' | 'description'> & {
  description: RichText
}

export type VehicleSeed = {
  data: VehicleData
  /** Image keys (imagesFor: every view of its body in its colour), turned into media ids when the vehicle is created. */
  gallery: string[]
  english?: {
    headline: string
    description: RichText
    colour: string
    options: string[]
    modelName?: string
    trimName?: string
  }
  collector: boolean
}

function registrationDate(random: Random, year: number): string {
  const month = random.int(0, 11)
  const day = random.int(1, 28)
  const time = Math.min(Date.UTC(year, month, day, 12), LAST_REGISTRATION - random.int(0, 60) * 86_400_000)
  return new Date(time).toISOString()
}

function roundPrice(euros: number): number {
  // Listing prices such as 48 900 €: to the 500 € below, minus 100 €.
  return Math.max(1_900, Math.round(euros / 500) * 500 - 100)
}

function vinPrefix(model: CatalogModel, random: Random, country: string, year: number): string {
  if (model.make === 'Tesla' && isEuCountry(country)) {
    if (model.model === 'Model Y') return 'XP7'
    return year >= 2021 ? 'LRW' : '5YJ'
  }
  return random.pick(model.wmi)
}

function statusFor(random: Random): Vehicle['status'] {
  return random.weighted<Vehicle['status']>([
    ['available', 72],
    ['reserved', 8],
    ['sold', 8],
    ['in_transit', 6],
    ['delivered', 6],
  ])
}

/** The English names where English says them differently (the French ones are `model` and `trim`). */
type Built = VehicleSeed & { facts: VehicleFacts; names: { modelName?: string; trimName?: string } }

/**
 * EU cars and Chinese exports are built to EU type approval; British cars were until 2020; most
 * Japanese, American and Korean market cars are not. Collector cars register without a COC.
 */
function cocAvailable(random: Random, model: CatalogModel, country: string, year: number): boolean {
  if (model.collector) return false
  if (isEuCountry(country) || country === 'CN') return true
  if (country === 'GB') return year <= 2020 || random.chance(0.5)
  return random.chance(0.12)
}

function buildOne(random: Random, model: CatalogModel, vins: Set<string>): Built {
  const span = (variant: CatalogModel['variants'][number]) => variant.years ?? model.years
  const variant = random.pick(model.variants)
  const [fromYear, toYear] = span(variant)
  const year = random.int(Math.max(fromYear, model.years[0]), Math.min(toYear, model.years[1]))
  const place = SELLER_PLACES[random.weighted(model.origins)]!
  const country = place.country
  const eu = isEuCountry(country)
  const collector = Boolean(model.collector && year <= 1996)
  const isNew = Boolean(model.newOnly) && !eu
  const firstRegistrationDate = isNew ? null : registrationDate(random, year)
  const ageYears = firstRegistrationDate
    ? (REFERENCE_DATE - Date.parse(firstRegistrationDate)) / (365.25 * 86_400_000)
    : 0

  let mileageKm: number
  let priceEuros: number
  if (model.collector) {
    mileageKm = random.int(model.collector.mileage[0], model.collector.mileage[1])
    priceEuros = random.int(model.collector.value[0], model.collector.value[1])
  } else if (isNew) {
    mileageKm = random.int(5, 60)
    priceEuros = (variant.priceNew * random.int(88, 97)) / 100
  } else {
    mileageKm = ageYears < 0.5 ? random.int(800, 5_800) : Math.round(ageYears * random.int(8_000, 21_000))
    const depreciation = Math.max(0.3, 0.93 * 0.9 ** ageYears - mileageKm / 4_000_000)
    priceEuros = (variant.priceNew * depreciation * random.int(95, 106)) / 100
  }
  const price = roundPrice(priceEuros) * 100

  const fuel = variant.fuel
  const electric = fuel === 'electric'
  const co2 = variant.co2 === null ? null : electric ? 0 : Math.max(1, variant.co2 + random.int(-3, 4))
  const beforeWltp = firstRegistrationDate !== null && firstRegistrationDate < '2020-03-01'
  const fiscalHp = variant.cv ?? Math.max(1, Math.round((co2 ?? 0) / 45 + (variant.kw / 40) ** 1.6))
  const colour = random.weighted(COLOURS)
  const body = variant.body ?? model.body

  const hasCoc = cocAvailable(random, model, country, year)
  const originStatement = (country === 'JP' || country === 'US') && !model.collector && random.chance(0.8)
  const sellerType: Vehicle['sellerType'] = random.chance(model.collector ? 0.5 : 0.12) ? 'private' : 'dealer'
  const showroom = eu && !model.collector && random.chance(0.08)
  const street = random.pick(place.streets)
  const jitter = () => random.int(-150, 150) / 10_000
  const location: Vehicle['location'] = showroom
    ? {
        address: SHOWROOM.address,
        postcode: SHOWROOM.postcode,
        city: SHOWROOM.city,
        country: 'FR',
        lat: SHOWROOM.lat,
        lng: SHOWROOM.lng,
      }
    : {
        address: street,
        postcode: place.postcode,
        city: place.city,
        country,
        lat: +(place.lat + jitter()).toFixed(4),
        lng: +(place.lng + jitter()).toFixed(4),
      }

  const specific = random.sample(model.options, random.int(2, Math.min(4, model.options.length)))
  const common = random.sample([...COMMON_OPTIONS, ...(electric ? ELECTRIC_OPTIONS : [])], 10)
  const options = [...specific, ...common].slice(0, random.int(4, 10))

  const facts: VehicleFacts = {
    model,
    year,
    firstRegistrationDate,
    mileageKm,
    fuel,
    transmission: variant.transmission,
    powerHp: Math.round(variant.kw * KW_TO_HP),
    fiscalHp,
    electricRangeKm: variant.electricRangeKm,
    colour,
    originCountry: country,
    eu,
    hasCoc,
    originStatement,
    sellerType,
    city: place.city,
    showroom,
    collector,
    newForVat: eu && (mileageKm <= 6_000 || ageYears <= 0.5),
  }
  const supplier = sellerType === 'dealer' ? random.pick(place.dealers) : `Particulier, ${place.city}`
  const vin = makeVin(random, vinPrefix(model, random, country, year), model.vds, year, vins)
  const euroNorm = variant.euro === 'euro6d' && year < 2019 ? 'euro6' : (variant.euro ?? 'euro6d')

  return {
    facts,
    names: {
      ...(model.en ? { modelName: model.en } : {}),
      ...(variant.trimEn ? { trimName: variant.trimEn } : {}),
    },
    collector,
    gallery: imagesFor(body, colour.fr).map((image) => image.key),
    data: {
      vin,
      make: model.make,
      model: model.model,
      trim: variant.trim,
      year,
      firstRegistrationDate,
      mileageKm,
      fuel,
      transmission: variant.transmission,
      body,
      powerKw: variant.kw,
      fiscalHp,
      co2WltpGKm: co2,
      co2NedcGKm: co2 !== null && !electric && beforeWltp ? Math.round(co2 * 0.83) : null,
      euroNorm,
      massKg: variant.massKg + random.int(-15, 25),
      electricRangeKm: variant.electricRangeKm ?? null,
      colour: colour.fr,
      doors: variant.doors ?? model.doors,
      seats: variant.seats ?? model.seats,
      options,
      status: statusFor(random),
      price: { amount: price, currency: 'EUR' },
      originCountry: country,
      sellerType,
      inEuFreeCirculation: eu || showroom,
      hasCoc,
      originStatement,
      location,
      featured: false,
      headline: headline(facts, 'fr'),
      description: description(facts, 'fr'),
      internal: {
        supplier,
        purchaseCost: Math.round((price * random.int(850, 920)) / 1000),
        notes: random.pick([
          'Historique d’entretien reçu et vérifié.',
          'Photos détaillées et rapport d’inspection demandés au vendeur.',
          'Contrôle de l’historique (kilométrage, sinistres) sans anomalie.',
          'Vendeur réactif, paiement par virement à la livraison au transporteur.',
          'Inspection sur place faite par notre partenaire local.',
        ]),
      },
      _status: 'published',
    },
  }
}

/** The ~200 demo vehicles, the same on every run. */
export function buildVehicles(): VehicleSeed[] {
  const random = createRandom('autoport-vehicles-v1')
  const vins = new Set<string>()
  const built = CATALOG.flatMap((model) => Array.from({ length: model.count }, () => buildOne(random, model, vins)))
  // Interleave the makes so lists and sorting by date look like a real inventory.
  const order = random.sample(
    built.map((_, index) => index),
    built.length,
  )
  const vehicles = order.map((index) => built[index]!)

  let featured = 0
  for (const name of FEATURED_MODELS) {
    const vehicle = vehicles.find((candidate) => candidate.data.model === name && candidate.data.status === 'available')
    if (!vehicle || featured >= 10) continue
    vehicle.data.featured = true
    featured += 1
  }
  for (const vehicle of vehicles)
    vehicle.english = {
      headline: headline(vehicle.facts, 'en'),
      description: description(vehicle.facts, 'en'),
      colour: vehicle.facts.colour.en,
      options: (vehicle.data.options ?? []).map(optionEn),
      ...vehicle.names,
    }
  const drafts = vehicles
    .filter((vehicle) => !vehicle.data.featured && vehicle.data.status === 'available')
    .slice(-DRAFT_COUNT)
  for (const vehicle of drafts) {
    vehicle.data.status = 'draft'
    vehicle.data._status = 'draft'
  }
  return vehicles.map(({ facts: _facts, names: _names, ...vehicle }) => vehicle)
}

/** Creates the vehicles whose VIN is not in the database yet; returns every seed VIN's id. */
export async function seedVehicles(
  payload: Payload,
  context: RequestContext,
  vehicles: VehicleSeed[],
  mediaIds: Map<string, string>,
): Promise<{ ids: Map<string, string>; line: string }> {
  const existing = await payload.find({
    collection: 'vehicles',
    where: { vin: { in: vehicles.map((vehicle) => vehicle.data.vin) } },
    select: { vin: true },
    pagination: false,
    depth: 0,
    draft: true,
  })
  const ids = new Map(existing.docs.map((doc) => [doc.vin, doc.id]))
  const missing = vehicles.filter((vehicle) => !ids.has(vehicle.data.vin))
  await inBatches(missing, 4, async (vehicle) => {
    const draft = vehicle.data._status === 'draft'
    const doc = await payload.create({
      collection: 'vehicles',
      data: { ...vehicle.data, gallery: vehicle.gallery.map((key) => mediaIds.get(key)!).filter(Boolean) },
      draft,
      locale: 'fr',
      depth: 0,
      context,
    })
    ids.set(vehicle.data.vin, doc.id)
    if (vehicle.english) {
      await payload.update({
        collection: 'vehicles',
        id: doc.id,
        locale: 'en',
        data: vehicle.english,
        draft,
        depth: 0,
        context,
      })
    }
  })
  const featured = vehicles.filter((vehicle) => vehicle.data.featured).length
  return {
    ids,
    line: `Seeded ${missing.length} vehicles (${vehicles.length - missing.length} already there; ${featured} featured, ${vehicles.filter((v) => v.data._status === 'draft').length} drafts)`,
  }
}
