import { expect, test, type Page } from '@playwright/test'

/**
 * The reason to use Autoport: the price registered in France, on every card of the search, sorted
 * and filtered on, and equal to the total on the car's page. In French and English, on a desktop
 * screen and on a phone.
 */

const LANGUAGES = {
  fr: {
    path: '/vehicles',
    sortLabel: 'Trier par',
    regionLabel: "Région d'immatriculation",
    cheapestFirst: 'Prix immatriculé croissant',
    cardLabel: (region: string) => `Immatriculée en France · ${region}`,
    pageLabel: (region: string) => `Prix rendu immatriculé · ${region}`,
    sellerLabel: 'Prix départ vendeur',
    filters: 'Filtres',
    budget: 'Prix immatriculé max.',
    chip: /^Immatriculée ≤/,
    /** "89 654,69 €" → 89654.69 */
    amount: (text: string) => Number(text.replace(/[^\d,]/g, '').replace(',', '.')),
  },
  en: {
    path: '/en/vehicles',
    sortLabel: 'Sort by',
    regionLabel: 'Region of registration',
    cheapestFirst: 'Registered price, low to high',
    cardLabel: (region: string) => `Registered in France · ${region}`,
    pageLabel: (region: string) => `Landed and registered · ${region}`,
    sellerLabel: "Seller's price",
    filters: 'Filters',
    budget: 'Max. registered price',
    chip: /^Registered ≤/,
    /** "€89,654.69" → 89654.69 */
    amount: (text: string) => Number(text.replace(/[^\d.]/g, '')),
  },
} as const

const SCREENS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const

const cards = (page: Page) => page.locator('main article')
const landedPrices = (page: Page) => cards(page).getByTestId('card-landed-price')

for (const [screen, viewport] of Object.entries(SCREENS)) {
  for (const [locale, words] of Object.entries(LANGUAGES)) {
    test.describe(`landed prices in the search (${locale}, ${screen})`, () => {
      test.use({ viewport })

      test('sorts by the registered price, and a card shows the total of the car’s page', async ({ page }) => {
        await page.goto(words.path)
        await page.getByLabel(words.sortLabel).selectOption({ label: words.cheapestFirst })
        await expect(page).toHaveURL(/sort=landed_asc/)

        // Île-de-France until the visitor chooses, said on the card, the seller's price beside it.
        const first = cards(page).first()
        await expect(first.getByText(words.cardLabel('Île-de-France'))).toBeVisible()
        await expect(first.getByText(words.sellerLabel)).toBeVisible()
        await expect(first.getByTestId('card-seller-price')).toBeVisible()
        const amounts = (await landedPrices(page).allInnerTexts()).map(words.amount)
        expect(amounts.length).toBeGreaterThan(3)
        expect(amounts).toEqual([...amounts].sort((a, b) => a - b))
        expect(amounts[0]).toBeGreaterThan(0)

        // Another region: the prices, the order and the card's label follow it.
        await page.getByLabel(words.regionLabel).selectOption('BRE')
        await expect(page).toHaveURL(/region=BRE/)
        await expect(page).toHaveURL(/sort=landed_asc/)
        await expect(cards(page).first().getByText(words.cardLabel('Bretagne'))).toBeVisible()
        const inBretagne = (await landedPrices(page).allInnerTexts()).map(words.amount)
        expect(inBretagne).toEqual([...inBretagne].sort((a, b) => a - b))

        // The second card (not only the first): its price is the total on its page, to the cent.
        const card = cards(page)
          .filter({ has: page.getByTestId('card-landed-price') })
          .nth(1)
        const onCard = await card.getByTestId('card-landed-price').innerText()
        await card.locator('h3 a').click()
        await expect(page).toHaveURL(/\/vehicles\/[a-z0-9-]+\?region=BRE$/)
        await expect(page.getByText(words.pageLabel('Bretagne'))).toBeVisible()
        await expect(page.getByTestId('landed-total')).toHaveText(onCard)
      })

      test('filters by a registered-price budget', async ({ page }) => {
        await page.goto(`${words.path}?sort=landed_asc`)
        const amounts = (await landedPrices(page).allInnerTexts()).map(words.amount)
        expect(amounts.length).toBeGreaterThan(3)
        // A budget (whole euros) that lets in the three cheapest or a few more, and not the next one.
        const within =
          amounts.findIndex((amount, index) => index >= 2 && Math.ceil(amount) < (amounts[index + 1] ?? 0)) + 1
        expect(within).toBeGreaterThanOrEqual(3)
        const budget = Math.ceil(amounts[within - 1]!)

        // On a phone the filters fold away behind their summary; on a desktop they are always open.
        const field = page.getByLabel(words.budget)
        if (!(await field.isVisible())) await page.getByRole('form', { name: words.filters }).locator('summary').click()
        await field.fill(String(budget))
        await field.press('Enter')
        await expect(page).toHaveURL(new RegExp(`landedMax=${budget}`))
        await expect(landedPrices(page)).toHaveCount(within)
        for (const amount of (await landedPrices(page).allInnerTexts()).map(words.amount))
          expect(amount).toBeLessThanOrEqual(budget)
        // Cars that cannot be priced are not within any budget.
        await expect(cards(page)).toHaveCount(within)

        // The chip says so and takes it away.
        const chip = page.getByRole('link', { name: words.chip })
        await expect(chip).toBeVisible()
        await chip.click()
        await expect(page).not.toHaveURL(/landedMax/)
        await expect.poll(() => landedPrices(page).count()).toBeGreaterThan(within)
      })
    })
  }
}
