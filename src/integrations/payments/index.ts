import { getEnv, type Env } from '@/config/env'
import { createPayPalProvider } from './paypal'
import type { OnlineProviderId, PaymentProvider } from './port'
import { createStripeProvider } from './stripe'

export * from './port'

/** The providers whose keys are set; a provider without keys is simply not offered. */
export function providersFrom(env: Env): Partial<Record<OnlineProviderId, PaymentProvider>> {
  const providers: Partial<Record<OnlineProviderId, PaymentProvider>> = {}
  if (env.STRIPE_SECRET_KEY && env.STRIPE_WEBHOOK_SECRET) {
    providers.stripe = createStripeProvider({
      secretKey: env.STRIPE_SECRET_KEY,
      webhookSecret: env.STRIPE_WEBHOOK_SECRET,
      apiBase: env.STRIPE_API_BASE,
    })
  }
  if (env.PAYPAL_CLIENT_ID && env.PAYPAL_CLIENT_SECRET && env.PAYPAL_WEBHOOK_ID) {
    providers.paypal = createPayPalProvider({
      clientId: env.PAYPAL_CLIENT_ID,
      clientSecret: env.PAYPAL_CLIENT_SECRET,
      webhookId: env.PAYPAL_WEBHOOK_ID,
      environment: env.PAYPAL_ENVIRONMENT,
      apiBase: env.PAYPAL_API_BASE,
    })
  }
  return providers
}

let configured: Partial<Record<OnlineProviderId, PaymentProvider>> | undefined

export function paymentProvider(id: string): PaymentProvider | undefined {
  configured ??= providersFrom(getEnv())
  return id === 'stripe' || id === 'paypal' ? configured[id] : undefined
}

/** Online providers offered to customers, in the order they are shown. */
export function offeredProviders(): OnlineProviderId[] {
  configured ??= providersFrom(getEnv())
  return (['stripe', 'paypal'] as const).filter((id) => configured?.[id])
}
