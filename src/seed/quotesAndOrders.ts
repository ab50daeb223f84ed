/**
 * Quotes in every status and orders at every milestone, built through the collections' own rules:
 * priced from the landed cost, sent, then declined, expired or accepted (the Quotes hook creates the
 * order), and orders moved along one milestone at a time.
 */
import type { Payload, RequestContext } from 'payload'

import { isEuCountry } from '@/domain/countries'
import type { OrderStatus } from '@/domain/orderStatus'
import type { RegionCode } from '@/domain/regions'
import { idOf } from '@/domain/relationId'
import type { Quote, User } from '@/payload-types'
import type { CustomerSeed } from './customers'
import { inBatches } from './batches'
import { advanceOrder, type FlowContext } from './orderFlow'
import { createRandom } from './random'
import type { VehicleSeed } from './vehicles'

type Target = 'requested' | 'in_progress' | 'sent' | 'declined' | 'expired' | 'converted'
type Sourcing = NonNullable<Quote['sourcing']>
type VehicleNeed = (vehicle: VehicleSeed) => boolean

export type Scenario = {
  customer: string
  target: Target
  kind: 'stock' | 'sourcing'
  /** Which stock vehicle (or sourcing candidate) suits this quote. */
  vehicle?: VehicleNeed
  sourcing?: Sourcing
  message?: string
  declineReason?: string
  internalNotes?: string
  order?: { target: OrderStatus; provider: 'bank_transfer' | 'stripe' }
}

const euro = (amount: number) => amount * 100
const origin = (vehicle: VehicleSeed) => vehicle.data.originCountry
const eu: VehicleNeed = (vehicle) => isEuCountry(origin(vehicle))
const nonEu: VehicleNeed = (vehicle) => !eu(vehicle)
const any: VehicleNeed = () => true
const modelIs =
  (...models: string[]): VehicleNeed =>
  (vehicle) =>
    models.includes(vehicle.data.model)

const DEMO: Scenario[] = [
  {
    customer: 'client@autoport.test',
    target: 'requested',
    kind: 'sourcing',
    sourcing: {
      make: 'Toyota',
      model: 'Land Cruiser',
      yearFrom: 2019,
      yearTo: 2022,
      budget: euro(55_000),
      fuel: 'diesel',
      transmission: 'automatic',
      maxMileageKm: 90_000,
      mustHaves: '7 places, attelage pour un van à chevaux, historique d’entretien complet.',
    },
    message: 'Bonjour, je cherche un Toyota Land Cruiser 2019–2022, budget 55 000 € tout compris. Merci !',
  },
  {
    customer: 'client@autoport.test',
    target: 'in_progress',
    kind: 'sourcing',
    vehicle: modelIs('911'),
    sourcing: {
      make: 'Porsche',
      model: '911',
      yearFrom: 2019,
      yearTo: 2023,
      budget: euro(125_000),
      transmission: 'automatic',
      mustHaves: 'Pack Sport Chrono, échappement sport.',
    },
    message: 'Une 992 Carrera S ou GTS, couleur sobre de préférence.',
    internalNotes: 'Candidate trouvée chez un concessionnaire allemand, photos détaillées demandées.',
  },
  {
    customer: 'client@autoport.test',
    target: 'sent',
    kind: 'stock',
    vehicle: (v) => eu(v) && ['Golf', 'A4', 'Série 3', '3008', 'Classe C'].includes(v.data.model),
  },
  {
    customer: 'client@autoport.test',
    target: 'declined',
    kind: 'stock',
    vehicle: (v) => eu(v) && v.data.body === 'suv',
    declineReason: 'Le prix rendu dépasse mon budget, je préfère attendre un modèle moins cher.',
  },
  {
    customer: 'client@autoport.test',
    target: 'expired',
    kind: 'stock',
    vehicle: modelIs('Mégane', 'Octavia Combi', 'Giulia', 'Formentor'),
  },
  {
    customer: 'client@autoport.test',
    target: 'converted',
    kind: 'stock',
    vehicle: (v) => origin(v) === 'JP' && !v.collector,
    order: { target: 'shipped', provider: 'bank_transfer' },
  },
  {
    customer: 'client2@autoport.test',
    target: 'sent',
    kind: 'stock',
    vehicle: (v) => eu(v) && v.data.fuel === 'electric',
    message: 'Could you deliver it to Paris?',
  },
  {
    customer: 'client2@autoport.test',
    target: 'converted',
    kind: 'stock',
    vehicle: (v) => origin(v) === 'GB',
    order: { target: 'registered', provider: 'stripe' },
  },
]

