import type { Payload } from 'payload'

import { fromDomainImportRules } from '@/globals/ImportRules/mapping'
import { withCheckDigit } from '@/domain/vin'
import { importRulesFr } from '@/seed/data/importRulesFr'
import type { Customer, Document, Media, Order, Page, Payment, Quote, Vehicle } from '@/payload-types'
import { login } from './rest'
import { createStaff, type StaffSession } from './staff'
import { PDF_MINIMAL, PNG_1X1 } from './files'

export const CUSTOMER_PASSWORD = 'customer-password-1'
const context = { disableRevalidate: true }

export type CustomerSession = { user: Customer; token: string }

let vinCounter = 0
/** A valid North-American VIN, unique within the run. */
export function testVin(): string {
  vinCounter += 1
  return withCheckDigit(`1HGCM82603A${String(100000 + vinCounter).slice(-6)}`)
}

export async function createCustomer(payload: Payload, name: string): Promise<CustomerSession> {
  const email = `${name}.${Date.now()}.${Math.random().toString(36).slice(2, 6)}@customer.test`
  const user = await payload.create({
    collection: 'customers',
    data: { email, password: CUSTOMER_PASSWORD, firstName: name, lastName: 'Test', _verified: true },
    context,
  })
  return { user, token: await login('customers', email, CUSTOMER_PASSWORD) }
}

export async function seedImportRules(payload: Payload): Promise<void> {
  await payload.updateGlobal({ slug: 'import-rules', data: fromDomainImportRules(importRulesFr) as never, context })
}

export function vehicleData(overrides: Partial<Vehicle> = {}) {
  return {
    vin: testVin(),
    make: 'Peugeot',
    model: '308',
    trim: 'GT',
    year: 2022,
    firstRegistrationDate: '2022-03-15T00:00:00.000Z',
    mileageKm: 42_000,
    fuel: 'petrol' as const,
    transmission: 'automatic' as const,
    body: 'hatchback' as const,
    powerKw: 96,
    fiscalHp: 7,
    co2WltpGKm: 128,
    massKg: 1_350,
    originCountry: 'DE' as const,
    sellerType: 'dealer' as const,
    hasCoc: true,
    status: 'available' as const,
    price: { amount: 2_490_000, currency: 'EUR' as const },
    _status: 'published' as const,
    ...overrides,
  }
}

export type World = {
  staff: Record<'admin' | 'sales' | 'marketing', StaffSession>
  a: CustomerSession
  b: CustomerSession
  vehicle: Vehicle
  draftVehicle: Vehicle
  soldVehicle: Vehicle
  quoteA: Quote
  quoteB: Quote
  orderA: Order
  orderB: Order
  paymentA: Payment
  paymentB: Payment
  documentA: Document
  documentB: Document
  media: Media
  page: Page
  draftPage: Page
}

export { PDF_MINIMAL, PNG_1X1 }

async function sentQuote(payload: Payload, customer: Customer, vehicle: Vehicle): Promise<Quote> {
  const quote = await payload.create({
    collection: 'quotes',
    data: {
      kind: 'stock',
      customer: customer.id,
      vehicle: vehicle.id,
      destination: { country: 'FR', region: 'IDF' },
      status: 'in_progress',
      lines: [{ code: 'vehicle', label: 'Véhicule', amount: 2_490_000, override: null, vatIncluded: true }],
      validUntil: new Date(Date.now() + 14 * 86_400_000).toISOString(),
      internalNotes: 'Margin is thin on this one.',
    },
    context,
  })
  return payload.update({ collection: 'quotes', id: quote.id, data: { status: 'sent' }, context })
}

async function order(payload: Payload, customer: Customer, vehicle: Vehicle): Promise<Order> {
  return payload.create({
    collection: 'orders',
    data: {
      customer: customer.id,
      vehicle: vehicle.id,
      status: 'awaiting_deposit',
      totals: { total: 2_600_000, depositDue: 260_000, currency: 'EUR' },
      internalNotes: 'Supplier asked for a quick transfer.',
    },
    context,
  })
}

async function document(payload: Payload, customer: Customer, name: string): Promise<Document> {
  return payload.create({
    collection: 'documents',
    data: { owner: customer.id, type: 'identity', status: 'pending' },
    file: { data: PNG_1X1, mimetype: 'image/png', name: `${name}.png`, size: PNG_1X1.length },
    context,
  })
}

/** Everything the access tests need: three staff, two customers with their own records, content. */
export async function createWorld(payload: Payload): Promise<World> {
  const staff = await createStaff(payload)
  const [a, b] = [await createCustomer(payload, 'alice'), await createCustomer(payload, 'bob')]
  const vehicle = await payload.create({ collection: 'vehicles', data: vehicleData(), context })
  const draftVehicle = await payload.create({
    collection: 'vehicles',
    data: vehicleData({ model: '408', _status: 'draft' }),
    draft: true,
    context,
  })
  const soldVehicle = await payload.create({
    collection: 'vehicles',
    data: vehicleData({ model: '508', status: 'sold' }),
    context,
  })
  const quoteA = await sentQuote(payload, a.user, vehicle)
  const quoteB = await sentQuote(payload, b.user, vehicle)
  const orderA = await order(payload, a.user, vehicle)
  const orderB = await order(payload, b.user, vehicle)
  const paymentA = await payload.create({
    collection: 'payments',
    data: {
      order: orderA.id,
      provider: 'bank_transfer',
      kind: 'deposit',
      currency: 'EUR',
      amount: 100_000,
      status: 'succeeded',
      providerReference: `VIR-A-${Date.now()}`,
    },
    context,
  })
  const paymentB = await payload.create({
    collection: 'payments',
    data: {
      order: orderB.id,
      provider: 'bank_transfer',
      kind: 'deposit',
      currency: 'EUR',
      amount: 100_000,
      status: 'succeeded',
      providerReference: `VIR-B-${Date.now()}`,
    },
    context,
  })
  const documentA = await document(payload, a.user, 'alice-id')
  const documentB = await document(payload, b.user, 'bob-id')
  const media = await payload.create({
    collection: 'media',
    data: { alt: 'A car' },
    file: { data: PNG_1X1, mimetype: 'image/png', name: 'car.png', size: PNG_1X1.length },
    context,
  })
  const layout = [
    { blockType: 'faq' as const, heading: 'Questions', items: [{ question: 'Délai ?', answer: 'Six semaines.' }] },
  ]
  const page = await payload.create({
    collection: 'pages',
    data: { title: 'À propos', slug: `about-${Date.now()}`, layout, _status: 'published' },
    context,
  })
  const draftPage = await payload.create({
    collection: 'pages',
    data: { title: 'Brouillon', slug: `draft-${Date.now()}`, layout, _status: 'draft' },
    draft: true,
    context,
  })
  return {
    staff,
    a,
    b,
    vehicle,
    draftVehicle,
    soldVehicle,
    quoteA,
    quoteB,
    orderA,
    orderB,
    paymentA,
    paymentB,
    documentA,
    documentB,
    media,
    page,
    draftPage,
  }
}
