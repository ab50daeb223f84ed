import type { Payload } from 'payload'
import { expect } from 'vitest'

import type { SiteSetting } from '@/payload-types'
import { createCustomer, seedImportRules, type CustomerSession } from './fixtures'
import { resetDatabase } from './resetDatabase'
import { rest } from './rest'
import { createStaff, type StaffSession } from './staff'

const context = { disableRevalidate: true }

/** An empty database ready to price quotes: the French rules, our estimates, a sales user and a customer. */
export async function pricingSetup(
  payload: Payload,
  quoteDefaults: SiteSetting['quoteDefaults'],
  customerName: string,
): Promise<{ sales: StaffSession; customer: CustomerSession }> {
  await resetDatabase(payload)
  await seedImportRules(payload)
  await payload.updateGlobal({ slug: 'site-settings', data: { siteName: 'Autoport', quoteDefaults }, context })
  const sales = (await createStaff(payload)).sales
  const customer = await createCustomer(payload, customerName)
  return { sales, customer }
}

/** A stock quote that sales open through REST for `customer`, on a vehicle already in the inventory. */
export async function openStockQuote(
  sales: StaffSession,
  customer: CustomerSession,
  vehicleId: string,
  extra: { region?: string; pricingInputs?: object } = {},
): Promise<string> {
  const created = await rest('POST', '/api/quotes', {
    token: sales.token,
    body: {
      kind: 'stock',
      customer: customer.user.id,
      vehicle: vehicleId,
      destination: { country: 'FR', region: extra.region ?? 'IDF' },
      ...(extra.pricingInputs ? { pricingInputs: extra.pricingInputs } : {}),
    },
  })
  expect(created.status).toBe(201)
  return created.body.doc.id as string
}
