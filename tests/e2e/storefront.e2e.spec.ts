import { expect, test, type Locator, type Page } from '@playwright/test'

import { staffApi } from './helpers'
import { newestMailTo } from './mail'

/**
 * The public storefront, as a visitor: searching with filters (every filter in the URL, the back
 * button stepping through searches), a vehicle's landed price for another region, and a sourcing
 * request confirmed from the e-mail.
 */

const resultCount = (page: Page) => page.getByRole('status').filter({ hasText: /véhicules?$|Aucun véhicule/ })
const cards = (page: Page) => page.locator('main article')
const euros = (text: string) => Number(text.replace(/[^\d,]/g, '').replace(',', '.'))

/** "Toyota (12)" → 12: the count a facet announces before it is applied. */
async function facetCount(option: Locator): Promise<number> {
  const label = await option.locator('xpath=ancestor::label').innerText()
  return Number(/\((\d+)\)/.exec(label)?.[1])
}

async function countOf(page: Page): Promise<number> {
  const text = await resultCount(page).innerText()
  return /Aucun/.test(text) ? 0 : Number(text.replace(/\D/g, ''))
}

test('search: filters go into the URL, counts match the facets, Back steps through the searches', async ({ page }) => {
  await page.goto('/vehicles')
  await expect(page.getByRole('heading', { level: 1, name: 'Véhicules disponibles' })).toBeVisible()
  const everything = await countOf(page)
  expect(everything).toBeGreaterThan(24)
  // The filters fold away on small screens; open them whatever the width.
  const filters = page.getByRole('form', { name: 'Filtres' })
  const toyota = filters.getByRole('checkbox', { name: /^Toyota/ })
  if (!(await toyota.isVisible())) await filters.locator('summary').click()
  const toyotas = await facetCount(toyota)
  await toyota.check()
  await expect(page).toHaveURL(/\/vehicles\?make=Toyota$/)
  await expect.poll(() => countOf(page)).toBe(toyotas)
  for (const title of await cards(page).locator('h3').allInnerTexts()) expect(title).toMatch(/^Toyota /)

  await page.getByLabel('Trier par').selectOption('price_asc')
  await expect(page).toHaveURL(/make=Toyota/)
  await expect(page).toHaveURL(/sort=price_asc/)
  const prices = (await cards(page).getByTestId('card-seller-price').allInnerTexts()).map(euros)
  expect(prices.length).toBeGreaterThan(1)
  expect(prices).toEqual([...prices].sort((a, b) => a - b))

  const automatic = page.getByRole('form', { name: 'Filtres' }).getByRole('checkbox', { name: /^Automatique/ })
  const automaticToyotas = await facetCount(automatic)
  await automatic.check()
  await expect(page).toHaveURL(/transmission=automatic/)
  await expect.poll(() => countOf(page)).toBe(automaticToyotas)
  expect(automaticToyotas).toBeLessThan(toyotas)

  // A shared link opens the same search, filters ticked.
  const shared = page.url()
  const other = await page.context().newPage()
  await other.goto(shared)
  await expect.poll(() => countOf(other)).toBe(automaticToyotas)
  await other.close()

  // Back undoes one step at a time, the form following the URL.
  await page.goBack()
  await expect(page).not.toHaveURL(/transmission=/)
  await expect.poll(() => countOf(page)).toBe(toyotas)
  await expect(
    page.getByRole('form', { name: 'Filtres' }).getByRole('checkbox', { name: /^Automatique/ }),
  ).not.toBeChecked()
  await page.goBack()
  await expect(page).not.toHaveURL(/sort=/)
  await page.goBack()
  await expect(page).toHaveURL(/\/vehicles$/)
  await expect.poll(() => countOf(page)).toBe(everything)
  await expect(page.getByRole('form', { name: 'Filtres' }).getByRole('checkbox', { name: /^Toyota/ })).not.toBeChecked()
})

