import { expect, test } from '@playwright/test'

import { chooseRelation, DEMO_PASSWORD, staffApi, staffLogin } from './helpers'

/**
 * Paying through the doors customers and staff use: the deposit by card on the fake Stripe's hosted
 * page (its signed webhook reaches the app over HTTP), and a bank transfer recorded in the admin.
 */

/** The order the first test pays the deposit of; the next one comes back to it for the balance. */
let paidOrderId = ''

const euros = (cents: number) =>
  new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100).replace(/\s/g, ' ')

test('client2 accepts a quote and pays the deposit by card; the order moves to "deposit paid"', async ({
  page,
  request,
}) => {
  const login = await page.request.post('/api/customers/login', {
    data: { email: 'client2@autoport.test', password: DEMO_PASSWORD },
  })
  expect(login.ok()).toBe(true)
  await page.goto('/account/quotes')
  await page.getByRole('listitem').filter({ hasText: 'À valider' }).first().getByRole('link').click()
  await page.getByLabel('J’ai lu le détail du devis et je l’accepte.').check()
  await page.getByRole('button', { name: 'Accepter le devis' }).click()
  const accepted = page.getByRole('status').filter({ hasText: 'Merci, votre devis est accepté' })
  await accepted.getByRole('link', { name: 'Suivre ma commande' }).click()
  await expect(page).toHaveURL(/\/account\/orders\/[0-9a-f-]{36}$/)
  const orderId = page.url().split('/').pop()!
  paidOrderId = orderId

  const api = await staffApi(request)
  const order = await api.get(`/api/orders/${orderId}?depth=0`)
  const deposit = order.totals.depositDue as number
  expect(deposit).toBeGreaterThan(0)

  const payOnline = page.getByRole('region', { name: `Régler l’acompte de ${euros(deposit)}` })
  await expect(payOnline).toBeVisible()
  await expect(payOnline.getByRole('button', { name: 'Payer avec PayPal' })).toBeVisible()
  // The transfer stays on offer next to the online payment.
  await expect(page.getByRole('region', { name: 'Régler l’acompte par virement' })).toContainText(order.number)
  await page.screenshot({ path: '.data/e2e-results/payment-step.png', fullPage: true })

  await payOnline.getByRole('button', { name: `Payer ${euros(deposit)} par carte` }).click()
  await expect(page).toHaveTitle('Fake Stripe Checkout')
  await expect(page.locator('[data-amount]')).toHaveAttribute('data-amount', String(deposit))
  await page.getByRole('button', { name: 'Pay' }).click()

  // Back on the order: Stripe's webhook has settled the payment; the return itself settled nothing.
  await expect(page).toHaveURL(new RegExp(`/account/orders/${orderId}\\?payment=returned$`))
  await expect(page.getByRole('status').filter({ hasText: 'Paiement reçu, merci.' })).toBeVisible()
  await expect(page.locator('[aria-current="step"]')).toContainText('Acompte réglé')
  const payments = page.getByRole('region', { name: 'Montants' })
  await expect(payments).toContainText('Acompte · carte')
  await expect(payments).toContainText(euros(deposit))
  await page.screenshot({ path: '.data/e2e-results/payment-received.png', fullPage: true })

  const settled = await api.get(`/api/orders/${orderId}?depth=0`)
  expect(settled.status).toBe('deposit_paid')
  expect(settled.amountPaid).toBe(deposit)
  const { docs } = await api.get(`/api/payments?where[order][equals]=${orderId}&depth=0`)
  expect(docs).toHaveLength(1)
  expect(docs[0]).toMatchObject({ provider: 'stripe', status: 'succeeded', amount: deposit })

  // What is due next is the balance, still payable online.
  await expect(
    page.getByRole('region', { name: `Régler le solde de ${euros(order.totals.total - deposit)}` }),
  ).toBeVisible()
})

