import { expect, test, type Page } from '@playwright/test'

import { DEMO_PASSWORD, staffApi, staffLogin } from './helpers'

/**
 * Four admin faults (issue 14): JSON fields that never loaded (the code editor came from a CDN),
 * a live preview that kept its first render, four success toasts per save, and milestone notes
 * that never reached the customer's timeline.
 */

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/** Requests to any other host and CSP violations, collected for the whole test. */
function watchOffline(page: Page) {
  const foreign: string[] = []
  const violations: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && !LOCAL_HOSTS.has(url.hostname)) {
      foreign.push(request.url())
    }
  })
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (load|execute|connect|frame)/i.test(message.text())) {
      violations.push(message.text())
    }
  })
  return { foreign, violations }
}

/** Only digits: the browser's and Node's ICU may space French amounts differently. */
const digits = (text: string | null) => (text ?? '').replace(/\D/g, '')
const centsDigits = (cents: number) => digits((cents / 100).toFixed(2))

type StoredLine = { code: string; amount: number }

test('a priced quote shows its landed-cost calculation as a table, with nothing loaded from elsewhere', async ({
  page,
  request,
}) => {
  const api = await staffApi(request)
  const { docs } = await api.get<{ docs: { id: string; landedCost?: { result?: { lines?: StoredLine[] } } }[] }>(
    '/api/quotes?limit=100&depth=0&sort=-updatedAt',
  )
  const quote = docs.find((doc) => (doc.landedCost?.result?.lines?.length ?? 0) > 3)
  expect(quote, 'a seeded quote priced from the landed cost').toBeTruthy()
  const lines = quote!.landedCost!.result!.lines!

  const watch = watchOffline(page)
  await staffLogin(page, 'sales@autoport.test')
  await page.goto(`/admin/collections/quotes/${quote!.id}`)
  const table = page.getByTestId('landed-cost-lines')
  await expect(table).toBeVisible()
  const rows = table.locator('tbody tr')
  await expect(rows).toHaveCount(lines.length)
  for (const [index, line] of lines.entries()) {
    const row = rows.nth(index)
    await expect(row).toHaveAttribute('data-code', line.code)
    expect(digits(await row.getByTestId('landed-cost-amount').textContent())).toBe(centsDigits(line.amount))
  }
  // No code editor anywhere on the page: it is what fetched Monaco from the CDN.
  await expect(page.locator('.code-editor, .monaco-editor')).toHaveCount(0)

  // The other JSON fields staff can open read as tables too.
  const notifications = await api.get<{ docs: { id: string }[] }>('/api/notifications?limit=1&depth=0')
  if (notifications.docs[0]) {
    await page.goto(`/admin/collections/notifications/${notifications.docs[0].id}`)
    await expect(page.getByTestId('json-view-variables')).toBeVisible()
    await expect(page.locator('.code-editor, .monaco-editor')).toHaveCount(0)
  }

  expect(watch.foreign, 'requests to hosts other than this one').toEqual([])
  expect(watch.violations, 'CSP violations').toEqual([])
})

test('the live preview shows a page’s draft title as soon as it is saved, without a reload', async ({
  page,
  request,
}) => {
  const api = await staffApi(request, 'admin@autoport.test')
  const { docs } = await api.get<{ docs: { id: string; title: string }[] }>(
    '/api/pages?where[slug][equals]=a-propos&locale=fr&depth=0&limit=1',
  )
  const pageDoc = docs[0]!
  const original = pageDoc.title

  const watch = watchOffline(page)
  await staffLogin(page, 'admin@autoport.test')
  await page.goto(`/admin/collections/pages/${pageDoc.id}`)
  await page.locator('#live-preview-toggler').click()
  const frame = page.frameLocator('iframe[src*="/next/preview"]')
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(original)

  // Count the frame's document loads: the new title must come without one.
  const iframe = page.locator('iframe[src*="/next/preview"]')
  await iframe.evaluate((element: HTMLIFrameElement) => {
    ;(window as unknown as { previewLoads: number }).previewLoads = 0
    element.addEventListener('load', () => {
      ;(window as unknown as { previewLoads: number }).previewLoads += 1
    })
  })

  const changed = `${original} (brouillon ${Date.now()})`
  try {
    await page.locator('#field-title').fill(changed)
    // Pages autosave their draft; a save posts the document event the frame refreshes on.
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(changed, { timeout: 30_000 })
    expect(await page.evaluate(() => (window as unknown as { previewLoads: number }).previewLoads)).toBe(0)
  } finally {
    // Back to the published title, also as a draft, so other journeys read the page as seeded.
    await page.locator('#field-title').fill(original)
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(original, { timeout: 30_000 })
  }
  expect(watch.violations, 'CSP violations').toEqual([])
})

