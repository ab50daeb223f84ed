import { expect, test, type Locator, type Page } from '@playwright/test'

import { DEMO_PASSWORD } from './helpers'

/**
 * The storefront on a phone (390×844) and on a 1366 px laptop, in French and in English: a slim
 * header whose menu button opens the links, filters applied without losing the panel or the place,
 * the landed total and the request always at hand on a vehicle page, and the portal's sections on
 * one row.
 */

const PHONE = { width: 390, height: 844 }
const LAPTOP = { width: 1366, height: 900 }

const LOCALES = [
  {
    name: 'French',
    prefix: '',
    other: '/en',
    menu: 'Menu',
    mainMenu: 'Menu principal',
    vehicles: 'Véhicules',
    vehiclesTitle: 'Véhicules disponibles',
    account: 'Mon compte',
    signInTitle: 'Connexion à votre espace',
    switchTo: 'English',
    filters: 'Filtres',
    priceMax: 'Prix max.',
    apply: 'Afficher les résultats',
    count: /véhicules?$|Aucun véhicule/,
    request: 'Demander ce véhicule',
    newVat: 'Véhicule « neuf » au sens de la TVA : TVA française due',
    portal: 'Mon espace',
    lastSection: 'Données',
  },
  {
    name: 'English',
    prefix: '/en',
    other: '',
    menu: 'Menu',
    mainMenu: 'Main menu',
    vehicles: 'Vehicles',
    vehiclesTitle: 'Vehicles for sale',
    account: 'My account',
    signInTitle: 'Sign in to your account',
    switchTo: 'Français',
    filters: 'Filters',
    priceMax: 'Max. price',
    apply: 'Show results',
    count: /vehicles?$|No vehicle/,
    request: 'Request this car',
    newVat: 'A "new vehicle" for VAT: French VAT is due',
    portal: 'My account',
    lastSection: 'Your data',
  },
] as const
type Texts = (typeof LOCALES)[number]

const cards = (page: Page) => page.locator('main article')

async function countOf(page: Page, texts: Texts): Promise<number> {
  const text = await page.getByRole('status').filter({ hasText: texts.count }).innerText()
  return /Aucun|No vehicle/.test(text) ? 0 : Number(text.replace(/\D/g, ''))
}

/** "Toyota (12)" → 12: the count a facet announces before it is applied. */
async function facetCount(option: Locator): Promise<number> {
  const label = await option.locator('xpath=ancestor::label').innerText()
  return Number(/\((\d+)\)/.exec(label)?.[1])
}

/** A mark on the document: still there after a filter, the page was not loaded again. */
const markDocument = (page: Page) => page.evaluate(() => ((window as { phoneMark?: number }).phoneMark = 1))
const documentMarked = (page: Page) => page.evaluate(() => (window as { phoneMark?: number }).phoneMark === 1)
const scrollY = (page: Page) => page.evaluate(() => window.scrollY)

/** Signs in through the REST API: the browser gets Payload's cookie without spending the form's rate limit. */
async function signInQuietly(page: Page, email: string) {
  const response = await page.request.post('/api/customers/login', { data: { email, password: DEMO_PASSWORD } })
  expect(response.ok(), `login ${email} → ${response.status()}`).toBe(true)
}

