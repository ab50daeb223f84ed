import { createServer } from 'node:net'

/** Test credentials: the fakes accept exactly these, so a wrong key in the app shows up as a 401. */
export const FAKE_STRIPE = { secretKey: 'sk_test_autoport_fake', webhookSecret: 'whsec_autoport_fake_secret' }
export const FAKE_PAYPAL = {
  clientId: 'autoport-fake-client',
  clientSecret: 'autoport-fake-secret',
  webhookId: 'WH-AUTOPORT-FAKE',
}
export const FAKE_TWILIO = {
  accountSid: 'ACfa4efa4efa4efa4efa4efa4efa4efa4e',
  authToken: 'autoport-fake-twilio-token',
  from: '+33700000000',
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

/**
 * The provider variables the app reads, pointing its real SDKs at the local fakes; the test that
 * needs a provider starts its fake on the port named here. SMTP_URL stays unset: the app's mails go
 * to the outbox folder, which the int tests read; TEST_SMTP_PORT is where a test starts the SMTP
 * harness (tests/helpers/smtpServer.ts) for its own transport.
 */
export async function fakeProviderEnv(): Promise<Record<string, string>> {
  const [stripePort, paypalPort, twilioPort, smtpPort] = [
    await freePort(),
    await freePort(),
    await freePort(),
    await freePort(),
  ]
  return {
    STRIPE_SECRET_KEY: FAKE_STRIPE.secretKey,
    STRIPE_WEBHOOK_SECRET: FAKE_STRIPE.webhookSecret,
    STRIPE_API_BASE: `http://127.0.0.1:${stripePort}`,
    PAYPAL_CLIENT_ID: FAKE_PAYPAL.clientId,
    PAYPAL_CLIENT_SECRET: FAKE_PAYPAL.clientSecret,
    PAYPAL_WEBHOOK_ID: FAKE_PAYPAL.webhookId,
    PAYPAL_API_BASE: `http://127.0.0.1:${paypalPort}`,
    TWILIO_ACCOUNT_SID: FAKE_TWILIO.accountSid,
    TWILIO_AUTH_TOKEN: FAKE_TWILIO.authToken,
    TWILIO_FROM: FAKE_TWILIO.from,
    TWILIO_API_BASE: `http://127.0.0.1:${twilioPort}`,
    TEST_SMTP_PORT: String(smtpPort),
  }
}
