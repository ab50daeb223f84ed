import { expect, type APIRequestContext, type Page } from '@playwright/test'

export const DEMO_PASSWORD = 'autoport-demo'

/**
 * Signs in to the admin, which speaks the browser's language: the labels are matched in English
 * (the specs' default) or French (tests/e2e/admin-fr.e2e.spec.ts).
 */
export async function staffLogin(page: Page, email: string): Promise<void> {
  await page.goto('/admin/login')
  await page.getByLabel(/^(Email|E-mail)/).fill(email)
  await page.getByLabel(/^(Password|Mot de passe)/).fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: /^(Login|Se connecter)$/ }).click()
  await expect(page).toHaveURL(/\/admin$/)
}

/** A REST call signed in as a demo staff member, for looking things up around a UI journey. */
export async function staffApi(request: APIRequestContext, email = 'sales@autoport.test') {
  const login = await request.post('/api/users/login', { data: { email, password: DEMO_PASSWORD } })
  expect(login.ok()).toBe(true)
  const { token } = (await login.json()) as { token: string }
  const headers = { authorization: `JWT ${token}` }
  return {
    get: async <T = any>(path: string): Promise<T> => {
      // A kept-alive socket the server closed while idle fails once with ECONNRESET: ask again.
      const response = await request.get(path, { headers }).catch((error: Error) => {
        if (!/ECONNRESET|socket hang up/.test(error.message)) throw error
        return request.get(path, { headers })
      })
      expect(response.ok(), `${path} → ${response.status()}`).toBe(true)
      return (await response.json()) as T
    },
  }
}

/** Picks an option in one of Payload's relationship selects by typing part of its label. */
export async function chooseRelation(
  page: Page,
  fieldName: string,
  search: string,
  option?: RegExp | string,
): Promise<void> {
  const field = page.locator(`#field-${fieldName}`)
  await field.locator('.rs__control').click()
  await field.locator('input').fill(search)
  const choice = page.locator('.rs__option', { hasText: option ?? search }).first()
  await expect(choice).toBeVisible()
  await choice.click()
}