/** The success toasts visible now (sonner keeps each for 4 s). */
const successToasts = (page: Page) => page.locator('.payload-toast-item').filter({ hasText: /successfully/i })

test('saving a vehicle or a quote says so once', async ({ page, request }) => {
  const api = await staffApi(request)
  const vehicles = await api.get<{ docs: { id: string }[] }>(
    '/api/vehicles?where[status][equals]=available&limit=1&depth=0',
  )
  const quotes = await api.get<{ docs: { id: string }[] }>(
    '/api/quotes?where[status][equals]=in_progress&limit=1&depth=0',
  )

  await staffLogin(page, 'sales@autoport.test')

  await page.goto(`/admin/collections/vehicles/${vehicles.docs[0]!.id}`)
  // A staff-only note on the "Internal" tab: the change touches nothing customers see.
  await page.locator('.tabs-field__tab-button', { hasText: 'Internal' }).click()
  await page.locator('#field-internal__notes').fill(`Révisé ${Date.now()}`)
  await page.getByRole('button', { name: /^Save draft$/i }).click()
  await expect(successToasts(page).first()).toBeVisible()
  // Late duplicates would come within a second or two of the first.
  await page.waitForTimeout(2_500)
  await expect(successToasts(page)).toHaveCount(1)

  // Let the vehicle's toast go before the quote's.
  await expect(successToasts(page)).toHaveCount(0, { timeout: 15_000 })
  await page.goto(`/admin/collections/quotes/${quotes.docs[0]!.id}`)
  await page.locator('#field-internalNotes').fill(`Relancé le ${new Date().toISOString().slice(0, 10)}`)
  await page.getByRole('button', { name: /^Save$/ }).click()
  await expect(successToasts(page).first()).toBeVisible()
  await page.waitForTimeout(2_500)
  await expect(successToasts(page)).toHaveCount(1)
})

test('a note staff write for the customer shows on the customer’s timeline; the internal one never does', async ({
  page,
  browser,
  request,
}) => {
  const api = await staffApi(request)
  const { docs } = await api.get<{ docs: { id: string; status: string }[] }>(
    '/api/orders?where[customer.email][equals]=client2@autoport.test&limit=50&depth=0',
  )
  // client2's seeded order waiting for its keys (registered): client@'s shipped order is left to the
  // tracking journeys, the one awaiting its deposit to the payment journeys.
  const order =
    docs.find((doc) => doc.status === 'registered') ??
    docs.find((doc) => !['awaiting_deposit', 'delivered', 'cancelled', 'shipped'].includes(doc.status))
  expect(order, 'an open order of client2@autoport.test').toBeTruthy()
  const customerNote = `Votre véhicule avance bien (${Date.now()}).`
  const internalNote = `Fournisseur relancé, ne pas dire au client (${Date.now()}).`

  await staffLogin(page, 'sales@autoport.test')
  await page.goto(`/admin/collections/orders/${order!.id}`)
  await page.getByLabel('Note for the customer (optional)').fill(customerNote)
  await page.getByLabel('Internal note (optional)').fill(internalNote)
  const before = await page.getByTestId('order-status').textContent()
  // The usual next step is the primary button, the first one after the notes.
  await page
    .getByRole('button', { name: /^Move to: / })
    .first()
    .click()
  await expect(page.getByTestId('order-status')).not.toHaveText(before ?? '')
  // Staff see both, the internal one labelled as such.
  await expect(page.getByText(customerNote)).toBeVisible()
  await expect(page.getByText(internalNote)).toBeVisible()
  await expect(page.getByText('Internal:').last()).toBeVisible()

  const customer = await browser.newContext()
  const portal = await customer.newPage()
  const login = await portal.request.post('/api/customers/login', {
    data: { email: 'client2@autoport.test', password: DEMO_PASSWORD },
  })
  expect(login.ok()).toBe(true)
  await portal.goto(`/account/orders/${order!.id}`)
  await expect(portal.getByTestId('timeline-note').filter({ hasText: customerNote })).toBeVisible()
  await expect(portal.getByText(internalNote)).toHaveCount(0)
  await customer.close()
})
