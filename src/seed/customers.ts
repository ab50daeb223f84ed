import type { Payload, RequestContext } from 'payload'

import type { RegionCode } from '@/domain/regions'
import type { Customer } from '@/payload-types'
import { inBatches } from './batches'
import { CUSTOMER_CITIES } from './data/places'
import { createRandom } from './random'
import { DEMO_PASSWORD } from './staff'

export type CustomerSeed = {
  email: string
  firstName: string
  lastName: string
  phone: string
  address: { line1: string; postcode: string; city: string; region: RegionCode | null }
  country: NonNullable<Customer['country']>
  language: 'fr' | 'en'
  marketingEmail: boolean
  sms: boolean
}

/** The two storefront logins listed in the README; the e2e tests sign in with them. */
export const DEMO_CUSTOMERS: CustomerSeed[] = [
  {
    email: 'client@autoport.test',
    firstName: 'Camille',
    lastName: 'Martin',
    phone: '+33 6 12 34 56 78',
    address: { line1: '12 rue Paul Bert', postcode: '69003', city: 'Lyon', region: 'ARA' },
    country: 'FR',
    language: 'fr',
    marketingEmail: true,
    sms: true,
  },
  {
    email: 'client2@autoport.test',
    firstName: 'James',
    lastName: 'Walker',
    phone: '+33 7 81 22 45 90',
    address: { line1: '18 rue Oberkampf', postcode: '75011', city: 'Paris', region: 'IDF' },
    country: 'FR',
    language: 'en',
    marketingEmail: false,
    sms: true,
  },
]

const PEOPLE: [string, string, 'fr' | 'en', 'FR' | 'BE' | 'GB'][] = [
  ['Léa', 'Bernard', 'fr', 'FR'],
  ['Hugo', 'Dubois', 'fr', 'FR'],
  ['Chloé', 'Thomas', 'fr', 'FR'],
  ['Lucas', 'Robert', 'fr', 'FR'],
  ['Manon', 'Richard', 'fr', 'FR'],
  ['Nathan', 'Petit', 'fr', 'FR'],
  ['Inès', 'Durand', 'fr', 'FR'],
  ['Théo', 'Leroy', 'fr', 'FR'],
  ['Sarah', 'Moreau', 'fr', 'FR'],
  ['Julien', 'Simon', 'fr', 'FR'],
  ['Émilie', 'Laurent', 'fr', 'FR'],
  ['Antoine', 'Lefebvre', 'fr', 'FR'],
  ['Pauline', 'Michel', 'fr', 'FR'],
  ['Maxime', 'Garcia', 'fr', 'FR'],
  ['Océane', 'Fournier', 'fr', 'FR'],
  ['Nicolas', 'Girard', 'fr', 'FR'],
  ['Clara', 'Bonnet', 'fr', 'FR'],
  ['Romain', 'Mercier', 'fr', 'FR'],
  ['Anaïs', 'Faure', 'fr', 'FR'],
  ['Thomas', 'Rousseau', 'fr', 'FR'],
  ['Lotte', 'Peeters', 'fr', 'BE'],
  ['Arnaud', 'Janssens', 'fr', 'BE'],
  ['Sophie', 'Dupont', 'fr', 'BE'],
  ['Oliver', 'Bennett', 'en', 'GB'],
  ['Emily', 'Clarke', 'en', 'GB'],
]

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '')

/** The demo customers plus 25 more, the same on every run. */
export function buildCustomers(): CustomerSeed[] {
  const random = createRandom('autoport-customers-v1')
  const others = PEOPLE.map(([firstName, lastName, language, origin], index): CustomerSeed => {
    const place = random.pick(CUSTOMER_CITIES)
    const mobile = `+33 ${random.pick(['6', '7'])} ${random.chars('0123456789', 2)} ${random.chars('0123456789', 2)} ${random.chars('0123456789', 2)} ${random.chars('0123456789', 2)}`
    const domain = random.pick(['gmail.com', 'orange.fr', 'free.fr', 'outlook.fr', 'laposte.net', 'icloud.com'])
    // One Belgian customer still lives in Brussels (registration in France for a second home).
    const abroad = origin === 'BE' && index === PEOPLE.length - 3
    return {
      email: `${slug(firstName)}.${slug(lastName)}@${origin === 'BE' ? 'skynet.be' : origin === 'GB' ? 'gmail.com' : domain}`,
      firstName,
      lastName,
      phone: abroad
        ? `+32 4${random.chars('0123456789', 2)} ${random.chars('0123456789', 2)} ${random.chars('0123456789', 2)} ${random.chars('0123456789', 2)}`
        : mobile,
      address: abroad
        ? { line1: 'Avenue Louise 231', postcode: '1050', city: 'Bruxelles', region: null }
        : { line1: random.pick(place.streets), postcode: place.postcode, city: place.city, region: place.region },
      country: abroad ? 'BE' : 'FR',
      language,
      marketingEmail: random.chance(0.45),
      sms: random.chance(0.6),
    }
  })
  return [...DEMO_CUSTOMERS, ...others]
}

/** Creates the customers whose e-mail is not taken yet; returns every seed e-mail's id. */
export async function seedCustomers(
  payload: Payload,
  context: RequestContext,
  customers: CustomerSeed[],
  salesId: string | undefined,
): Promise<{ ids: Map<string, string>; line: string }> {
  const existing = await payload.find({
    collection: 'customers',
    where: { email: { in: customers.map((customer) => customer.email) } },
    select: { email: true },
    pagination: false,
    depth: 0,
  })
  const ids = new Map(existing.docs.map((doc) => [doc.email, doc.id]))
  const missing = customers.filter((customer) => !ids.has(customer.email))
  // Password hashing dominates: three at a time keeps both cores busy.
  await inBatches(missing, 3, async (customer) => {
    const doc = await payload.create({
      collection: 'customers',
      data: {
        email: customer.email,
        password: DEMO_PASSWORD,
        _verified: true,
        firstName: customer.firstName,
        lastName: customer.lastName,
        phone: customer.phone,
        address: customer.address,
        country: customer.country,
        language: customer.language,
        consents: { marketingEmail: { granted: customer.marketingEmail }, sms: { granted: customer.sms } },
        assignedTo: salesId,
      },
      disableVerificationEmail: true,
      depth: 0,
      // The consent evidence says where the consent came from.
      context: { ...context, consentSource: 'demo-seed' },
    })
    ids.set(customer.email, doc.id)
  })
  return { ids, line: `Seeded ${missing.length} customers (${customers.length - missing.length} already there)` }
}
