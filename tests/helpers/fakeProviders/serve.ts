/**
 * The fake Stripe and PayPal as one long-running process, for the e2e suite (started by Playwright
 * before the app): their webhooks go to the app over HTTP, as the real providers' would.
 *
 *   tsx tests/helpers/fakeProviders/serve.ts   (FAKE_STRIPE_PORT, FAKE_PAYPAL_PORT, APP_URL)
 */
import { FAKE_PAYPAL, FAKE_STRIPE } from './env'
import { startFakePayPal } from './paypal'
import { startFakeStripe } from './stripe'

const appUrl = process.env.APP_URL ?? 'http://localhost:3210'

const stripe = await startFakeStripe({
  port: Number(process.env.FAKE_STRIPE_PORT ?? 3211),
  secretKey: FAKE_STRIPE.secretKey,
  webhookSecret: FAKE_STRIPE.webhookSecret,
  deliver: `${appUrl}/api/webhooks/stripe`,
})
const paypal = await startFakePayPal({
  port: Number(process.env.FAKE_PAYPAL_PORT ?? 3212),
  clientId: FAKE_PAYPAL.clientId,
  clientSecret: FAKE_PAYPAL.clientSecret,
  webhookId: FAKE_PAYPAL.webhookId,
  deliver: `${appUrl}/api/webhooks/paypal`,
})
console.log(`fake Stripe on ${stripe.url}, fake PayPal on ${paypal.url}, webhooks to ${appUrl}`)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void Promise.all([stripe.close(), paypal.close()]).finally(() => process.exit(0))
  })
}
