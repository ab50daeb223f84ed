import { expect, test, type Page } from '@playwright/test'

import { DEMO_PASSWORD, staffApi, staffLogin } from './helpers'

/**
 * Content Security Policy and cookie consent (docs/security.md, docs/privacy.md): pages rendered per
 * request carry a fresh nonce and no inline-script allowance; no page trips the policy; the banner
 * asks first, keeps the map off until maps are accepted, and its answers are recorded.
 */

// This spec tests the banner itself: start without the answer the other specs are given.
test.use({ storageState: { cookies: [], origins: [] } })

const scriptSrc = (policy: string | undefined) =>
  (policy ?? '')
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith('script-src ')) ?? ''

/** Collects CSP violations, as the console reports them and as the page's own event sees them. */
function watchViolations(page: Page): string[] {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(message.text())
  })
  page.on('pageerror', (error) => {
    if (/Content Security Policy/i.test(error.message)) violations.push(error.message)
  })
  return violations
}

async function expectNoViolation(page: Page, violations: string[]) {
  // The page's own report, for violations the console might word differently.
  const reported = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])
  expect([...violations, ...reported]).toEqual([])
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const log: string[] = ((window as unknown as { __csp: string[] }).__csp = [])
    document.addEventListener('securitypolicyviolation', (event) => {
      log.push(`${event.violatedDirective} ${event.blockedURI}`)
    })
  })
})

test('portal pages get a fresh nonce and no inline-script allowance', async ({ request }) => {
  const first = await request.get('/account')
  const second = await request.get('/en/account')
  const policies = [first.headers()['content-security-policy'], second.headers()['content-security-policy']]
  const nonces = policies.map((policy) => /'nonce-([^']+)'/.exec(scriptSrc(policy))?.[1])
  for (const [index, policy] of policies.entries()) {
    expect(scriptSrc(policy)).toContain("'strict-dynamic'")
    expect(scriptSrc(policy)).not.toContain("'unsafe-inline'")
    expect(nonces[index]).toBeTruthy()
  }
  expect(nonces[0]).not.toBe(nonces[1])
  // Next put the nonce on its own scripts.
  expect(await first.text()).toContain(`nonce="${nonces[0]}"`)

  // A cached page keeps its shared policy: no nonce to leak into the cache.
  const home = await request.get('/')
  expect(scriptSrc(home.headers()['content-security-policy'])).not.toContain('nonce-')
})

test('no page trips the policy, and the interactive parts still work', async ({ page }) => {
  const violations = watchViolations(page)

  await page.goto('/')
  await expect(page.getByTestId('consent-banner')).toBeVisible()
  await page.getByRole('button', { name: 'Essentiels uniquement' }).click()

  // Search filters are a client component: they react, so it hydrated.
  await page.goto('/vehicles?sort=price_asc')
  const filters = page.getByRole('form', { name: 'Filtres' })
  const toyota = filters.getByRole('checkbox', { name: /^Toyota/ })
  if (!(await toyota.isVisible())) await filters.locator('summary').click()
  await toyota.check()
  await expect(page).toHaveURL(/make=Toyota/)
  const vehicle = page.locator('main article a').first()
  await vehicle.click()
  await expect(page).toHaveURL(/\/vehicles\/[a-z0-9-]+$/)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()

  await page.goto('/quote')
  await expect(page.locator('form').first()).toBeVisible()
  await page.goto('/en/account')
  await page.getByLabel('E-mail address').fill('client@autoport.test')
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('button', { name: /Sign out/ })).toBeVisible()
  for (const path of ['/en/account/quotes', '/en/account/orders', '/en/account/profile', '/en/account/documents']) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expectNoViolation(page, violations)
  }

  // The customer's session would be refused by the admin: sign in there afresh. The admin's login
  // form is a client component: signing in proves it hydrated.
  await page.context().clearCookies()
  await staffLogin(page, 'admin@autoport.test')
  await page.goto('/admin/collections/vehicles')
  await expect(page.locator('table').first()).toBeVisible()
  await expectNoViolation(page, violations)

  // The watch would see a violation, and the policy blocks what it should: an injected inline
  // handler does not run on a page with a nonce policy.
  await page.evaluate(() => {
    const button = document.createElement('button')
    button.setAttribute('onclick', 'window.__injected = true')
    document.body.append(button)
    button.click()
  })
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined()
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp.length))
    .toBeGreaterThan(0)
})

