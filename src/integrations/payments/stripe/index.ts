export { createStripeProvider, type StripeProviderConfig } from './stripeProvider'
