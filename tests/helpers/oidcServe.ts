import { createPublicKey } from 'node:crypto'

import { startFakeOidcProvider } from './oidcProvider'

/**
 * The e2e run's identity providers (playwright.config.ts starts this): the company's IdP for staff
 * on OIDC_STAFF_PORT, a "Google" for customers on OIDC_CUSTOMER_PORT, both sending the browser back
 * to APP_URL, and an "Apple" on OIDC_APPLE_PORT (form_post, a JWT client secret checked against
 * OIDC_APPLE_PUBLIC_KEY). A spec chooses who signs in next with POST /_test/sign-in-next.
 */
const appUrl = process.env.APP_URL ?? 'http://localhost:3210'
const staffPort = Number(process.env.OIDC_STAFF_PORT)
const customerPort = Number(process.env.OIDC_CUSTOMER_PORT)

await startFakeOidcProvider({
  port: staffPort,
  redirectUris: [`${appUrl}/api/oidc/staff-idp/callback`],
  postLogoutRedirectUris: [`${appUrl}/admin/login`],
  clientId: 'e2e-staff',
  clientSecret: 'e2e-staff-secret-0123456789',
  testControls: true,
})
await startFakeOidcProvider({
  port: customerPort,
  redirectUris: [`${appUrl}/api/oidc/google/callback`],
  postLogoutRedirectUris: [`${appUrl}/account?signedOut=1`, `${appUrl}/en/account?signedOut=1`],
  clientId: 'e2e-google',
  clientSecret: 'e2e-google-secret-0123456789',
  testControls: true,
})
const applePort = Number(process.env.OIDC_APPLE_PORT)
await startFakeOidcProvider({
  port: applePort,
  redirectUris: [`${appUrl}/api/oidc/apple/callback`],
  clientId: 'e2e-apple',
  testControls: true,
  appleStyleSecret: {
    publicKey: createPublicKey(process.env.OIDC_APPLE_PUBLIC_KEY!),
    keyId: 'E2EKEY0001',
    teamId: 'E2ETEAM001',
    audience: `http://127.0.0.1:${applePort}`,
  },
})
console.log(`fake OpenID Connect providers on ${staffPort}, ${customerPort} and ${applePort}`)
