import { expect, test, type Page } from '@playwright/test'

import { DEMO_PASSWORD, staffApi } from './helpers'
import { newestMailTo } from './mail'

/**
 * The customer portal, French by default: registration with e-mail confirmation, sign-in and the way
 * back, answering a quote, following the order, identity documents, bad input, and isolation
 * between customers.
 */

const unique = (label: string) => `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@autoport.test`

/** A message announced to screen readers (Next's route announcer is an empty alert too). */
const alert = (page: Page, text: string | RegExp) => page.getByRole('alert').filter({ hasText: text })

/** Signs in through the REST API: the browser gets Payload's cookie without spending the form's rate limit. */
async function signInQuietly(page: Page, email: string) {
  const response = await page.request.post('/api/customers/login', { data: { email, password: DEMO_PASSWORD } })
  expect(response.ok(), `login ${email} → ${response.status()}`).toBe(true)
}

// A 1×1 PNG and the smallest PDF Payload accepts (header, xref, %%EOF).
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

test.describe('signed out', () => {
  test('a visitor asking for their quotes signs in and comes back to them', async ({ page }) => {
    await page.goto('/account/quotes')
    await expect(page).toHaveURL(/\/account\?next=%2Faccount%2Fquotes$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Connexion à votre espace' })).toBeVisible()
    await expect(page.getByText('Connectez-vous pour accéder à cette page.')).toBeVisible()

    await page.getByLabel('Adresse e-mail').fill('client@autoport.test')
    await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await expect(page).toHaveURL(/\/account\/quotes$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Mes devis' })).toBeVisible()
    await expect(
      page.getByRole('navigation', { name: 'Mon espace' }).getByRole('link', { name: 'Devis' }),
    ).toHaveAttribute('aria-current', 'page')

    // Signing out ends the session: the portal asks to sign in again.
    await page.getByRole('button', { name: 'Se déconnecter' }).click()
    await expect(page.getByText('Déconnexion effectuée')).toBeVisible()
    await page.goto('/account/orders')
    await expect(page).toHaveURL(/\/account\?next=%2Faccount%2Forders$/)
  })

  test('the English portal lives under /en and only returns to paths of this site', async ({ page }) => {
    await page.goto('/en/account/documents')
    await expect(page).toHaveURL(/\/en\/account\?next=%2Faccount%2Fdocuments$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in to your account' })).toBeVisible()

    await page.goto('/en/account?next=//evil.example/steal')
    await page.getByLabel('E-mail address').fill('client2@autoport.test')
    await page.getByLabel('Password').fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page).toHaveURL(/localhost:\d+\/en\/account$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Hello James' })).toBeVisible()
  })

  test('portal pages are not cached and not indexed', async ({ page }) => {
    const response = await page.goto('/account')
    expect(response?.headers()['cache-control']).toContain('no-store')
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
  })

  test('a wrong password gets a clear message and keeps the e-mail typed', async ({ page }) => {
    await page.goto('/account')
    await page.getByLabel('Adresse e-mail').fill('client2@autoport.test')
    await page.getByLabel('Mot de passe').fill('not-the-password')
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await expect(alert(page, 'Adresse e-mail ou mot de passe incorrect.')).toBeVisible()
    await expect(page.getByLabel('Adresse e-mail')).toHaveValue('client2@autoport.test')
    await expect(page.getByLabel('Mot de passe')).toHaveValue('')
  })
})

/** Fills in and sends the registration form; the account then waits for its e-mail confirmation. */
async function register(
  page: Page,
  { firstName, lastName, email, password }: { firstName: string; lastName: string; email: string; password: string },
) {
  await page.goto('/account/register')
  await page.getByLabel('Prénom').fill(firstName)
  await page.getByLabel('Nom', { exact: true }).fill(lastName)
  await page.getByLabel('Adresse e-mail').fill(email)
  await page.getByLabel('Mot de passe', { exact: true }).fill(password)
  await page.getByLabel('Confirmez le mot de passe').fill(password)
  await page.getByRole('button', { name: 'Créer mon espace' }).click()
  await expect(
    page.getByRole('status').filter({ hasText: `Un e-mail de confirmation vient d’être envoyé à ${email}` }),
  ).toBeVisible()
}

/** The link of the given kind in the newest mail to `email`. */
async function linkFromMail(email: string, kind: 'verify' | 'reset-password'): Promise<string> {
  const mail = await newestMailTo(email)
  const token = mail.match(new RegExp(`/account/${kind}\\?token=([A-Za-z0-9._-]+)`))?.[1]
  expect(token, `${kind} link in the mail to ${email}`).toBeTruthy()
  return `/account/${kind}?token=${token}`
}

async function signInWithForm(page: Page, email: string, password: string) {
  await page.goto('/account')
  await page.getByLabel('Adresse e-mail').fill(email)
  await page.getByLabel('Mot de passe').fill(password)
  await page.getByRole('button', { name: 'Se connecter' }).click()
}

test('sign-in attempts over the budget are refused with a clear message', async ({ browser }) => {
  // An address of its own (the test runner is a trusted proxy), so this test spends nobody else's budget.
  const context = await browser.newContext({
    extraHTTPHeaders: { 'x-forwarded-for': `198.51.100.${Math.floor(Math.random() * 250) + 1}` },
  })
  const page = await context.newPage()
  const email = unique('robot')
  let limited = false
  for (let attempt = 1; attempt <= 12 && !limited; attempt++) {
    await signInWithForm(page, email, `wrong-${attempt}`)
    await expect(alert(page, /incorrect|Trop de tentatives/)).toBeVisible()
    limited = await alert(page, 'Trop de tentatives').isVisible()
  }
  expect(limited).toBe(true)
  await expect(alert(page, /Trop de tentatives : réessayez dans \d+ secondes?\./)).toBeVisible()
  await context.close()
})

test('a new customer registers, confirms the e-mail from the link and signs in', async ({ page }) => {
  const email = unique('nouveau')
  const password = 'un-long-secret-2026'
  // Markup in a name is refused next to the field, and no account is made.
  await page.goto('/account/register')
  await page.getByLabel('Prénom').fill('Zoé')
  await page.getByLabel('Nom', { exact: true }).fill('<img src=x onerror="window.__xss=1">Durand')
  await page.getByLabel('Adresse e-mail').fill(email)
  await page.getByLabel('Mot de passe', { exact: true }).fill(password)
  await page.getByLabel('Confirmez le mot de passe').fill(password)
  await page.getByRole('button', { name: 'Créer mon espace' }).click()
  await expect(page.getByText('Le code HTML (balises entre chevrons) n’est pas accepté dans ce champ.')).toBeVisible()
  await expect(page.getByLabel('Nom', { exact: true })).toHaveAttribute('aria-invalid', 'true')
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined()
  await expect(page.getByLabel('Prénom')).toHaveValue('Zoé')

  await register(page, { firstName: 'Zoé', lastName: 'Durand', email, password })

  // Not confirmed yet: signing in says what to do.
  await signInWithForm(page, email, password)
  await expect(alert(page, 'Confirmez d’abord votre adresse e-mail')).toBeVisible()

  const verify = await linkFromMail(email, 'verify')
  await page.goto(verify)
  await expect(page.getByText('Merci, votre adresse e-mail est confirmée.')).toBeVisible()
  // The link works once.
  await page.goto(verify)
  await expect(page.getByText('Ce lien de confirmation n’est pas valide ou a déjà servi.')).toBeVisible()

  await signInWithForm(page, email, password)
  await expect(page.getByRole('heading', { level: 1, name: 'Bonjour Zoé' })).toBeVisible()
  await expect(page.getByText('Zoé Durand', { exact: false })).toBeVisible()
  await expect(page.getByText('Envoyez une pièce d’identité et un justificatif de domicile')).toBeVisible()
})

test('a forgotten password: the same answer for every address, then a new password from the e-mailed link', async ({
  page,
}) => {
  const email = unique('oubli')
  await register(page, { firstName: 'Hugo', lastName: 'Dubois', email, password: 'premier-secret-2026' })
  await page.goto(await linkFromMail(email, 'verify'))
  await expect(page.getByText('Merci, votre adresse e-mail est confirmée.')).toBeVisible()

  for (const address of [unique('inconnu'), email]) {
    await page.goto('/account/forgot-password')
    await page.getByLabel('Adresse e-mail').fill(address)
    await page.getByRole('button', { name: 'Recevoir le lien' }).click()
    await expect(page.getByRole('status')).toHaveText(
      `Si un espace existe pour ${address}, un e-mail contenant un lien valable une heure vient d’y être envoyé.`,
    )
  }

  await page.goto(await linkFromMail(email, 'reset-password'))
  await page.getByLabel('Nouveau mot de passe').fill('second-secret-2026')
  await page.getByLabel('Confirmez le mot de passe').fill('autre-chose-2026')
  await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click()
  await expect(page.getByText('Les deux mots de passe ne sont pas identiques.')).toBeVisible()
  await page.getByLabel('Nouveau mot de passe').fill('second-secret-2026')
  await page.getByLabel('Confirmez le mot de passe').fill('second-secret-2026')
  await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click()
  await expect(page.getByText('Votre mot de passe a été modifié.')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: 'Bonjour Hugo' })).toBeVisible()

  // The old password no longer works.
  const old = await page.request.post('/api/customers/login', { data: { email, password: 'premier-secret-2026' } })
  expect(old.status()).toBe(401)
})

test('registration refuses empty, invalid and too long input next to each field, and creates nothing', async ({
  page,
}) => {
  await page.goto('/account/register')
  await page.getByRole('button', { name: 'Créer mon espace' }).click()
  await expect(alert(page, 'Certains champs sont à corriger')).toBeVisible()
  const firstName = page.getByLabel('Prénom')
  await expect(firstName).toHaveAttribute('aria-invalid', 'true')
  const describedBy = (await firstName.getAttribute('aria-describedby'))!
  await expect(page.locator(`[id="${describedBy}"]`)).toHaveText('Ce champ est obligatoire.')
  await expect(page.getByLabel('Adresse e-mail')).toHaveAttribute('aria-invalid', 'true')

  await firstName.fill('Léa')
  await page.getByLabel('Nom', { exact: true }).fill('Bernard')
  await page.getByLabel('Adresse e-mail').fill('lea.bernard@')
  await page.getByLabel('Mot de passe', { exact: true }).fill('court')
  await page.getByLabel('Confirmez le mot de passe').fill('autre')
  await page.getByRole('button', { name: 'Créer mon espace' }).click()
  await expect(page.getByText('Saisissez une adresse e-mail valide')).toBeVisible()
  await expect(page.getByText('Choisissez un mot de passe d’au moins 10 caractères.')).toBeVisible()
  await expect(page.getByText('Les deux mots de passe ne sont pas identiques.')).toBeVisible()
  // What was typed is still there (passwords excepted).
  await expect(page.getByLabel('Prénom')).toHaveValue('Léa')
  await expect(page.getByLabel('Adresse e-mail')).toHaveValue('lea.bernard@')

  const email = unique('trop-long')
  const lastName = page.getByLabel('Nom', { exact: true })
  await lastName.evaluate((input) => input.removeAttribute('maxlength'))
  await lastName.fill('B'.repeat(81))
  await page.getByLabel('Adresse e-mail').fill(email)
  await page.getByLabel('Mot de passe', { exact: true }).fill('un-long-secret-2026')
  await page.getByLabel('Confirmez le mot de passe').fill('un-long-secret-2026')
  await page.getByRole('button', { name: 'Créer mon espace' }).click()
  await expect(page.getByText('80 caractères au maximum.')).toBeVisible()
  await expect(page.getByLabel('Nom', { exact: true })).toHaveAttribute('aria-invalid', 'true')

  // No account was created: the API knows no such customer.
  const login = await page.request.post('/api/customers/login', { data: { email, password: 'un-long-secret-2026' } })
  expect(login.status()).toBe(401)

  // An address that already has an account is refused on its field.
  await page.getByLabel('Nom', { exact: true }).fill('Martin')
  await page.getByLabel('Adresse e-mail').fill('client@autoport.test')
  await page.getByLabel('Mot de passe', { exact: true }).fill('un-long-secret-2026')
  await page.getByLabel('Confirmez le mot de passe').fill('un-long-secret-2026')
  await page.getByRole('button', { name: 'Créer mon espace' }).click()
  await expect(page.getByText('Un espace existe déjà avec cette adresse.', { exact: false })).toBeVisible()
  await expect(page.getByLabel('Adresse e-mail')).toHaveAttribute('aria-invalid', 'true')
})

test('client accepts a sent quote and follows the order it became, with the bank details', async ({ page }) => {
  await signInQuietly(page, 'client@autoport.test')
  await page.goto('/account')
  await expect(page.getByRole('heading', { level: 1, name: 'Bonjour Camille' })).toBeVisible()
  await page.getByRole('navigation', { name: 'Mon espace' }).getByRole('link', { name: 'Devis' }).click()
  const sent = page.getByRole('listitem').filter({ hasText: 'À valider' }).first()
  await sent.getByRole('link').click()
  await expect(page).toHaveURL(/\/account\/quotes\/[0-9a-f-]{36}$/)
  await expect(page.getByRole('table')).toContainText('Total TTC')
  await expect(page.getByText(/Ce devis est valable jusqu’au/)).toBeVisible()

  // Accepting needs the explicit confirmation.
  await page.getByRole('button', { name: 'Accepter le devis' }).click()
  await expect(page.getByText('Cochez la case pour confirmer que vous acceptez le devis.')).toBeVisible()
  await expect(page.getByLabel('J’ai lu le détail du devis et je l’accepte.')).toHaveAttribute('aria-invalid', 'true')

  await page.getByLabel('J’ai lu le détail du devis et je l’accepte.').check()
  await page.getByRole('button', { name: 'Accepter le devis' }).click()
  const accepted = page.getByRole('status').filter({ hasText: 'Merci, votre devis est accepté' })
  await expect(accepted).toContainText(/La commande O-\d{4}-\d{4} est créée\./)
  await expect(page.getByRole('button', { name: 'Accepter le devis' })).toHaveCount(0)
  const orderNumber = (await accepted.textContent())!.match(/O-\d{4}-\d{4}/)![0]

  await accepted.getByRole('link', { name: 'Suivre ma commande' }).click()
  await expect(page).toHaveURL(/\/account\/orders\/[0-9a-f-]{36}$/)
  await expect(page.getByRole('heading', { level: 1, name: `Commande ${orderNumber}` })).toBeVisible()
  await expect(page.locator('[aria-current="step"]')).toContainText('Acompte en attente')
  const bank = page.getByRole('region', { name: 'Régler l’acompte par virement' })
  await expect(bank).toContainText('IBAN')
  await expect(bank).toContainText(orderNumber)
  await expect(bank).toContainText('nous ne changeons jamais nos coordonnées bancaires par e-mail')

  await page.goto('/account/orders')
  await expect(page.getByRole('link', { name: `Commande ${orderNumber}` })).toBeVisible()
})

test('client2 edits the profile: inline errors keep every choice, consents are saved with their date', async ({
  page,
}) => {
  await signInQuietly(page, 'client2@autoport.test')
  await page.goto('/en/account/profile')
  const phone = page.getByLabel('Phone')
  const original = await phone.inputValue()
  await page.getByLabel('Registration region').selectOption('BRE')
  await page.getByLabel('I agree to receive Autoport news and offers by e-mail', { exact: false }).check()
  await phone.fill('call me maybe')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(phone).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByText('Enter a phone number, such as +33 6 12 34 56 78.')).toBeVisible()
  await expect(page.getByLabel('Registration region')).toHaveValue('BRE')
  await expect(page.getByLabel('I agree to receive Autoport news and offers by e-mail', { exact: false })).toBeChecked()

  await phone.fill(original)
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Your details are saved.' })).toBeVisible()
  await page.reload()
  await expect(page.getByLabel('Registration region')).toHaveValue('BRE')
  await expect(page.getByText(/Given on \d{1,2} \w+ \d{4}/).first()).toBeVisible()

  // Back to the demo data as seeded (Île-de-France, no marketing e-mails).
  await page.getByLabel('Registration region').selectOption('IDF')
  await page.getByLabel('I agree to receive Autoport news and offers by e-mail', { exact: false }).uncheck()
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Your details are saved.' })).toBeVisible()
})