const ORDER_TARGETS: OrderStatus[] = [
  'awaiting_deposit',
  'deposit_paid',
  'vehicle_purchased',
  'transport_booked',
  'shipped',
  'arrived',
  'customs_cleared',
  'homologated',
  'registered',
  'ready',
  'delivered',
  'cancelled',
  'awaiting_deposit',
  'deposit_paid',
  'vehicle_purchased',
  'transport_booked',
  'shipped',
  'arrived',
  'homologated',
  'delivered',
]

const SOURCING_REQUESTS: { sourcing: Sourcing; message: string; candidate?: VehicleNeed }[] = [
  {
    sourcing: {
      make: 'Mercedes-Benz',
      model: 'Classe G',
      yearFrom: 2019,
      yearTo: 2023,
      budget: euro(150_000),
      fuel: 'petrol',
      mustHaves: 'G 500 ou AMG G 63, intérieur cuir clair.',
    },
    message: 'Je cherche un Classe G récent, idéalement en Allemagne.',
  },
  {
    sourcing: {
      make: 'Ford',
      model: 'Bronco',
      yearFrom: 2022,
      yearTo: 2024,
      budget: euro(75_000),
      transmission: 'automatic',
      mustHaves: '4 portes, pack Sasquatch.',
    },
    message: 'Est-il possible de l’immatriculer en France sans trop de frais ?',
  },
  {
    sourcing: {
      make: 'Honda',
      model: 'Civic Type R',
      yearFrom: 2023,
      yearTo: 2025,
      budget: euro(58_000),
      transmission: 'manual',
      maxMileageKm: 20_000,
    },
    message: 'Type R FL5, blanc championship si possible.',
  },
  {
    sourcing: {
      make: 'BMW',
      model: 'M3 Touring',
      yearFrom: 2023,
      yearTo: 2025,
      budget: euro(115_000),
      mustHaves: 'Sièges baquets carbone, pack M Driver.',
    },
    message: 'Budget ferme, livraison à Bordeaux.',
  },
  {
    sourcing: {
      make: 'Toyota',
      model: 'Supra',
      yearFrom: 2020,
      yearTo: 2023,
      budget: euro(60_000),
      transmission: 'manual',
    },
    message: 'Supra 3.0 manuelle, japonaise de préférence.',
    candidate: modelIs('Supra'),
  },
  {
    sourcing: {
      make: 'Volvo',
      model: 'XC60',
      yearFrom: 2021,
      yearTo: 2024,
      budget: euro(48_000),
      fuel: 'plugin_hybrid',
    },
    message: 'Hybride rechargeable, attelage indispensable.',
    candidate: modelIs('XC60'),
  },
]

const DECLINE_REASONS = [
  'J’ai trouvé un véhicule équivalent plus près de chez moi.',
  'Le malus est plus élevé que prévu pour ce modèle.',
  'Finalement, je reporte mon achat à l’année prochaine.',
  'Le délai de livraison est trop long pour moi.',
]

/** The same quotes and orders on every run: demo customers first (their numbers are stable), then the others. */
export function buildScenarios(customers: CustomerSeed[]): Scenario[] {
  const others = customers.slice(2, 22)
  const random = createRandom('autoport-quotes-v1')
  const quoteTargets: Target[] = ['requested', 'in_progress', 'sent', 'declined', 'expired']
  const scenarios: Scenario[] = [...DEMO]
  others.forEach((customer, index) => {
    const orderTarget = ORDER_TARGETS[index]!
    scenarios.push({
      customer: customer.email,
      target: 'converted',
      kind: 'stock',
      vehicle: orderTarget === 'customs_cleared' || index % 3 === 0 ? nonEu : any,
      order: { target: orderTarget, provider: index % 2 === 0 ? 'bank_transfer' : 'stripe' },
    })
    const target = quoteTargets[index % quoteTargets.length]!
    const request = SOURCING_REQUESTS[index % SOURCING_REQUESTS.length]!
    if (target === 'requested' || (target === 'in_progress' && request.candidate)) {
      scenarios.push({
        customer: customer.email,
        target,
        kind: 'sourcing',
        sourcing: request.sourcing,
        message: request.message,
        vehicle: request.candidate,
      })
    } else {
      scenarios.push({
        customer: customer.email,
        target,
        kind: 'stock',
        vehicle: random.chance(0.6) ? eu : any,
        declineReason: target === 'declined' ? random.pick(DECLINE_REASONS) : undefined,
        message: random.chance(0.5)
          ? random.pick([
              'Livraison possible avant la fin du mois ?',
              'Reprise de mon véhicule actuel possible ?',
              'Pouvez-vous confirmer l’historique d’entretien ?',
            ])
          : undefined,
      })
    }
  })
  return scenarios
}

type Counters = { quotes: number; orders: number; skipped: number }