test('live preview (draft mode) renders per request, so it gets a nonce too', async ({ page }) => {
  const violations = watchViolations(page)
  await staffLogin(page, 'marketing@autoport.test')
  const response = await page.goto('/next/preview?path=/vehicles')
  const policy = response?.headers()['content-security-policy']
  const nonce = /'nonce-([^']+)'/.exec(scriptSrc(policy))?.[1]
  expect(nonce, 'nonce in the preview policy').toBeTruthy()
  expect(await response!.text()).toContain(`nonce="${nonce}"`)
  // It hydrated under the nonce policy: the banner (a client component) shows.
  await expect(page.getByTestId('consent-banner')).toBeVisible()
  await expectNoViolation(page, violations)
})

test('the banner asks first, "only essential" keeps the map off, the footer reopens it, "accept all" is recorded', async ({
  page,
  request,
}) => {
  const violations = watchViolations(page)
  await page.goto('/vehicles')
  const banner = page.getByTestId('consent-banner')
  await expect(banner).toBeVisible()
  await expect(banner.getByRole('heading', { name: 'Cookies et contenus tiers' })).toBeVisible()

  await banner.getByRole('button', { name: 'Essentiels uniquement' }).click()
  await expect(banner).toBeHidden()
  const cookie = (await page.context().cookies()).find((entry) => entry.name === 'autoport_consent')
  expect(cookie, 'consent cookie').toBeTruthy()
  // About six months, then the visitor is asked again.
  const days = (cookie!.expires * 1000 - Date.now()) / 86_400_000
  expect(days).toBeGreaterThan(175)
  expect(days).toBeLessThan(190)
  const visitorId = (JSON.parse(decodeURIComponent(cookie!.value)) as { id: string }).id

  // The map stays blocked and says why; no request goes to Google.
  const google: string[] = []
  page.on('request', (sent) => {
    if (/googleapis|gstatic/.test(sent.url())) google.push(sent.url())
  })
  await page.locator('main article a').first().click()
  await expect(page).toHaveURL(/\/vehicles\/[a-z0-9-]+$/)
  const blocked = page.getByTestId('map-blocked')
  await blocked.scrollIntoViewIfNeeded()
  await expect(blocked).toContainText('Google Maps')
  await expect(blocked.getByRole('button', { name: 'Afficher les cartes' })).toBeVisible()
  expect(google).toEqual([])

  // Reopened from the footer, with the keyboard landing in it.
  await page.getByRole('button', { name: 'Paramètres des cookies' }).click()
  await expect(banner).toBeVisible()
  await expect(banner.getByRole('heading')).toBeFocused()
  await expect(banner.getByRole('checkbox', { name: /Cartes/ })).not.toBeChecked()
  await page.keyboard.press('Escape')
  await expect(banner).toBeHidden()

  // English, on a page without a map: accept everything.
  await page.goto('/en')
  await page.getByRole('button', { name: 'Cookie settings' }).click()
  await banner.getByRole('button', { name: 'Accept all' }).click()
  await expect(banner).toBeHidden()

  const api = await staffApi(request)
  await expect
    .poll(async () => {
      const found = await api.get<{ docs: { choices: { maps: boolean }; textVersion: string; locale: string }[] }>(
        `/api/consent-records?where[visitorId][equals]=${visitorId}&sort=-at&limit=5`,
      )
      return found.docs.map((doc) => `${doc.locale}:${doc.choices.maps}`)
    })
    .toEqual(['en:true', 'fr:false'])
  await expectNoViolation(page, violations)
})

test('consent records: nobody writes through the API, bad answers are refused', async ({ request }) => {
  const forged = await request.post('/api/consent-records', {
    data: { at: new Date().toISOString(), visitorId: 'a'.repeat(32), textVersion: 'x', choices: { maps: true } },
  })
  expect(forged.status()).toBe(403)
  const noVersion = await request.post('/next/consent', {
    data: { visitorId: 'a'.repeat(32), textVersion: 'old', choices: { maps: true } },
  })
  expect(noVersion.status()).toBe(400)
  expect(JSON.stringify(await noVersion.json())).toContain('textVersion')
  const extra = await request.post('/next/consent', {
    data: { visitorId: 'a'.repeat(32), textVersion: 'old', choices: { maps: true, ads: true } },
  })
  expect(extra.status()).toBe(400)
  const form = await request.post('/next/consent', { form: { visitorId: 'a'.repeat(32) } })
  expect(form.status()).toBe(415)
  // Visitors cannot read the records.
  expect((await request.get('/api/consent-records')).status()).toBe(403)
})