test('client uploads an identity document, sees it pending, then deletes it', async ({ page }) => {
  await signInQuietly(page, 'client@autoport.test')
  await page.goto('/account/documents')
  const name = `e2e-identite-${Date.now()}`
  await page.getByLabel('Type de document').selectOption('identity')
  await page.getByLabel('Fichier').setInputFiles({ name: `${name}.png`, mimeType: 'image/png', buffer: PNG })
  await page.getByRole('button', { name: 'Envoyer le document' }).click()
  await expect(page.getByText('Document envoyé. Nous le vérifions sous 48 heures ouvrées.')).toBeVisible()

  const row = page.getByRole('listitem').filter({ hasText: `${name}.png` })
  await expect(row).toContainText("Pièce d'identité")
  await expect(row).toContainText('En cours de vérification')
  await row.getByRole('button', { name: /Supprimer/ }).click()
  await expect(page.getByText('Document supprimé.')).toBeVisible()
  await expect(page.getByRole('listitem').filter({ hasText: `${name}.png` })).toHaveCount(0)
})

test('an HTML page renamed .pdf, a missing type and a file over 10 MB are refused inline', async ({ page }) => {
  await signInQuietly(page, 'client2@autoport.test')
  await page.goto('/en/account/documents')
  const before = await page.getByRole('region', { name: 'Documents sent' }).getByRole('listitem').count()

  await page.getByLabel('File').setInputFiles({
    name: 'passport.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>'),
  })
  await page.getByRole('button', { name: 'Send the document' }).click()
  await expect(page.getByText('Choose: identity document, driving licence or proof of address.')).toBeVisible()

  await page.getByLabel('Document type').selectOption('proof_of_address')
  await page.getByLabel('File').setInputFiles({
    name: 'passport.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>'),
  })
  await page.getByRole('button', { name: 'Send the document' }).click()
  const file = page.getByLabel('File')
  await expect(file).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByText('This file is not a valid PDF, JPEG, PNG or WebP.')).toBeVisible()
  await expect(page.getByLabel('Document type')).toHaveValue('proof_of_address')

  // Too large: stopped before it is sent.
  await file.setInputFiles({
    name: 'scan.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.alloc(10 * 1024 * 1024 + 1, 0x25),
  })
  await expect(page.getByText('This file is larger than 10 MB.')).toBeVisible()
  await page.getByRole('button', { name: 'Send the document' }).click()
  await expect(page.getByText('This file is larger than 10 MB.')).toBeVisible()

  await page.reload()
  await expect(page.getByRole('region', { name: 'Documents sent' }).getByRole('listitem')).toHaveCount(before)
})

test("a customer opening another customer's quote or order gets a 404", async ({ page, request }) => {
  const api = await staffApi(request)
  const customers = await api.get<{ docs: { id: string }[] }>(
    '/api/customers?where[email][equals]=client2@autoport.test&depth=0&limit=1',
  )
  const client2 = customers.docs[0]!.id
  const quotes = await api.get<{ docs: { id: string; number: string }[] }>(
    `/api/quotes?where[customer][equals]=${client2}&depth=0&limit=1`,
  )
  const orders = await api.get<{ docs: { id: string; number: string }[] }>(
    `/api/orders?where[customer][equals]=${client2}&depth=0&limit=1`,
  )
  const quote = quotes.docs[0]!
  const order = orders.docs[0]!

  await signInQuietly(page, 'client@autoport.test')
  for (const [url, number] of [
    [`/account/quotes/${quote.id}`, quote.number],
    [`/account/orders/${order.id}`, order.number],
    ['/account/orders/not-an-id', 'not-an-id'],
  ]) {
    const response = await page.goto(url!)
    expect(response?.status(), url).toBe(404)
    await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible()
    await expect(page.getByText(number!)).toHaveCount(0)
  }
})