async function runScenario(
  flow: FlowContext,
  scenario: Scenario,
  customerId: string,
  region: RegionCode,
  vehicle: { id: string; seed: VehicleSeed } | undefined,
  counters: Counters,
) {
  const { payload, context, sales } = flow
  const common = {
    customer: customerId,
    kind: scenario.kind,
    vehicle: vehicle?.id,
    sourcing: scenario.sourcing,
    destination: { country: 'FR' as const, region },
    customerMessage: scenario.message,
    internalNotes: scenario.internalNotes,
    assignedTo: sales.id,
  }
  counters.quotes += 1
  if (scenario.target === 'requested') {
    await payload.create({
      collection: 'quotes',
      data: { ...common, status: 'requested' },
      user: sales,
      depth: 0,
      context,
    })
    return
  }
  const quote = await payload.create({
    collection: 'quotes',
    data: { ...common, status: 'in_progress', reprice: true },
    user: sales,
    depth: 0,
    context,
  })
  if (scenario.target === 'in_progress') return
  const update = (data: Partial<Quote>) =>
    payload.update({ collection: 'quotes', id: quote.id, data, user: sales, depth: 0, context })
  await update({ status: 'sent' })
  if (scenario.target === 'sent') return
  if (scenario.target === 'declined') {
    await update({ status: 'declined', declineReason: scenario.declineReason })
    return
  }
  if (scenario.target === 'expired') {
    await update({ status: 'expired', validUntil: new Date(Date.now() - 20 * 86_400_000).toISOString() })
    return
  }
  await update({ status: 'accepted' })
  const converted = await payload.findByID({ collection: 'quotes', id: quote.id, depth: 0 })
  const orderId = typeof converted.order === 'object' ? converted.order?.id : converted.order
  if (converted.status !== 'converted' || !orderId)
    throw new Error(`Quote ${converted.number} was not converted into an order`)
  counters.orders += 1
  if (scenario.order && vehicle) {
    await advanceOrder(flow, orderId, {
      target: scenario.order.target,
      provider: scenario.order.provider,
      origin: vehicle.seed.data.originCountry,
      vehicleId: vehicle.id,
      supplier: vehicle.seed.data.internal?.supplier ?? 'le vendeur',
    })
  }
}

export async function seedQuotesAndOrders(
  payload: Payload,
  context: RequestContext,
  sales: User & { collection: 'users' },
  customers: CustomerSeed[],
  customerIds: Map<string, string>,
  vehicles: VehicleSeed[],
  vehicleIds: Map<string, string>,
): Promise<string> {
  const scenarios = buildScenarios(customers)
  const counters: Counters = { quotes: 0, orders: 0, skipped: 0 }

  // Stock quotes use published, available, non-featured cars, each car once.
  const pool = vehicles.filter(
    (vehicle) => vehicle.data.status === 'available' && vehicle.data._status === 'published' && !vehicle.data.featured,
  )
  const take = (need: VehicleNeed | undefined) => {
    if (!need) return undefined
    const index = pool.findIndex(need)
    const [seed] = pool.splice(index >= 0 ? index : 0, 1)
    return seed ? { id: vehicleIds.get(seed.data.vin)!, seed } : undefined
  }
  // Vehicles are chosen for every scenario, seeded or not, so a second run picks the same cars.
  const planned = scenarios.map((scenario) => ({ scenario, vehicle: take(scenario.vehicle) }))

  const emails = [...new Set(scenarios.map((scenario) => scenario.customer))].filter((email) => customerIds.has(email))
  const { docs } = await payload.find({
    collection: 'quotes',
    where: { customer: { in: emails.map((email) => customerIds.get(email)!) } },
    select: { customer: true },
    pagination: false,
    depth: 0,
  })
  const withQuotes = new Set(docs.map((doc) => idOf(doc.customer)))

  const runCustomer = async (email: string) => {
    const customerId = customerIds.get(email)!
    const mine = planned.filter(({ scenario }) => scenario.customer === email)
    if (withQuotes.has(customerId)) {
      counters.skipped += mine.length
      return
    }
    // One PRNG per customer: plates, containers and references do not depend on the run's timing.
    const flow: FlowContext = { payload, context, sales, random: createRandom(`autoport-orders-v1:${email}`) }
    const region = customers.find((candidate) => candidate.email === email)?.address.region ?? 'IDF'
    for (const { scenario, vehicle } of mine) await runScenario(flow, scenario, customerId, region, vehicle, counters)
  }
  // The demo customers first and in order, so their quote and order numbers are the first ones.
  const demo = new Set(DEMO.map((scenario) => scenario.customer))
  for (const email of emails.filter((candidate) => demo.has(candidate))) await runCustomer(email)
  await inBatches(
    emails.filter((candidate) => !demo.has(candidate)),
    3,
    runCustomer,
  )
  return `Seeded ${counters.quotes} quotes and ${counters.orders} orders (${counters.skipped} already there)`
}
