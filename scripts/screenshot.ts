/**
 * Screenshots of storefront or admin pages at mobile and desktop widths, for a human to look at.
 *   tsx scripts/screenshot.ts http://localhost:3000 / /vehicles [--login sales@autoport.test]
 * Files land in .data/screenshots/<path>-<width>.png. `--admin-language fr` shows the admin in French.
 * `--section <test id>` shoots only that element (e.g. linked-providers); the cookie banner is
 * answered ("only essential") so it does not cover the page.
 */
import { chromium } from '@playwright/test'
import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { CONSENT_COOKIE, CONSENT_TEXT_VERSION, encodeConsent } from '../src/domain/consent'

const [base, ...rest] = process.argv.slice(2)
const loginIndex = rest.indexOf('--login')
const login = loginIndex >= 0 ? rest[loginIndex + 1] : undefined
const customerIndex = rest.indexOf('--customer')
const customer = customerIndex >= 0 ? rest[customerIndex + 1] : undefined
const languageIndex = rest.indexOf('--admin-language')
const adminLanguage = languageIndex >= 0 ? rest[languageIndex + 1] : undefined
const sectionIndex = rest.indexOf('--section')
const section = sectionIndex >= 0 ? rest[sectionIndex + 1] : undefined
const optionValues = new Set(
  [loginIndex, customerIndex, languageIndex, sectionIndex].filter((index) => index >= 0).map((index) => index + 1),
)
const paths = rest.filter((arg, index) => !arg.startsWith('--') && !optionValues.has(index))
const out = path.resolve('.data/screenshots')
mkdirSync(out, { recursive: true })

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
})
for (const viewport of [
  { width: 390, height: 844 },
  { width: 1366, height: 900 },
]) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 })
  await context.addCookies([
    {
      name: CONSENT_COOKIE,
      value: encodeConsent({
        id: '5c4ee45407000000000000000000000a',
        version: CONSENT_TEXT_VERSION,
        at: new Date().toISOString(),
        choices: { maps: false },
      }),
      url: base!,
    },
  ])
  const page = await context.newPage()
  if (login) {
    await page.goto(`${base}/admin/login`)
    await page.getByLabel('Email').fill(login)
    await page.getByLabel('Password').fill('autoport-demo')
    await page.getByRole('button', { name: 'Login' }).click()
    await page.waitForURL(/\/admin$/)
    // Payload keeps a member of staff's language choice in this cookie.
    if (adminLanguage) await context.addCookies([{ name: 'payload-lng', value: adminLanguage, url: base! }])
  }
  if (customer) {
    const response = await page.request.post(`${base}/api/customers/login`, {
      data: { email: customer, password: 'autoport-demo' },
    })
    if (!response.ok()) throw new Error(`customer login failed: ${response.status()}`)
  }
  for (const target of paths) {
    await page.goto(`${base}${target}`, { waitUntil: 'networkidle' })
    const name =
      [target, section]
        .filter(Boolean)
        .join('-')
        .replace(/[^a-z0-9]+/gi, '_')
        .replace(/^_|_$/g, '') || 'home'
    const file = path.join(out, `${name}-${viewport.width}.png`)
    if (section) await page.getByTestId(section).screenshot({ path: file })
    else await page.screenshot({ path: file, fullPage: true })
    console.log(file)
  }
  await context.close()
}
await browser.close()
