import { generateKeyPairSync } from 'node:crypto'

import { defineConfig } from '@playwright/test'

import { CONSENT_COOKIE, CONSENT_TEXT_VERSION, encodeConsent } from './src/domain/consent'
import { FAKE_PAYPAL, FAKE_STRIPE } from './tests/helpers/fakeProviders/env'

/**
 * E2E against the production build on its own embedded database (.data/e2e), started and stopped
 * by Playwright. Run it through `npm run test:e2e` (scripts/test.ts), which builds and seeds first.
 * Drives Debian's Chromium: Playwright never downloads a browser here.
 */
const port = Number(process.env.E2E_PORT ?? 3210)
const baseURL = `http://localhost:${port}`
const dataDir = process.env.E2E_DATA_DIR ?? '.data/e2e'
// The real payment SDKs talk to local fakes (tests/helpers/fakeProviders), which post their signed
// webhooks back to the app.
const fakeStripePort = port + 1
const fakePayPalPort = port + 2
// Sign-in with a provider (tests/e2e/oidc.e2e.spec.ts): two real OpenID Connect servers
// (tests/helpers/oidcServe.ts), the staff IdP and a "Google" for customers.
const oidcStaffPort = port + 3
const oidcCustomerPort = port + 4
// An "Apple": response_mode=form_post, and a client secret the app signs ES256 with this key.
const oidcApplePort = port + 5
const appleKey = generateKeyPairSync('ec', { namedCurve: 'P-256' })
const oidcEnv = {
  OIDC_PROVIDERS: 'staff-idp,google,apple',
  OIDC_STAFF_IDP_AUDIENCE: 'staff',
  OIDC_STAFF_IDP_ISSUER: `http://127.0.0.1:${oidcStaffPort}`,
  OIDC_STAFF_IDP_CLIENT_ID: 'e2e-staff',
  OIDC_STAFF_IDP_CLIENT_SECRET: 'e2e-staff-secret-0123456789',
  OIDC_STAFF_IDP_LABEL: 'Autoport SSO',
  OIDC_STAFF_IDP_ALLOWED_DOMAINS: 'autoport.test',
  OIDC_GOOGLE_AUDIENCE: 'customers',
  OIDC_GOOGLE_ISSUER: `http://127.0.0.1:${oidcCustomerPort}`,
  OIDC_GOOGLE_CLIENT_ID: 'e2e-google',
  OIDC_GOOGLE_CLIENT_SECRET: 'e2e-google-secret-0123456789',
  OIDC_GOOGLE_LABEL: 'Google',
  OIDC_APPLE_AUDIENCE: 'customers',
  OIDC_APPLE_ISSUER: `http://127.0.0.1:${oidcApplePort}`,
  OIDC_APPLE_CLIENT_ID: 'e2e-apple',
  OIDC_APPLE_LABEL: 'Apple',
  OIDC_APPLE_RESPONSE_MODE: 'form_post',
  OIDC_APPLE_PRIVATE_KEY: appleKey.privateKey.export({ format: 'pem', type: 'pkcs8' }) as string,
  OIDC_APPLE_KEY_ID: 'E2EKEY0001',
  OIDC_APPLE_TEAM_ID: 'E2ETEAM001',
  OIDC_APPLE_SECRET_AUDIENCE: `http://127.0.0.1:${oidcApplePort}`,
}
const paymentEnv = {
  STRIPE_SECRET_KEY: FAKE_STRIPE.secretKey,
  STRIPE_WEBHOOK_SECRET: FAKE_STRIPE.webhookSecret,
  STRIPE_API_BASE: `http://127.0.0.1:${fakeStripePort}`,
  PAYPAL_CLIENT_ID: FAKE_PAYPAL.clientId,
  PAYPAL_CLIENT_SECRET: FAKE_PAYPAL.clientSecret,
  PAYPAL_WEBHOOK_ID: FAKE_PAYPAL.webhookId,
  PAYPAL_API_BASE: `http://127.0.0.1:${fakePayPalPort}`,
}

/**
 * Every spec starts with the cookie banner already answered ("only essential"), so the bar never
 * sits over the buttons a journey clicks. The privacy spec clears it to test the banner itself.
 */
const answeredConsent = {
  name: CONSENT_COOKIE,
  value: encodeConsent({
    id: 'e2e0000000000000000000000000e2e0',
    version: CONSENT_TEXT_VERSION,
    at: new Date().toISOString(),
    choices: { maps: false },
  }),
  domain: 'localhost',
  path: '/',
  expires: Math.floor(Date.now() / 1000) + 24 * 60 * 60,
  httpOnly: false,
  secure: false,
  sameSite: 'Lax' as const,
}

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Generous on purpose: the suite must pass on a busy 2-core machine, where the admin's first
  // visits compile nothing but still take seconds each (a 60 s budget was exceeded at load 15).
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  outputDir: '.data/e2e-results',
  use: {
    baseURL,
    // The admin speaks the browser's language (Accept-Language): the specs read it in English, but
    // tests/e2e/admin-fr.e2e.spec.ts, which runs in French.
    locale: 'en-US',
    storageState: { cookies: [answeredConsent], origins: [] },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: [
    {
      command: 'node_modules/.bin/tsx tests/helpers/fakeProviders/serve.ts',
      // Any answer means it is up (unauthenticated API calls get a 401).
      url: `http://127.0.0.1:${fakeStripePort}/v1/checkout/sessions/ready`,
      env: { FAKE_STRIPE_PORT: String(fakeStripePort), FAKE_PAYPAL_PORT: String(fakePayPalPort), APP_URL: baseURL },
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: 'node_modules/.bin/tsx tests/helpers/oidcServe.ts',
      url: `http://127.0.0.1:${oidcCustomerPort}/.well-known/openid-configuration`,
      env: {
        OIDC_STAFF_PORT: String(oidcStaffPort),
        OIDC_CUSTOMER_PORT: String(oidcCustomerPort),
        OIDC_APPLE_PORT: String(oidcApplePort),
        OIDC_APPLE_PUBLIC_KEY: appleKey.publicKey.export({ format: 'pem', type: 'spki' }) as string,
        APP_URL: baseURL,
      },
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // `npm test` (scripts/test.ts) has already built the app and seeded this database: the server
      // only has to start, so its timeout is not spent on work that belongs to steps of their own.
      command: 'node_modules/.bin/tsx scripts/autoport.ts start',
      url: `${baseURL}/api/health`,
      // The test runner stands where a reverse proxy would: on loopback, trusted to say in
      // X-Forwarded-For which client it speaks for, so a test can have an address (and budgets) of
      // its own. tests/e2e/security.e2e.spec.ts also comes in untrusted, on another interface.
      env: {
        DATA_DIR: dataDir,
        PORT: String(port),
        SERVER_URL: baseURL,
        TRUSTED_PROXIES: '127.0.0.1,::1',
        // Vehicle pages show their map slot (blocked until cookie consent); nothing ever loads Google's
        // script with it: the specs never accept maps on a page that has one.
        NEXT_PUBLIC_GOOGLE_MAPS_API_KEY: 'e2e-maps-key',
        ...paymentEnv,
        ...oidcEnv,
      },
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
})
