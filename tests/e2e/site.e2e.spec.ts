import { expect, test } from '@playwright/test'

/**
 * What crawlers and lost visitors get from `next start`: robots.txt and the sitemap are served, and
 * an address that leads nowhere answers 404 with the storefront's own page in the visitor's
 * language, with a search and a way home.
 */

test('robots.txt and sitemap.xml are served by the production build', async ({ request, baseURL }) => {
  const robots = await request.get('/robots.txt')
  expect(robots.status()).toBe(200)
  expect(robots.headers()['content-type']).toMatch(/^text\/plain/)
  const text = await robots.text()
  expect(text).toMatch(/^User-Agent: \*$/m)
  for (const path of ['/admin', '/api', '/account', '/en/account']) expect(text).toContain(`Disallow: ${path}\n`)
  expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`)

  const sitemap = await request.get('/sitemap.xml')
  expect(sitemap.status()).toBe(200)
  const xml = await sitemap.text()
  expect(xml).toContain(`<loc>${baseURL}/vehicles</loc>`)
  // The seeded cars are listed, each with its English alternate.
  expect(xml.match(/<loc>[^<]+\/vehicles\/[a-z0-9-]+<\/loc>/g)?.length ?? 0).toBeGreaterThan(100)
})

test('an unknown address answers 404 with a French page that offers a search and the way home', async ({ page }) => {
  const response = await page.goto('/cette-page-n-existe-pas')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1, name: 'Cette page n’existe pas (ou plus)' })).toBeVisible()
  // Inside the storefront's own frame, not Next's bare default.
  await expect(page.getByRole('link', { name: 'Véhicules', exact: true }).first()).toBeVisible()
  await expect(page.getByRole('link', { name: 'Retour à l’accueil' })).toHaveAttribute('href', '/')

  await page.getByRole('searchbox', { name: 'Rechercher un modèle' }).fill('Toyota')
  await page.getByRole('button', { name: 'Rechercher', exact: true }).click()
  await expect(page).toHaveURL(/\/vehicles\?model=Toyota$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Véhicules disponibles' })).toBeVisible()
})

test('English visitors get the 404 in English, also for deep paths and for a car that is not there', async ({
  page,
}) => {
  for (const path of ['/en/no-such-page', '/en/a/b/c', '/en/vehicles/no-such-car-000']) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(404)
    await expect(page.getByRole('heading', { level: 1, name: 'This page does not exist (any more)' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Back to the home page' })).toHaveAttribute('href', '/en')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  }
})
