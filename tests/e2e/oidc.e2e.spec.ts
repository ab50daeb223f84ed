import { expect, test, type Page } from '@playwright/test'

/**
 * Sign-in through OpenID Connect providers, in a browser: two real oidc-provider servers started by
 * playwright.config.ts (tests/helpers/oidcServe.ts) — "Autoport SSO" for staff, "Google" for
 * customers. Their interaction signs in whoever the spec names through POST /_test/sign-in-next,
 * without a page of its own, then sends the browser back to the app's callback.
 */

const port = Number(process.env.E2E_PORT ?? 3210)
const staffIdp = `http://127.0.0.1:${port + 3}`
const google = `http://127.0.0.1:${port + 4}`
const apple = `http://127.0.0.1:${port + 5}`

async function signInNext(page: Page, provider: string, account: Record<string, unknown>): Promise<void> {
  const response = await page.request.post(`${provider}/_test/sign-in-next`, { data: account })
  expect(response.status()).toBe(204)
}

test.describe('sign-in with a provider', () => {
  test('staff: the admin login page’s button → the company IdP → the admin', async ({ page }) => {
    await signInNext(page, staffIdp, { sub: 'e2e-sales', email: 'sales@autoport.test', email_verified: true })
    await page.goto('/admin/login')
    // The password form stays, for the first admin and while the IdP is down.
    await expect(page.getByLabel('Password')).toBeVisible()
    await page.getByRole('link', { name: 'Sign in with Autoport SSO' }).click()
    await expect(page).toHaveURL(/\/admin$/)
    // From the page, as the admin asks: Payload takes the session cookie only from its own origin.
    const me = await page.evaluate(() => fetch('/api/users/me').then((response) => response.json()))
    expect(me.user).toMatchObject({ email: 'sales@autoport.test', role: 'sales' })

    // The admin's logout ends the IdP's session too (RP-initiated logout), then comes back to the login.
    const idpSession = async () => (await page.context().cookies(staffIdp)).some((cookie) => cookie.name === '_session')
    expect(await idpSession()).toBe(true)
    // The log-out button sits at the foot of Payload's nav, which this window size keeps closed
    // (inert): the click goes to the button itself, as the open nav's would.
    await page.getByTestId('admin-logout').dispatchEvent('click')
    await expect(page).toHaveURL(/\/admin\/login$/)
    expect(await idpSession()).toBe(false)
    const after = await page.evaluate(() => fetch('/api/users/me').then((response) => response.json()))
    expect(after.user).toBeNull()
  })

  test('staff: an address that is neither invited nor of an allowed domain is sent back with a reason', async ({
    page,
  }) => {
    await signInNext(page, staffIdp, { sub: 'e2e-stranger', email: 'stranger@elsewhere.test', email_verified: true })
    await page.goto('/admin/login')
    await page.getByRole('link', { name: 'Sign in with Autoport SSO' }).click()
    await expect(page).toHaveURL(/\/admin\/login\?oidcError=notInvited/)
    await expect(page.getByTestId('oidc-error')).toContainText('Ask an administrator to invite you')
  })

  test('customer: “Continuer avec Google” → Google → their account, the link shown and removable in the profile', async ({
    page,
  }) => {
    const email = `e2e.oidc.${Date.now()}@gmail.test`
    const sub = `e2e-${Date.now()}`
    await signInNext(page, google, {
      sub,
      email,
      email_verified: true,
      given_name: 'Olivia',
      family_name: 'Idc',
    })
    await page.goto('/account/quotes')
    await page.getByRole('link', { name: 'Continuer avec Google' }).click()
    await expect(page).toHaveURL(/\/account\/quotes$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Mes devis' })).toBeVisible()

    await page.goto('/account/profile')
    const linked = page.getByTestId('linked-providers')
    await expect(linked).toContainText('Google')
    await expect(linked).toContainText(email)
    await linked.getByRole('button', { name: 'Retirer' }).click()
    await expect(page).toHaveURL(/\/account\/profile\?provider=removed$/)
    await expect(page.getByTestId('linked-providers')).toContainText('Aucun service lié')

    // Linked again from the profile: Google → back to the profile, signed in all along.
    await signInNext(page, google, { sub, email, email_verified: true })
    await page.getByTestId('linked-providers').getByRole('link', { name: 'Lier Google' }).click()
    await expect(page).toHaveURL(/\/account\/profile\?provider=linked&via=google$/)
    await expect(page.getByTestId('link-outcome')).toContainText('Google est lié')
    await expect(page.getByTestId('linked-providers')).toContainText(email)
    await expect(page.getByTestId('linked-providers').getByRole('link', { name: 'Lier Google' })).toHaveCount(0)

    // Signing out ends the local session, then Google's (RP-initiated logout), and comes back.
    await page.getByRole('button', { name: 'Se déconnecter' }).click()
    await expect(page).toHaveURL(/\/account\?signedOut=1$/)
    await expect(page.getByText('Déconnexion effectuée')).toBeVisible()
    await page.goto('/account/orders')
    await expect(page).toHaveURL(/\/account\?next=%2Faccount%2Forders$/)
  })

  test('customer: registration offers the providers too; an unverified address is refused with a reason', async ({
    page,
  }) => {
    await signInNext(page, google, { sub: 'e2e-unverified', email: 'client@autoport.test', email_verified: false })
    await page.goto('/account/register')
    await page.getByRole('link', { name: 'Continuer avec Google' }).click()
    await expect(page).toHaveURL(/\/account\?oidcError=accountExists$/)
    await expect(page.getByTestId('oidc-error')).toContainText('Un compte existe déjà avec cette adresse')
    const me = await page.request.get('/api/customers/me')
    expect((await me.json()).user).toBeNull()
  })

  test('customer: “Continuer avec Apple” answers by form_post (a cross-site POST) and signs in', async ({ page }) => {
    const email = `e2e.apple.${Date.now()}@privaterelay.appleid.test`
    await signInNext(page, apple, { sub: `e2e-apple-${Date.now()}`, email, email_verified: true })
    await page.goto('/account/profile')
    await page.getByRole('link', { name: 'Continuer avec Apple' }).click()
    await expect(page).toHaveURL(/\/account\/profile$/)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const linked = page.getByTestId('linked-providers')
    await expect(linked).toContainText('Apple')
    await expect(linked).toContainText(email)
    await expect(linked.getByRole('link', { name: 'Lier Google' })).toBeVisible()
  })
})
