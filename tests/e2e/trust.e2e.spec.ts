import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { DEMO_PASSWORD } from './helpers'

/**
 * What a distance seller must show, in French and English: the legal pages reached from every
 * footer, the legal notice from the settings, the contact form, the terms beside "I accept", and
 * the pages' own slug in each language.
 */

const LEGAL_PAGES = {
  fr: [
    { link: 'Mentions légales', path: '/mentions-legales' },
    { link: 'Conditions générales de vente', path: '/conditions-generales-de-vente' },
    { link: 'Politique de confidentialité', path: '/confidentialite' },
    { link: 'Politique de cookies', path: '/cookies' },
    { link: 'Nous contacter', path: '/contact' },
  ],
  en: [
    { link: 'Legal notice', path: '/en/legal-notice' },
    { link: 'General terms of sale', path: '/en/terms-of-sale' },
    { link: 'Privacy policy', path: '/en/privacy-policy' },
    { link: 'Cookie policy', path: '/en/cookie-policy' },
    { link: 'Contact us', path: '/en/contact' },
  ],
} as const

const footer = (page: Page) => page.locator('footer')

for (const locale of ['fr', 'en'] as const) {
  test(`${locale}: the footer reaches every legal page at its address in that language`, async ({ page }) => {
    for (const { link, path } of LEGAL_PAGES[locale]) {
      await page.goto(locale === 'fr' ? '/vehicles' : '/en/vehicles')
      await footer(page).getByRole('link', { name: link, exact: true }).click()
      await expect(page).toHaveURL(new RegExp(`${path.replace(/\//g, '\\/')}$`))
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    }
  })
}

test('the legal notice shows the registration numbers from the site settings, in both languages', async ({
  page,
  request,
}) => {
  const settings = await (await request.get('/api/globals/site-settings?depth=0')).json()
  const { seller, legal } = settings
  expect(seller.siret).toBeTruthy()
  const siren = seller.siret
    .replace(/\D/g, '')
    .slice(0, 9)
    .replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3')

  await page.goto('/mentions-legales')
  const publisher = page.getByTestId('legal-publisher')
  await expect(publisher).toContainText(seller.legalName)
  await expect(publisher.locator('[data-fact="siren"] dd')).toHaveText(siren)
  await expect(publisher.locator('[data-fact="rcs"] dd')).toHaveText(seller.rcs)
  await expect(publisher.locator('[data-fact="vatNumber"] dd')).toHaveText(seller.vatNumber)
  await expect(publisher.locator('[data-fact="shareCapital"] dd')).toHaveText(legal.shareCapital)
  await expect(publisher.locator('[data-fact="director"] dd')).toHaveText(legal.publicationDirector)
  await expect(publisher).toContainText('N° de TVA intracommunautaire')
  await expect(page.getByTestId('legal-host')).toContainText(legal.host.name)

  await page.goto('/en/legal-notice')
  await expect(page.getByTestId('legal-publisher')).toContainText('EU VAT number')
  await expect(page.getByTestId('legal-publisher').locator('[data-fact="rcs"] dd')).toHaveText(seller.rcs)
  await expect(page.getByTestId('legal-host')).toContainText(legal.host.name)
})

const CONTACT = {
  fr: {
    path: '/contact',
    name: 'Nom et prénom',
    email: 'E-mail',
    phone: 'Téléphone (facultatif)',
    subject: 'Objet',
    message: 'Votre message',
    consent: 'J’accepte qu’Autoport utilise ces informations pour me répondre.',
    send: 'Envoyer',
    required: 'Ce champ est obligatoire.',
    badEmail: 'Saisissez une adresse e-mail valide',
    badConsent: 'Nous avons besoin de votre accord pour vous répondre.',
    sent: 'Message envoyé',
  },
  en: {
    path: '/en/contact',
    name: 'Full name',
    email: 'E-mail',
    phone: 'Phone (optional)',
    subject: 'Subject',
    message: 'Your message',
    consent: 'I agree that Autoport uses this information to answer me.',
    send: 'Send',
    required: 'This field is required.',
    badEmail: 'Enter a valid e-mail address',
    badConsent: 'We need your agreement to answer you.',
    sent: 'Message sent',
  },
} as const

for (const locale of ['fr', 'en'] as const) {
  test(`${locale}: the contact form shows field errors for bad input, then confirms a good message`, async ({
    page,
    request,
  }) => {
    const t = CONTACT[locale]
    await page.goto(t.path)
    const form = page.locator('form').filter({ has: page.getByRole('button', { name: t.send }) })

    await form.getByLabel(t.email, { exact: true }).fill('not-an-address')
    await form.getByRole('button', { name: t.send }).click()
    await expect(form.getByLabel(t.name, { exact: true })).toHaveAttribute('aria-invalid', 'true')
    await expect(form.getByText(t.required).first()).toBeVisible()
    await expect(form.getByLabel(t.email, { exact: true })).toHaveAttribute('aria-invalid', 'true')
    await expect(form.getByText(t.badEmail)).toBeVisible()
    await expect(form.getByText(t.badConsent)).toBeVisible()
    // What was typed stays.
    await expect(form.getByLabel(t.email, { exact: true })).toHaveValue('not-an-address')

    const email = `contact-${locale}-${Date.now()}@visitor.test`
    const subject = `E2E ${locale} ${Date.now()}`
    await form.getByLabel(t.name, { exact: true }).fill('Léa Durand')
    await form.getByLabel(t.email, { exact: true }).fill(email)
    await form.getByLabel(t.phone, { exact: true }).fill('06 12 34 56 78')
    await form.getByLabel(t.subject, { exact: true }).fill(subject)
    await form.getByLabel(t.message, { exact: true }).fill('Bonjour, quel délai pour une Land Cruiser du Japon ?')
    await form.getByLabel(t.consent).check()
    await form.getByRole('button', { name: t.send }).click()
    const confirmation = page.getByRole('status').filter({ hasText: t.sent })
    await expect(confirmation).toBeVisible()
    await expect(confirmation).toContainText(email)

    // Staff find it in the back office, in the visitor's language.
    const login = await request.post('/api/users/login', {
      data: { email: 'sales@autoport.test', password: DEMO_PASSWORD },
    })
    const { token } = (await login.json()) as { token: string }
    const found = await request.get(`/api/contact-messages?where[email][equals]=${encodeURIComponent(email)}&depth=0`, {
      headers: { authorization: `JWT ${token}` },
    })
    const { docs } = (await found.json()) as { docs: { subject: string; language: string }[] }
    expect(docs).toEqual([expect.objectContaining({ subject, language: locale })])
  })
}

