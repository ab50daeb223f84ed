export { createPayPalProvider, type PayPalConfig } from './provider'
