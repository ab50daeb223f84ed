import { expect, test } from '@playwright/test'

import { chooseRelation, staffApi, staffLogin } from './helpers'

test('sales builds a quote from the landed cost and sends it', async ({ page, request }) => {
  const api = await staffApi(request)
  const { docs } = await api.get<{ docs: { title: string }[] }>(
    '/api/vehicles?where[status][equals]=available&where[originCountry][equals]=DE&where[year][greater_than_equal]=2021&limit=1&depth=0',
  )
  const vehicle = docs[0]!

  await staffLogin(page, 'sales@autoport.test')
  await page.goto('/admin/collections/quotes/create')
  // Customers are picked by name (their title in the admin).
  await chooseRelation(page, 'customer', 'Camille Martin')
  await chooseRelation(page, 'vehicle', vehicle.title.split(' ').slice(0, 2).join(' '), vehicle.title)
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/quotes\/[0-9a-f-]{36}/)
  const id = page.url().split('/').pop()!.split('?')[0]

  await page.getByRole('button', { name: 'Price from landed cost' }).click()
  // This browser reads the admin in English: money is written €1,234.56.
  await expect(page.getByTestId('quote-total')).not.toHaveText('€0.00')
  await expect(page.getByText(/Taxe fixe|Fixed tax/).first()).toBeVisible()
  const priced = await api.get(`/api/quotes/${id}?depth=0`)
  expect(priced.status).toBe('in_progress')
  expect(priced.lines.length).toBeGreaterThan(5)
  const totalText = (await page.getByTestId('quote-total').textContent())!.replace(/[^\d.]/g, '')
  expect(totalText).toBe((priced.totals.total / 100).toFixed(2))

  await page.getByRole('button', { name: 'Send to customer' }).click()
  await expect(page.getByRole('button', { name: 'Reopen for changes' })).toBeVisible()
  const sent = await api.get(`/api/quotes/${id}?depth=0`)
  expect(sent.status).toBe('sent')
  expect(sent.number).toMatch(/^Q-\d{4}-\d{4}$/)
})

test('sales moves an order through two milestones, each dated in its timeline', async ({ page, request }) => {
  const api = await staffApi(request)
  const { docs } = await api.get<{ docs: { id: string }[] }>(
    '/api/orders?where[status][equals]=deposit_paid&limit=1&depth=0',
  )
  const order = docs[0]!

  await staffLogin(page, 'sales@autoport.test')
  await page.goto(`/admin/collections/orders/${order.id}`)
  await expect(page.getByTestId('order-status')).toHaveText('Deposit paid')
  await page.getByLabel('Internal note (optional)').fill('Bought from the Munich dealer')
  await page.getByRole('button', { name: 'Move to: Vehicle purchased' }).click()
  await expect(page.getByTestId('order-status')).toHaveText('Vehicle purchased')
  await page.getByRole('button', { name: 'Move to: Transport booked' }).click()
  await expect(page.getByTestId('order-status')).toHaveText('Transport booked')
  await expect(page.getByText('Bought from the Munich dealer')).toBeVisible()

  const saved = await api.get(`/api/orders/${order.id}?depth=0`)
  expect(saved.status).toBe('transport_booked')
  expect(saved.timeline.slice(-2).map((entry: { status: string }) => entry.status)).toEqual([
    'vehicle_purchased',
    'transport_booked',
  ])
  expect(saved.timeline.at(-2).internalNote).toBe('Bought from the Munich dealer')
})

test('sales reviews a pending identity document, and the view is audited', async ({ page, request }) => {
  const api = await staffApi(request)
  const { docs } = await api.get<{ docs: { id: string }[] }>(
    '/api/documents?where[status][equals]=pending&where[type][equals]=identity&limit=1&depth=0',
  )
  const document = docs[0]!

  await staffLogin(page, 'sales@autoport.test')
  await page.goto(`/admin/collections/documents/${document.id}`)
  await expect(page.getByTestId('document-status')).toHaveText('pending')
  await expect(
    page.getByRole('img', { name: /Preview of/ }).or(page.locator('iframe[title^="Preview of"]')),
  ).toBeVisible()
  await page.getByRole('button', { name: 'Verify document' }).click()
  await expect(page.getByTestId('document-status')).toHaveText('verified')

  const admin = await staffApi(request, 'admin@autoport.test')
  const log = await admin.get(`/api/document-access-logs?where[document][equals]=${document.id}&depth=0`)
  expect(log.docs.map((entry: { action: string }) => entry.action)).toEqual(expect.arrayContaining(['view', 'review']))
})

test('the dashboard shows what needs doing', async ({ page }) => {
  await staffLogin(page, 'sales@autoport.test')
  await expect(page.getByRole('heading', { name: /Quotes to answer/ })).toBeVisible()
  await expect(page.getByRole('heading', { name: /Documents to review/ })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Orders by milestone' })).toBeVisible()
})

test('a customer session never opens the admin', async ({ page }) => {
  const login = await page.request.post('/api/customers/login', {
    data: { email: 'client@autoport.test', password: 'autoport-demo' },
  })
  expect(login.ok()).toBe(true)
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/admin\/(login|unauthorized)/)
})
