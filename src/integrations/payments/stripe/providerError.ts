import Stripe from 'stripe'

import { ProviderRejectedError, ProviderUnavailableError } from '../port'

// Stripe echoes part of a wrong key in its 401 message; nothing that looks like a key leaves here.
const keyLike = /\b(?:sk|rk|pk|whsec)_[A-Za-z0-9_*]+/g

function shortMessage(message: string): string {
  const cleaned = message.replace(keyLike, '[redacted]').replace(/\s+/g, ' ').trim()
  return cleaned.length > 160 ? `${cleaned.slice(0, 157)}...` : cleaned
}

/**
 * Turns what the SDK throws into the port's errors: anything that says "try again later" (no answer,
 * timeout, 5xx, rate limit) is unavailable, anything Stripe refused on its merits is rejected.
 */
export function toProviderError(error: unknown, action: string): Error {
  // Not from the SDK: a bug of ours, which must surface as itself.
  if (!(error instanceof Stripe.errors.StripeError)) return error instanceof Error ? error : new Error(String(error))
  const status = error.statusCode
  const transient =
    error instanceof Stripe.errors.StripeConnectionError ||
    error instanceof Stripe.errors.StripeAPIError ||
    error instanceof Stripe.errors.StripeRateLimitError ||
    status === undefined ||
    status === 429 ||
    status >= 500
  const detail = [error.code, shortMessage(error.message)].filter(Boolean).join(': ')
  if (transient)
    return new ProviderUnavailableError(`Stripe ${action} unavailable (${status ?? 'no answer'}): ${detail}`)
  return new ProviderRejectedError(`Stripe ${action} rejected (${status}): ${detail}`)
}
