import { expect, test } from '@playwright/test'

import { DEMO_PASSWORD } from './helpers'

/**
 * "Save this search" under a filtered search: its words are the page's language, a visitor who is
 * signed out is sent to the sign-in page of that language (and back to the search), a customer saves
 * it and is pointed to their saved searches.
 */

test('en: signed out, the form offers a sign-in in English that comes back to the search', async ({ page }) => {
  await page.goto('/en/vehicles?fuel=electric')
  const box = page.getByRole('region', { name: 'Save this search' })
  await expect(box).toBeVisible()
  const signIn = box.getByRole('link', { name: 'Sign in to save this search' })
  await expect(signIn).toBeVisible()
  await expect(box.getByText('With an account, get an alert when a matching vehicle arrives.')).toBeVisible()
  const href = new URL((await signIn.getAttribute('href'))!, 'http://localhost')
  expect(href.pathname).toBe('/en/account')
  expect(href.searchParams.get('next')).toMatch(/^\/vehicles\?(.*&)?fuel=electric(&|$)/)
})

test('fr: a signed-in customer saves the search and is pointed to their searches', async ({ page }) => {
  const login = await page.request.post('/api/customers/login', {
    data: { email: 'client2@autoport.test', password: DEMO_PASSWORD },
  })
  expect(login.ok()).toBe(true)
  await page.goto('/vehicles?fuel=hybrid&sort=price_asc')
  const box = page.getByRole('region', { name: 'Enregistrer cette recherche' })
  const name = box.getByLabel('Nom de la recherche')
  await expect(name).not.toHaveValue('')
  const chosen = `E2E hybrides ${Date.now()}`
  await name.fill(chosen)
  await box.getByRole('button', { name: 'Enregistrer cette recherche' }).click()
  await expect(box.getByText(/Recherche enregistrée/)).toBeVisible()
  const manage = box.getByRole('link', { name: 'Gérer mes recherches' })
  await expect(manage).toHaveAttribute('href', '/account/searches')
  await manage.click()
  await expect(page.getByRole('link', { name: chosen })).toHaveAttribute('href', '/vehicles?fuel=hybrid&sort=price_asc')
})
