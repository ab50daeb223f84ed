import { expect, test, type Page } from '@playwright/test'

/**
 * The storefront in each of its languages, on a desktop and on a phone: a visitor types the car's
 * name as their language says it, the cards and the vehicle page name it the same way, with power in
 * the language's unit and prices written the language's way (French "27 400 €", English "€27,400").
 */

type Language = {
  name: 'English' | 'French'
  path: string
  model: string
  wrongModel: string
  filters: string
  modelLabel: string
  power: string
  /** A price as the language writes it: the sign first in English, last in French. */
  price: RegExp
  /** Power as the language writes it: "275 kW (374 hp)" / "275 kW (374 ch)". */
  powerValue: RegExp
  wrongUnit: RegExp
}

const LANGUAGES: Language[] = [
  {
    name: 'English',
    path: '/en/vehicles',
    model: '3 Series',
    wrongModel: 'Série 3',
    filters: 'Filters',
    modelLabel: 'Model',
    power: 'Power',
    price: /^€\d{1,3}(,\d{3})*(\.\d{2})?$/,
    powerValue: /^\d+\skW \(\d{1,3}(,\d{3})*\shp\)$/,
    wrongUnit: /\d\s?ch\b/,
  },
  {
    name: 'French',
    path: '/vehicles',
    model: 'Série 3',
    wrongModel: '3 Series',
    filters: 'Filtres',
    modelLabel: 'Modèle',
    power: 'Puissance',
    // Thousands grouped by a (narrow) no-break space, the euro sign after a no-break space.
    price: /^\d{1,3}(\s\d{3})*(,\d{2})?\s€$/,
    powerValue: /^\d+\skW \(\d{1,3}(\s\d{3})*\sch\)$/,
    wrongUnit: /\d\s?hp\b/,
  },
]

const VIEWPORTS = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
]

const cards = (page: Page) => page.locator('main article')

/** Types the car's name in the search form, whose filters fold away on small screens. */
async function searchFor(page: Page, language: Language, text: string) {
  const form = page.getByRole('form', { name: language.filters })
  const field = form.getByLabel(language.modelLabel, { exact: true })
  if (!(await field.isVisible())) await form.locator('summary').click()
  await field.fill(text)
  await field.press('Enter')
  await expect(page).toHaveURL(/[?&]model=/)
}

for (const { name: device, viewport } of VIEWPORTS) {
  test.describe(`storefront language on a ${device}`, () => {
    test.use({ viewport })

    for (const language of LANGUAGES) {
      test(`${language.name}: "${language.model}" is found, named and priced the ${language.name} way`, async ({
        page,
      }) => {
        await page.goto(language.path)
        await searchFor(page, language, language.model)
        await expect(cards(page).first()).toBeVisible()

        const titles = await cards(page).locator('h3').allInnerTexts()
        expect(titles.length).toBeGreaterThan(0)
        for (const title of titles) {
          expect(title).toMatch(new RegExp(`^BMW ${language.model} `))
          expect(title).not.toContain(language.wrongModel)
          expect(title).not.toMatch(language.wrongUnit)
        }
        for (const price of await cards(page).locator('.money').allInnerTexts())
          expect(price.trim()).toMatch(language.price)

        // The vehicle page: its heading, its power and its prices in the same language.
        await cards(page).first().locator('h3 a').click()
        const heading = page.getByRole('heading', { level: 1 })
        await expect(heading).toContainText(`BMW ${language.model}`)
        await expect(heading).not.toContainText(language.wrongModel)
        await expect(page).toHaveTitle(new RegExp(`BMW ${language.model}`))
        const power = page.locator('dl div').filter({ has: page.getByText(language.power, { exact: true }) })
        await expect(power.locator('dd')).toHaveText(language.powerValue)
        await expect(page.getByTestId('seller-price')).toHaveText(language.price)
        await expect(page.getByTestId('landed-total')).toHaveText(language.price)

        // The search engines read the same name.
        const scripts = await page.locator('script[type="application/ld+json"]').allTextContents()
        const car = scripts.map((text) => JSON.parse(text)).find((data) => data['@type'] === 'Car')
        expect(car?.name).toContain(`BMW ${language.model}`)
        expect(car?.model).toBe(language.model)
      })
    }

    test('English pages name the car in English even when it is found by its French name', async ({ page }) => {
      // The search text holds both languages: a French name typed on the English pages still finds
      // the car, and the cards then name it in English.
      const english = LANGUAGES[0]!
      await page.goto(english.path)
      await searchFor(page, english, 'Série 3')
      const titles = await cards(page).locator('h3').allInnerTexts()
      expect(titles.length).toBeGreaterThan(0)
      for (const title of titles) expect(title).toMatch(/^BMW 3 Series /)
    })
  })
}