test.describe('on a phone', () => {
  test.use({ viewport: PHONE })

  for (const texts of LOCALES) {
    test(`${texts.name}: the header is one slim row; its menu button opens the links, the language and the account`, async ({
      page,
    }) => {
      await page.goto(`${texts.prefix}/`)
      const header = page.getByRole('banner')
      expect((await header.boundingBox())!.height).toBeLessThanOrEqual(64)

      const button = header.getByRole('button', { name: texts.menu })
      const panel = page.locator(`#${await button.getAttribute('aria-controls')}`)
      const nav = page.getByRole('navigation', { name: texts.mainMenu })
      await expect(button).toHaveAttribute('aria-expanded', 'false')
      await expect(nav).toBeHidden()

      await button.click()
      await expect(button).toHaveAttribute('aria-expanded', 'true')
      await expect(nav.getByRole('link', { name: texts.vehicles, exact: true })).toBeVisible()
      await expect(panel.getByRole('link', { name: texts.switchTo })).toBeVisible()
      await expect(panel.getByRole('link', { name: texts.account })).toBeVisible()
      // Open, the header still fits in one row: the panel lies over the page.
      expect((await header.boundingBox())!.height).toBeLessThanOrEqual(64)

      // Escape closes it and gives the focus back to the button.
      await page.keyboard.press('Escape')
      await expect(button).toHaveAttribute('aria-expanded', 'false')
      await expect(nav).toBeHidden()
      await expect(button).toBeFocused()

      // Enter opens it from the keyboard, Tab goes on into its links.
      await page.keyboard.press('Enter')
      await expect(button).toHaveAttribute('aria-expanded', 'true')
      await page.keyboard.press('Tab')
      await expect(nav.getByRole('link').first()).toBeFocused()

      // A link navigates, and the menu is closed on the new page.
      await nav.getByRole('link', { name: texts.vehicles, exact: true }).click()
      await expect(page).toHaveURL(new RegExp(`localhost:\\d+${texts.prefix}/vehicles$`))
      await expect(page.getByRole('heading', { level: 1, name: texts.vehiclesTitle })).toBeVisible()
      await expect(button).toHaveAttribute('aria-expanded', 'false')
      await expect(nav).toBeHidden()

      // The language switch keeps the page.
      await button.click()
      await panel.getByRole('link', { name: texts.switchTo }).click()
      await expect(page).toHaveURL(new RegExp(`localhost:\\d+${texts.other}/vehicles$`))

      // The account link.
      await page.goto(`${texts.prefix}/vehicles`)
      await button.click()
      await panel.getByRole('link', { name: texts.account }).click()
      await expect(page).toHaveURL(new RegExp(`localhost:\\d+${texts.prefix}/account$`))
      await expect(page.getByRole('heading', { level: 1, name: texts.signInTitle })).toBeVisible()
    })

    test(`${texts.name}: a filter keeps the panel open and the place on the page, and updates the URL and the list`, async ({
      page,
    }) => {
      await page.goto(`${texts.prefix}/vehicles`)
      // Nothing is wider than the phone (a long region name once widened the whole page).
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
      const everything = await countOf(page, texts)
      const form = page.getByRole('form', { name: texts.filters })
      const panel = form.locator('details')
      await form.locator('summary').click()
      await expect(panel).toHaveAttribute('open', '')
      await markDocument(page)

      const toyota = form.getByRole('checkbox', { name: /^Toyota/ })
      const toyotas = await facetCount(toyota)
      expect(toyotas).toBeGreaterThan(0)
      expect(toyotas).toBeLessThan(everything)
      await toyota.evaluate((box) => box.scrollIntoView({ block: 'center' }))
      const place = await scrollY(page)
      expect(place).toBeGreaterThan(100)

      await toyota.check()
      await expect(page).toHaveURL(new RegExp(`${texts.prefix}/vehicles\\?make=Toyota$`))
      await expect.poll(() => countOf(page, texts)).toBe(toyotas)
      for (const title of await cards(page).locator('h3').allInnerTexts()) expect(title).toMatch(/^Toyota /)
      expect(await documentMarked(page)).toBe(true)
      await expect(panel).toHaveAttribute('open', '')
      // Where it was, unless the shorter list of results no longer reaches that far down.
      const bottom = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)
      expect(Math.abs((await scrollY(page)) - Math.min(place, bottom))).toBeLessThanOrEqual(2)
      // The box just ticked is where it was: checked, focused, in view (its list of makes scrolled as before).
      await expect(form.getByRole('checkbox', { name: /^Toyota/ })).toBeChecked()
      await expect(form.getByRole('checkbox', { name: /^Toyota/ })).toBeFocused()
      await expect(form.getByRole('checkbox', { name: /^Toyota/ })).toBeInViewport()
      // The new count is in a live region, for screen readers.
      await expect(page.getByRole('status').filter({ hasText: texts.count })).toHaveAttribute('role', 'status')

      // The Apply button goes the same way, without a page load.
      await form.getByLabel(texts.priceMax).fill('1000')
      await form.getByRole('button', { name: texts.apply }).click()
      await expect(page).toHaveURL(/make=Toyota/)
      await expect(page).toHaveURL(/priceMax=1000/)
      await expect.poll(() => countOf(page, texts)).toBe(0)
      expect(await documentMarked(page)).toBe(true)
      await expect(panel).toHaveAttribute('open', '')

      // Back steps to the previous search.
      await page.goBack()
      await expect(page).not.toHaveURL(/priceMax=/)
      await expect.poll(() => countOf(page, texts)).toBe(toyotas)
    })

    test(`${texts.name}: on a vehicle page the landed total and the request are on the first screen`, async ({
      page,
    }) => {
      await page.goto(`${texts.prefix}/vehicles?origin=DE&sort=price_asc`)
      const href = await cards(page).first().locator('h3 a').getAttribute('href')
      await page.goto(href!)
      await expect(page).toHaveURL(new RegExp(`${texts.prefix}/vehicles/[a-z0-9-]+$`))

      const bar = page.getByTestId('price-bar')
      await expect(bar).toBeInViewport({ ratio: 1 })
      await expect(bar.getByTestId('price-bar-total')).toHaveText(await page.getByTestId('landed-total').innerText())
      const request = bar.getByRole('link', { name: texts.request })
      await expect(request).toBeInViewport()

      // Reading down, the price box comes before the line-by-line breakdown.
      const priceBox = (await page.getByTestId('landed-total').boundingBox())!
      const breakdown = (await page.locator('#landed-cost').boundingBox())!
      expect(priceBox.y).toBeLessThan(breakdown.y)

      // The bar stays over the page and hides nothing of it: at the very bottom, the footer ends above it.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
      await expect(bar).toBeInViewport({ ratio: 1 })
      const footerBottom = await page
        .getByRole('contentinfo')
        .evaluate((footer) => footer.getBoundingClientRect().bottom)
      const barTop = await bar.evaluate((element) => element.getBoundingClientRect().top)
      expect(footerBottom).toBeLessThanOrEqual(barTop + 1)

      await request.click()
      await expect(page).toHaveURL(new RegExp(`${texts.prefix}/quote\\?vehicle=.+&region=IDF$`))
    })

    test(`${texts.name}: a vehicle page's long flag wraps instead of widening the page`, async ({ page }) => {
      // The lowest mileage from the EU (the Netherlands): a car still "new" for VAT, whose flag is a sentence.
      await page.goto(`${texts.prefix}/vehicles?origin=NL&sort=mileage_asc`)
      await page.goto((await cards(page).first().locator('h3 a').getAttribute('href'))!)
      await expect(page.getByText(texts.newVat)).toBeVisible()
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
    })

    test(`${texts.name}: the portal's sections are one row that scrolls sideways, the current one in view`, async ({
      page,
    }) => {
      await signInQuietly(page, 'client@autoport.test')
      await page.goto(`${texts.prefix}/account/privacy`)
      const sections = page.getByRole('navigation', { name: texts.portal }).getByRole('link')
      await expect(sections).toHaveCount(7)
      const tops = await sections.evaluateAll((links) =>
        links.map((link) => Math.round(link.getBoundingClientRect().top)),
      )
      expect(new Set(tops).size).toBe(1)
      const current = sections.filter({ hasText: texts.lastSection })
      await expect(current).toHaveAttribute('aria-current', 'page')
      await expect(current).toBeInViewport({ ratio: 1 })
      // The row scrolls inside itself: the page does not scroll sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
    })
  }
})

