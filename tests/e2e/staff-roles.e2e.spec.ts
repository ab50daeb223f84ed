import { expect, test, type Page } from '@playwright/test'

const PASSWORD = 'autoport-demo'

async function logIn(page: Page, email: string) {
  await page.goto('/admin/login')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(PASSWORD)
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page).toHaveURL(/\/admin$/)
}

const nav = (page: Page) => page.locator('nav')

test('home page presents Autoport and links to the staff admin', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.getByRole('link', { name: 'Espace équipe' }).click()
  await expect(page).toHaveURL(/\/admin\/login/)
})

test('an admin sees staff management and can open the new staff form', async ({ page }) => {
  await logIn(page, 'admin@autoport.test')
  await expect(nav(page).getByRole('link', { name: 'Staff' })).toBeVisible()
  await expect(nav(page).getByRole('link', { name: 'Media' })).toBeVisible()
  await page.goto('/admin/collections/users')
  await expect(page.getByText('sales@autoport.test')).toBeVisible()
  await page.goto('/admin/collections/users/create')
  await expect(page.getByLabel('Email')).toBeVisible()
})

for (const role of ['sales', 'marketing'] as const) {
  test(`${role} signs in, sees media but no staff management`, async ({ page }) => {
    await logIn(page, `${role}@autoport.test`)
    await expect(nav(page).getByRole('link', { name: 'Media' })).toBeVisible()
    await expect(nav(page).getByRole('link', { name: 'Staff' })).toHaveCount(0)
    await page.goto('/admin/collections/users/create')
    await expect(page.getByLabel('Email')).toHaveCount(0)
  })
}

test('a wrong password is refused', async ({ page }) => {
  await page.goto('/admin/login')
  await page.getByLabel('Email').fill('sales@autoport.test')
  await page.getByLabel('Password').fill('not-the-password')
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page.getByText(/incorrect/i)).toBeVisible()
  await expect(page).toHaveURL(/\/admin\/login/)
})
