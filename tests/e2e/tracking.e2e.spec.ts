import { expect, test, type Page } from '@playwright/test'

import { milestoneReachedAt } from '../../src/domain/orderMilestone'
import type { OrderStatus } from '../../src/domain/orderStatus'
import { shipmentTracking } from '../../src/domain/shipmentTracking'
import { DEMO_PASSWORD, staffApi } from './helpers'

/**
 * Following an order from the portal, in French and in English: the overview and the orders list say
 * which milestone each order is at and since when; the order page's tracking link opens the container
 * at the carrier and a second link follows the ship. Then the vehicle page names the place a car is
 * at, never its coordinates. Runs on the demo seed (client@ has an order shipped in a container).
 */

type ShippedOrder = {
  id: string
  number: string
  status: OrderStatus
  createdAt: string
  timeline: { status: OrderStatus; at: string }[]
  shipping: {
    carrier: string
    vessel: string | null
    vesselImo: string | null
    containerNumber: string | null
    billOfLading: string | null
    bookingReference: string | null
    trackingUrl: string | null
  }
}

/** Signs in through the REST API: the browser gets Payload's cookie without spending the form's rate limit. */
async function signInQuietly(page: Page, email: string) {
  const response = await page.request.post('/api/customers/login', { data: { email, password: DEMO_PASSWORD } })
  expect(response.ok(), `login ${email} → ${response.status()}`).toBe(true)
}

/** The way the portal writes a date (src/components/format.ts). */
const longDate = (value: string, locale: 'fr' | 'en') =>
  new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(
    new Date(value),
  )

/** client@'s order in the "shipped" milestone, as staff see it. */
async function shippedOrder(request: Parameters<typeof staffApi>[0]): Promise<ShippedOrder> {
  const api = await staffApi(request)
  const customers = await api.get<{ docs: { id: string }[] }>(
    '/api/customers?where[email][equals]=client@autoport.test&depth=0&limit=1',
  )
  const orders = await api.get<{ docs: ShippedOrder[] }>(
    `/api/orders?where[customer][equals]=${customers.docs[0]!.id}&where[status][equals]=shipped&depth=0&limit=1`,
  )
  const order = orders.docs[0]!
  expect(order, 'the demo seed gives client@ a shipped order').toBeTruthy()
  expect(order.shipping.containerNumber, 'shipped in a container').toMatch(/^[A-Z]{4}\d{7}$/)
  return order
}

const LABELS = {
  fr: {
    prefix: '',
    overview: 'Où en sont mes commandes',
    order: (number: string) => `Commande ${number}`,
    shipped: 'Expédié',
    since: (date: string) => `depuis le ${date}`,
    trackContainer: (container: string) => `Suivre le conteneur ${container}`,
    trackVessel: /Suivre le navire .+ sur la carte/,
  },
  en: {
    prefix: '/en',
    overview: 'Where my orders stand',
    order: (number: string) => `Order ${number}`,
    shipped: 'Shipped',
    since: (date: string) => `since ${date}`,
    trackContainer: (container: string) => `Track container ${container}`,
    trackVessel: /Follow the ship .+ on the map/,
  },
} as const