test.describe('on a phone without JavaScript', () => {
  test.use({ viewport: PHONE, javaScriptEnabled: false })

  test('the header shows its links and the filters still apply as a form', async ({ page }) => {
    const texts = LOCALES[0]
    await page.goto('/vehicles')
    await expect(page.getByRole('banner').getByRole('button', { name: texts.menu })).toBeHidden()
    await expect(
      page.getByRole('navigation', { name: texts.mainMenu }).getByRole('link', { name: texts.vehicles, exact: true }),
    ).toBeVisible()

    const form = page.getByRole('form', { name: texts.filters })
    await form.locator('summary').click()
    const toyota = form.getByRole('checkbox', { name: /^Toyota/ })
    const toyotas = await facetCount(toyota)
    await toyota.check()
    await form.getByRole('button', { name: texts.apply }).click()
    await expect(page).toHaveURL(/[?&]make=Toyota(&|$)/)
    expect(await countOf(page, texts)).toBe(toyotas)
  })
})

test.describe('on a 1366 px screen', () => {
  test.use({ viewport: LAPTOP })

  for (const texts of LOCALES) {
    test(`${texts.name}: the header is the bar it always was, and the portal's seven sections fit on one line`, async ({
      page,
    }) => {
      await page.goto(`${texts.prefix}/vehicles`)
      const header = page.getByRole('banner')
      await expect(header.getByRole('button', { name: texts.menu })).toBeHidden()
      await expect(
        page.getByRole('navigation', { name: texts.mainMenu }).getByRole('link', { name: texts.vehicles, exact: true }),
      ).toBeVisible()
      await expect(header.getByRole('link', { name: texts.switchTo })).toBeVisible()
      await expect(header.getByRole('link', { name: texts.account })).toBeVisible()
      expect((await header.boundingBox())!.height).toBeLessThanOrEqual(72)

      // The vehicle page keeps its price box beside the photos: no bar at the bottom.
      const href = await cards(page).first().locator('h3 a').getAttribute('href')
      await page.goto(href!)
      await expect(page.getByTestId('landed-total')).toBeInViewport()
      await expect(page.getByTestId('price-bar')).toBeHidden()

      await signInQuietly(page, 'client@autoport.test')
      await page.goto(`${texts.prefix}/account`)
      const sections = page.getByRole('navigation', { name: texts.portal }).getByRole('link')
      await expect(sections).toHaveCount(7)
      const boxes = await sections.evaluateAll((links) =>
        links.map((link) => {
          const box = link.getBoundingClientRect()
          return { top: Math.round(box.top), right: box.right }
        }),
      )
      expect(new Set(boxes.map((box) => box.top)).size, JSON.stringify(boxes)).toBe(1)
      for (const box of boxes) expect(box.right).toBeLessThanOrEqual(LAPTOP.width)
      await expect(sections.filter({ hasText: texts.lastSection })).toBeInViewport({ ratio: 1 })
    })
  }
})