test('leaving the card page for the balance charges nothing and says so', async ({ page, request }) => {
  expect(paidOrderId, 'the deposit test above ran first').toBeTruthy()
  const api = await staffApi(request)
  const before = await api.get(`/api/orders/${paidOrderId}?depth=0`)
  const login = await page.request.post('/api/customers/login', {
    data: { email: 'client2@autoport.test', password: DEMO_PASSWORD },
  })
  expect(login.ok()).toBe(true)
  await page.goto(`/account/orders/${paidOrderId}`)
  await page.getByRole('button', { name: `Payer ${euros(before.amountDue)} par carte` }).click()
  await expect(page).toHaveTitle('Fake Stripe Checkout')
  await expect(page.locator('[data-amount]')).toHaveAttribute('data-amount', String(before.amountDue))
  await page.getByRole('link', { name: 'Cancel' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Vous avez quitté la page de paiement' })).toBeVisible()
  const after = await api.get(`/api/orders/${paidOrderId}?depth=0`)
  expect(after.amountPaid).toBe(before.amountPaid)
  expect(after.status).toBe('deposit_paid')
})

test('sales refunds part of the card deposit from the admin; the customer sees it on the order', async ({
  page,
  request,
}) => {
  expect(paidOrderId, 'the deposit test above ran first').toBeTruthy()
  const api = await staffApi(request)
  const { docs } = await api.get<{ docs: { id: string; amount: number }[] }>(
    `/api/payments?where[order][equals]=${paidOrderId}&where[kind][equals]=deposit&depth=0`,
  )
  const deposit = docs[0]!
  await staffLogin(page, 'sales@autoport.test')
  await page.goto(`/admin/collections/payments/${deposit.id}`)
  const panel = page.getByRole('region', { name: 'Refund' })
  await expect(panel).toContainText('The refund goes back through Stripe')
  await panel.getByLabel('Amount (€)').fill('150,00')
  await panel.getByLabel('Reason (optional)').fill('Goodwill: delivery slot moved')
  page.once('dialog', (dialog) => void dialog.accept())
  await panel.getByRole('button', { name: 'Refund' }).click()
  await expect(panel.getByRole('status')).toHaveText('Refund of €150.00 done.')

  const refunds = await api.get<{ docs: { status: string; amount: number; provider: string }[] }>(
    `/api/payments?where[order][equals]=${paidOrderId}&where[kind][equals]=refund&depth=0`,
  )
  expect(refunds.docs).toEqual([expect.objectContaining({ status: 'succeeded', amount: 15_000, provider: 'stripe' })])
  const order = await api.get(`/api/orders/${paidOrderId}?depth=0`)
  expect(order.amountPaid).toBe(deposit.amount - 15_000)

  // More than is left is refused with the reason, and nothing more is refunded.
  await panel.getByLabel('Amount (€)').fill(((deposit.amount - 15_000) / 100 + 1).toFixed(2).replace('.', ','))
  page.once('dialog', (dialog) => void dialog.accept())
  await panel.getByRole('button', { name: 'Refund' }).click()
  await expect(panel.getByRole('status')).toContainText('can still be refunded from this payment')
  expect((await api.get(`/api/orders/${paidOrderId}?depth=0`)).amountPaid).toBe(deposit.amount - 15_000)

  const login = await page.request.post('/api/customers/login', {
    data: { email: 'client2@autoport.test', password: DEMO_PASSWORD },
  })
  expect(login.ok()).toBe(true)
  await page.goto(`/account/orders/${paidOrderId}`)
  const money = page.getByRole('region', { name: 'Montants' })
  await expect(money.getByRole('listitem').filter({ hasText: 'Remboursement' })).toContainText('150,00')
  await expect(money).toContainText(euros(deposit.amount - 15_000))
})

test('sales records a bank transfer in the admin and the order moves to "deposit paid"', async ({ page, request }) => {
  const api = await staffApi(request)
  const { docs } = await api.get<{ docs: { id: string; number: string; totals: { depositDue: number } }[] }>(
    '/api/orders?where[status][equals]=awaiting_deposit&where[amountPaid][equals]=0&sort=createdAt&limit=1&depth=0',
  )
  const order = docs[0]!
  const deposit = order.totals.depositDue as number

  await staffLogin(page, 'sales@autoport.test')
  await page.goto('/admin/collections/payments/create')
  await chooseRelation(page, 'order', order.number)
  // Twice in two parts: a partial transfer, then the rest.
  await page.getByLabel('Amount').fill(((deposit - 10_000) / 100).toFixed(2).replace('.', ','))
  await page.getByLabel('Provider Reference').fill(`VIR-${order.number}-1`)
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/payments\/[0-9a-f-]{36}/)
  expect((await api.get(`/api/orders/${order.id}?depth=0`)).status).toBe('awaiting_deposit')

  await page.goto('/admin/collections/payments/create')
  await chooseRelation(page, 'order', order.number)
  await page.getByLabel('Amount').fill('100,00')
  await page.getByLabel('Provider Reference').fill(`VIR-${order.number}-2`)
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/payments\/[0-9a-f-]{36}/)

  const settled = await api.get(`/api/orders/${order.id}?depth=0`)
  expect(settled.status).toBe('deposit_paid')
  expect(settled.amountPaid).toBe(deposit)
  await page.goto('/admin')
  await expect(page.getByTestId('received-this-month')).not.toHaveText('€0.00')
})

test('a card payment typed in by hand is refused with its reason, and nothing is written', async ({
  page,
  request,
}) => {
  const api = await staffApi(request)
  const { docs } = await api.get<{ docs: { id: string; number: string }[] }>(
    '/api/orders?where[status][equals]=awaiting_deposit&sort=createdAt&limit=1&depth=0',
  )
  const order = docs[0]!
  await staffLogin(page, 'sales@autoport.test')
  await page.goto('/admin/collections/payments/create')
  await chooseRelation(page, 'order', order.number)
  await page.locator('#field-provider .rs__control').click()
  await page.locator('.rs__option', { hasText: 'Card (Stripe)' }).click()
  await page.getByLabel('Amount').fill('10,00')
  const refused = page.waitForResponse(
    (response) => new URL(response.url()).pathname === '/api/payments' && response.request().method() === 'POST',
  )
  await page.getByRole('button', { name: 'Save' }).click()
  const answer = await refused
  expect(answer.status()).toBe(400)
  expect(await answer.text()).toContain('Card and PayPal payments are recorded from the provider’s confirmation')
  await expect(page).toHaveURL(/\/admin\/collections\/payments\/create/)
  const { docs: typed } = await api.get<{ docs: unknown[] }>(
    `/api/payments?where[order][equals]=${order.id}&where[provider][equals]=stripe&depth=0`,
  )
  expect(typed).toHaveLength(0)
})