/** A quote sent to client@ by sales, so this spec does not depend on the demo's one sent quote. */
async function sentQuoteForClient(request: APIRequestContext): Promise<string> {
  const login = await request.post('/api/users/login', {
    data: { email: 'sales@autoport.test', password: DEMO_PASSWORD },
  })
  const { token } = (await login.json()) as { token: string }
  const headers = { authorization: `JWT ${token}` }
  const customers = await (
    await request.get('/api/customers?where[email][equals]=client@autoport.test&depth=0', { headers })
  ).json()
  const created = await request.post('/api/quotes', {
    headers,
    data: {
      kind: 'sourcing',
      customer: customers.docs[0].id,
      sourcing: { make: 'Toyota', model: 'Land Cruiser' },
      destination: { country: 'FR', region: 'ARA' },
      status: 'in_progress',
      lines: [{ code: 'vehicle', label: 'Véhicule', amount: 4_200_000, vatIncluded: true }],
      validUntil: new Date(Date.now() + 14 * 86_400_000).toISOString(),
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: string } }
  const sent = await request.patch(`/api/quotes/${doc.id}`, { headers, data: { status: 'sent' } })
  expect(sent.status(), await sent.text()).toBe(200)
  return doc.id
}

test('the quote page links the general terms beside "I accept", and the acceptance records their version', async ({
  page,
  request,
}) => {
  const id = await sentQuoteForClient(request)
  const settings = await (await request.get('/api/globals/site-settings?depth=0')).json()
  const version = settings.legal.termsVersion as string
  expect(version).toBeTruthy()

  const login = await page.request.post('/api/customers/login', {
    data: { email: 'client@autoport.test', password: DEMO_PASSWORD },
  })
  expect(login.ok()).toBe(true)

  await page.goto(`/en/account/quotes/${id}`)
  const acceptForm = page.locator('form').filter({ has: page.getByRole('button', { name: 'Accept the quote' }) })
  await expect(acceptForm.getByTestId('terms-link')).toHaveText('Read the general terms of sale')
  await expect(acceptForm.getByTestId('terms-link')).toHaveAttribute('href', '/en/terms-of-sale')

  await page.goto(`/account/quotes/${id}`)
  const formFr = page.locator('form').filter({ has: page.getByRole('button', { name: 'Accepter le devis' }) })
  const terms = formFr.getByTestId('terms-link')
  await expect(terms).toHaveText('Lire les conditions générales de vente')
  await expect(terms).toHaveAttribute('href', '/conditions-generales-de-vente')
  // The link sits with the "I accept" box, in the same field.
  await expect(
    formFr.locator('.field').filter({ has: page.getByLabel('J’ai lu le détail du devis et je l’accepte.') }),
  ).toContainText('Lire les conditions générales de vente')

  await page.getByLabel('J’ai lu le détail du devis et je l’accepte.').check()
  await page.getByRole('button', { name: 'Accepter le devis' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Merci, votre devis est accepté' })).toBeVisible()
  await expect(page.getByText(`Conditions générales acceptées : version ${version}`)).toBeVisible()
})

test('the language switch goes to the page’s English slug and back; old addresses move for good', async ({ page }) => {
  // The switch reads the address in the browser: before hydration it is a plain link to the home page.
  const switchTo = (name: string) => page.getByRole('banner').getByRole('link', { name, exact: true })
  await page.goto('/a-propos')
  await expect(switchTo('English')).toHaveAttribute('href', '/en/about')
  await switchTo('English').click()
  await expect(page).toHaveURL(/\/en\/about$/)
  await expect(page.getByRole('heading', { level: 1, name: 'About us' })).toBeVisible()

  await expect(switchTo('Français')).toHaveAttribute('href', '/a-propos')
  await switchTo('Français').click()
  await expect(page).toHaveURL(/\/a-propos$/)

  await page.goto('/en/legal-notice')
  await expect(switchTo('Français')).toHaveAttribute('href', '/mentions-legales')
  await switchTo('Français').click()
  await expect(page).toHaveURL(/\/mentions-legales$/)

  // Bookmarked before pages had English slugs.
  const moved = await page.request.get('/en/a-propos', { maxRedirects: 0 })
  expect(moved.status()).toBe(308)
  expect(moved.headers().location).toMatch(/\/en\/about$/)
  await page.goto('/en/a-propos')
  await expect(page).toHaveURL(/\/en\/about$/)
})

test('the sitemap lists each page with its English slug as the alternate', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text()
  expect(xml).toMatch(/<loc>[^<]*\/a-propos<\/loc>/)
  expect(xml).toMatch(/hreflang="en"\s+href="[^"]*\/en\/about"/)
  expect(xml).toMatch(/hreflang="en"\s+href="[^"]*\/en\/terms-of-sale"/)
})
