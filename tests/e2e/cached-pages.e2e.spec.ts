import { expect, test, type APIRequestContext } from '@playwright/test'

import { DEMO_PASSWORD } from './helpers'

/**
 * Cached storefront pages as scripts/server.ts serves them (src/server/compressedPages.ts): brotli
 * bytes kept per page with their own ETag, and a page just sent served again without asking
 * Next.js, except right after a staff save on this instance.
 */

type Vehicle = { id: string; slug: string; make: string; model: string; price: { amount: number; currency: string } }

const wholeEuros = (euros: number) =>
  new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(euros)

async function signedInStaff(request: APIRequestContext) {
  const login = await request.post('/api/users/login', {
    data: { email: 'sales@autoport.test', password: DEMO_PASSWORD },
  })
  expect(login.ok()).toBe(true)
  return { authorization: `JWT ${((await login.json()) as { token: string }).token}` }
}

test('a cached search goes out in brotli with an ETag, and as a 304 to a client that holds it', async ({ request }) => {
  const path = '/vehicles?body=suv&sort=price_asc'
  const first = await request.get(path, { headers: { 'accept-encoding': 'br' } })
  expect(first.status()).toBe(200)
  expect(first.headers()['content-encoding']).toBe('br')
  expect(await first.text()).toContain('Véhicules disponibles')
  const etag = first.headers().etag!
  expect(etag).toMatch(/^"[\w-]{27}"$/)

  const again = await request.get(path, { headers: { 'accept-encoding': 'br', 'if-none-match': etag } })
  expect(again.status()).toBe(304)
  expect((await again.body()).length).toBe(0)
  // Another search is another page, with another ETag.
  const other = await request.get('/vehicles?body=estate&sort=price_asc', { headers: { 'if-none-match': etag } })
  expect(other.status()).toBe(200)
  expect(other.headers().etag).not.toBe(etag)
})

test('a staff price change is on the very next search page while twenty visitors load it', async ({ request }) => {
  const headers = await signedInStaff(request)
  const found = await request.get(
    '/api/vehicles?where[price.currency][equals]=EUR&where[status][equals]=available&sort=-price.amount&limit=1&depth=0',
    { headers },
  )
  const vehicle = ((await found.json()) as { docs: Vehicle[] }).docs[0]!
  const search = `/vehicles?make=${encodeURIComponent(vehicle.make)}&sort=price_desc`
  const price = async (euros: number) => {
    const saved = await request.patch(`/api/vehicles/${vehicle.id}`, {
      headers,
      data: { price: { amount: euros * 100, currency: 'EUR' } },
    })
    expect(saved.ok(), await saved.text()).toBe(true)
  }
  const original = vehicle.price.amount / 100
  const changed = Math.round(original) + 7

  let loading = true
  const visitors = Array.from({ length: 20 }, async () => {
    while (loading) expect((await request.get(search)).status()).toBe(200)
  })
  try {
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(await (await request.get(search)).text()).not.toContain(wholeEuros(changed))
    await price(changed)
    expect(await (await request.get(search)).text()).toContain(wholeEuros(changed))
    await price(changed + 1)
    const next = await (await request.get(search)).text()
    expect(next).toContain(wholeEuros(changed + 1))
    expect(next).not.toContain(wholeEuros(changed))
  } finally {
    loading = false
    await Promise.all(visitors)
    await price(original)
  }
  expect(await (await request.get(search)).text()).toContain(vehicle.slug)
})