for (const locale of ['fr', 'en'] as const) {
  const l = LABELS[locale]

  test(`${locale}: the overview and the orders list show each order's current milestone and its date`, async ({
    page,
    request,
  }) => {
    const order = await shippedOrder(request)
    const since = l.since(longDate(milestoneReachedAt(order), locale))
    await signInQuietly(page, 'client@autoport.test')

    await page.goto(`${l.prefix}/account`)
    const steps = page.getByRole('region', { name: l.overview })
    await expect(steps).toBeVisible()
    const row = steps.getByRole('listitem').filter({ has: page.getByRole('link', { name: l.order(order.number) }) })
    await expect(row).toContainText(l.shipped)
    await expect(row).toContainText(since)
    // Every order listed there names its milestone and a date.
    for (const item of await steps.getByRole('listitem').all()) {
      await expect(item).toContainText(locale === 'fr' ? /depuis le \d{1,2} \S+ \d{4}/ : /since \d{1,2} \S+ \d{4}/)
    }

    await row.getByRole('link', { name: l.order(order.number) }).click()
    await expect(page).toHaveURL(new RegExp(`${l.prefix}/account/orders/${order.id}$`))

    await page.goto(`${l.prefix}/account/orders`)
    const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: l.order(order.number) }) })
    await expect(card).toContainText(l.shipped)
    await expect(card).toContainText(since)
  })

  test(`${locale}: "track" on an order shipped in a container opens that container at the carrier`, async ({
    page,
    request,
  }) => {
    const order = await shippedOrder(request)
    const expected = shipmentTracking(order.shipping)
    // The demo's lines for Japan (MSC, ONE): MSC links containers; ONE's page is the fallback.
    expect(expected.shipment).not.toBeNull()
    await signInQuietly(page, 'client@autoport.test')
    await page.goto(`${l.prefix}/account/orders/${order.id}`)

    const shipping = page.getByRole('region', {
      name: locale === 'fr' ? 'Transport et immatriculation' : 'Transport and registration',
    })
    await expect(shipping).toContainText(order.shipping.containerNumber!)
    const track = shipping.getByTestId('track-shipment')
    await expect(track).toHaveAttribute('href', expected.shipment!.url)
    await expect(track).toHaveAttribute('target', '_blank')
    await expect(track).toHaveAttribute('rel', /noopener/)
    if (expected.shipment!.by === 'container') {
      await expect(track).toContainText(l.trackContainer(order.shipping.containerNumber!))
      expect(expected.shipment!.url).toContain(order.shipping.containerNumber!)
      // Not the carrier's generic page any more.
      expect(expected.shipment!.url).not.toBe(order.shipping.trackingUrl)
    }

    if (order.shipping.vesselImo) {
      const vessel = shipping.getByTestId('track-vessel')
      await expect(vessel).toHaveAttribute(
        'href',
        `https://www.marinetraffic.com/en/ais/details/ships/imo:${order.shipping.vesselImo}`,
      )
      await expect(vessel).toHaveText(l.trackVessel)
    }
  })
}

test.describe('where a car is', () => {
  // A pair of decimal degrees such as "35.4567, 139.6321" (the page used to print them so). A lone
  // number is not enough: an exchange rate such as 1.0823 may be on the page.
  const COORDINATES = /-?\d{1,3}[.,]\d{4,}\s*[,;]\s*-?\d{1,3}[.,]\d{4,}/

  for (const locale of ['fr', 'en'] as const) {
    test(`${locale}: the vehicle page names the town and country, never the coordinates or the seller's street`, async ({
      page,
      request,
    }) => {
      // The street and the coordinates are read by staff only: ask as staff what the page must not show.
      const api = await staffApi(request)
      const vehicle = (
        await api.get<{
          docs: { slug: string; location: { address: string; city: string; lat: number; lng: number } }[]
        }>(
          `/api/vehicles?where[location.country][equals]=JP&where[status][equals]=available&depth=0&limit=1&locale=${locale}`,
        )
      ).docs[0]!
      expect(vehicle, 'the demo has a car for sale in Japan').toBeTruthy()

      await page.goto(`${locale === 'fr' ? '' : '/en'}/vehicles/${vehicle.slug}`)
      const section = page.getByRole('region', {
        name: locale === 'fr' ? 'Où se trouve le véhicule' : 'Where the car is',
      })
      const place = section.getByTestId('vehicle-place')
      await expect(place).toContainText(vehicle.location.city)
      await expect(place).toContainText(locale === 'fr' ? 'Japon' : 'Japan')
      await expect(place).not.toContainText(vehicle.location.address)
      const text = await page.locator('main').innerText()
      expect(text).not.toMatch(COORDINATES)
      // Nor either coordinate alone, when it is precise enough not to be some other figure.
      for (const degrees of [vehicle.location.lat, vehicle.location.lng].map(String))
        if (/\.\d{3,}$/.test(degrees)) expect(text).not.toContain(degrees)
    })
  }

  test('a car at our showroom shows the showroom by name and address', async ({ page, request }) => {
    const settings = (await (await request.get('/api/globals/site-settings?depth=0')).json()) as {
      showroom: { name: string; address: string; city: string }
    }
    const api = await staffApi(request)
    const vehicle = (
      await api.get<{ docs: { slug: string }[] }>(
        `/api/vehicles?where[location.address][equals]=${encodeURIComponent(settings.showroom.address)}&where[status][equals]=available&depth=0&limit=1`,
      )
    ).docs[0]
    test.skip(!vehicle, 'no car of the demo is at the showroom')
    await page.goto(`/vehicles/${vehicle!.slug}`)
    const place = page.getByTestId('vehicle-place')
    await expect(place).toContainText(settings.showroom.name)
    await expect(place).toContainText(settings.showroom.address)
    await expect(place).toContainText(settings.showroom.city)
    expect(await page.locator('main').innerText()).not.toMatch(COORDINATES)
  })
})