test('search: an impossible search offers to source the car, with what was asked', async ({ page }) => {
  await page.goto('/vehicles?make=Toyota&priceMax=1000')
  await expect(resultCount(page)).toHaveText('Aucun véhicule')
  // The budget's chip reads as a price.
  await expect(page.getByRole('link', { name: /≤ 1\s000\s€/ })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Aucun véhicule ne correspond à ces critères.' })).toBeVisible()
  await page.getByRole('link', { name: 'Faire sourcer ce véhicule' }).click()
  await expect(page).toHaveURL(/\/quote\?/)
  await expect(page.getByLabel('Marque')).toHaveValue('Toyota')
})

test('vehicle page: the landed price follows the destination region, line by line', async ({ page }) => {
  await page.goto('/vehicles?origin=DE&sort=price_asc')
  await cards(page).first().locator('h3 a').click()
  await expect(page).toHaveURL(/\/vehicles\/[a-z0-9-]+$/)
  const total = page.getByTestId('landed-total')
  await expect(page.getByText('Prix rendu immatriculé · Île-de-France')).toBeVisible()
  const inParis = euros(await total.innerText())
  const regionalTax = page.locator('#landed-cost summary', { hasText: 'Taxe régionale' })
  const parisTax = euros(await regionalTax.locator('.money').innerText())
  expect(parisTax).toBeGreaterThan(0)

  // Bretagne charges less per fiscal horsepower than Île-de-France (€60 against €68.95 in 2026).
  await page.getByLabel("Région d'immatriculation").selectOption('BRE')
  await expect(page).toHaveURL(/region=BRE/)
  await expect(page.getByText('Prix rendu immatriculé · Bretagne')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Prix rendu en France · Bretagne' })).toBeVisible()
  const bretagneTax = euros(await regionalTax.locator('.money').innerText())
  expect(bretagneTax).toBeLessThan(parisTax)
  expect(euros(await total.innerText())).toBeCloseTo(inParis - (parisTax - bretagneTax), 0)

  // Grouped as the quote prints it: the sections add up to the price box's total, the carte grise taxes to Y.6.
  const sum = async (amounts: Locator) => (await amounts.allInnerTexts()).reduce((all, text) => all + euros(text), 0)
  const y6 = page.getByTestId('landed-subtotal-notSubjectToVat')
  await expect(y6).toContainText('Total carte grise (Y.6)')
  const certificateLines = page
    .getByTestId('landed-section-notSubjectToVat')
    .getByTestId('landed-line')
    .locator('.money')
  expect(await certificateLines.count()).toBeGreaterThanOrEqual(4)
  expect(euros(await y6.locator('.money').innerText())).toBeCloseTo(await sum(certificateLines), 2)
  expect(await sum(page.locator('[data-testid^="landed-subtotal-"] .money'))).toBeCloseTo(
    euros(await total.innerText()),
    2,
  )
  await expect(page.getByTestId('landed-breakdown-total').locator('.money')).toHaveText(await total.innerText())

  // Each line explains itself when opened.
  await regionalTax.click()
  await expect(page.locator('#landed-cost details[open]')).toContainText(/CV/)

  // Asking for this car carries the vehicle and the region into the request form.
  await page.getByRole('link', { name: 'Demander ce véhicule' }).click()
  await expect(page).toHaveURL(/\/quote\?vehicle=.+&region=BRE/)
  await expect(page.getByLabel("Région d'immatriculation")).toHaveValue('BRE')
})

test('a visitor asks us to source a car and confirms the request from the e-mail', async ({ page, request }) => {
  const email = `sourcing-${Date.now()}@visitor.test`
  await page.goto('/quote')
  await page.getByLabel('Marque').fill('Alpine')
  await page.getByLabel('Modèle').fill('A110 GT')
  await page.getByLabel('Année min.').fill('2022')
  await page.getByLabel('Budget maximum (€)').fill('75000')
  await page.getByLabel('Énergie').selectOption('petrol')
  await page.getByLabel('Équipements et critères indispensables').fill('Bleu Alpine, pack Atelier, sièges Sabelt')
  await page.getByLabel("Région d'immatriculation").selectOption('OCC')
  await page.getByLabel('Prénom').fill('Inès')
  await page.getByLabel('Nom', { exact: true }).fill('Garnier')
  await page.getByLabel('Adresse e-mail').fill(email)
  await page.getByLabel("J'accepte qu'Autoport utilise ces informations pour répondre à ma demande.").check()
  await page.getByRole('button', { name: 'Envoyer ma demande' }).click()
  await expect(page.getByRole('heading', { name: 'Vérifiez votre boîte e-mail' })).toBeVisible()

  // Nothing reaches the staff before the address is confirmed.
  const staff = await staffApi(request)
  const before = await staff.get<{ totalDocs: number }>(
    `/api/quotes?where[sourcing.make][equals]=Alpine&where[sourcing.model][equals]=A110 GT&limit=1`,
  )

  const mail = await newestMailTo(email)
  const link = /https?:\/\/[^\s"<>]+\/quote\/confirm\?token=[A-Za-z0-9._~%-]+/.exec(mail)?.[0]
  expect(link, 'confirmation link in the e-mail').toBeTruthy()
  await page.goto(new URL(link!).pathname + new URL(link!).search)
  await page.getByRole('button', { name: 'Confirmer ma demande' }).click()
  const confirmed = page.getByRole('status').filter({ hasText: 'Demande confirmée' })
  await expect(confirmed).toBeVisible()
  const number = /Q-\d{4}-\d{4,}/.exec(await confirmed.innerText())?.[0]
  expect(number).toBeTruthy()

  const { docs } = await staff.get<{
    docs: {
      number: string
      status: string
      sourcing: { make: string; budget: number }
      destination: { region: string }
    }[]
  }>(`/api/quotes?where[number][equals]=${number}&depth=0`)
  expect(docs).toHaveLength(1)
  expect(docs[0]).toMatchObject({
    status: 'requested',
    sourcing: { make: 'Alpine', budget: 7_500_000 },
    destination: { region: 'OCC' },
  })
  const after = await staff.get<{ totalDocs: number }>(
    `/api/quotes?where[sourcing.make][equals]=Alpine&where[sourcing.model][equals]=A110 GT&limit=1`,
  )
  expect(after.totalDocs).toBe(before.totalDocs + 1)
})

test('the request form refuses empty, malformed and scripted input next to each field, and stores nothing', async ({
  page,
  request,
}) => {
  const email = `refused-${Date.now()}@visitor.test`
  const errorOf = (name: string) => page.locator(`#${name}-error`)
  await page.goto('/quote')
  await page.getByRole('button', { name: 'Envoyer ma demande' }).click()
  await expect(page.getByText('Certains champs sont à corriger.')).toBeVisible()
  await expect(errorOf('make')).toHaveText('Indiquez au moins la marque recherchée.')
  await expect(errorOf('email')).toBeVisible()
  await expect(page.getByText('Nous avons besoin de votre accord pour vous répondre.')).toBeVisible()

  // A script could post longer text than the browser lets anyone type: the server checks too.
  await page.locator('#mustHaves').evaluate((field) => field.removeAttribute('maxlength'))
  await page.getByLabel('Marque').fill('Porsche')
  await page.getByLabel('Modèle').fill('<script>alert(1)</script>')
  await page.getByLabel('Année min.').fill('deux mille')
  await page.getByLabel('Année max.').fill('1890')
  await page.getByLabel('Équipements et critères indispensables').fill('x'.repeat(2001))
  await page.getByLabel('Prénom').fill('Jean')
  await page.getByLabel('Nom', { exact: true }).fill('Dupont')
  await page.getByLabel('Adresse e-mail').fill(email)
  await page.getByLabel('Téléphone').fill('call me maybe')
  await page.getByLabel("J'accepte qu'Autoport utilise ces informations pour répondre à ma demande.").check()
  await page.getByRole('button', { name: 'Envoyer ma demande' }).click()

  await expect(errorOf('model')).toHaveText('Le code HTML (balises entre chevrons) n’est pas accepté dans ce champ.')
  await expect(errorOf('yearFrom')).toHaveText('Saisissez un nombre entier.')
  await expect(errorOf('yearTo')).toHaveText("Cette valeur n'est pas plausible.")
  await expect(errorOf('mustHaves')).toHaveText('Ce texte est trop long.')
  await expect(errorOf('phone')).toHaveText('Saisissez un numéro tel que +33 6 12 34 56 78.')
  await expect(errorOf('make')).toHaveCount(0)
  await expect(page.getByLabel('Modèle')).toHaveAttribute('aria-invalid', 'true')
  // What was typed stays, to be corrected rather than retyped.
  await expect(page.getByLabel('Marque')).toHaveValue('Porsche')
  await expect(page.getByLabel('Adresse e-mail')).toHaveValue(email)

  const staff = await staffApi(request)
  const pending = await staff.get<{ totalDocs: number }>(
    `/api/quote-requests?where[email][equals]=${encodeURIComponent(email)}&limit=1`,
  )
  expect(pending.totalDocs).toBe(0)
})

test('the English catalogue follows its URL: filters, sort, the next page and the region', async ({ page }) => {
  const count = async () =>
    Number(
      (
        await page
          .getByRole('status')
          .filter({ hasText: /vehicles?$/ })
          .innerText()
      ).replace(/\D/g, ''),
    )
  await page.goto('/en/vehicles')
  const everything = await count()

  await page.goto('/en/vehicles?make=BMW&sort=price_asc')
  await expect(page.getByRole('heading', { level: 1, name: 'Vehicles for sale' })).toBeVisible()
  const bmws = await count()
  expect(bmws).toBeGreaterThan(0)
  expect(bmws).toBeLessThan(everything)
  const titles = await cards(page).locator('h3').allInnerTexts()
  for (const title of titles) expect(title).toMatch(/^BMW /)
  const prices = (await cards(page).getByTestId('card-seller-price').allInnerTexts()).map(euros)
  expect(prices).toEqual([...prices].sort((a, b) => a - b))

  // Page 2 of everything is not page 1.
  await page.goto('/en/vehicles')
  const firstPage = await cards(page).locator('h3').allInnerTexts()
  await page.getByRole('link', { name: /Next/ }).click()
  await expect(page).toHaveURL(/\/en\/vehicles\?page=2$/)
  await expect(page.getByText(/^Page 2 of \d+$/)).toBeVisible()
  const secondPage = await cards(page).locator('h3').allInnerTexts()
  expect(secondPage.filter((title) => firstPage.includes(title)).length).toBeLessThan(secondPage.length)

  // The region in the address sets the landed price's region.
  await cards(page).first().locator('h3 a').click()
  await expect(page).toHaveURL(/\/en\/vehicles\/[a-z0-9-]+$/)
  await page.goto(`${page.url()}?region=COR`)
  await expect(page.getByText('Landed and registered · Corse')).toBeVisible()
})
