import { ApiError } from '@paypal/paypal-server-sdk'

import { ProviderRejectedError, ProviderUnavailableError } from '../port'

/** PayPal's error body: `name` plus, for business rules, `details[].issue` (e.g. REFUND_AMOUNT_EXCEEDED). */
interface PayPalErrorBody {
  name?: unknown
  error?: unknown
  details?: { issue?: unknown }[]
}

function errorBody(error: ApiError<unknown>): PayPalErrorBody | undefined {
  if (error.result && typeof error.result === 'object') return error.result as PayPalErrorBody
  if (typeof error.body === 'string') {
    try {
      const parsed: unknown = JSON.parse(error.body)
      return parsed && typeof parsed === 'object' ? (parsed as PayPalErrorBody) : undefined
    } catch {
      return undefined
    }
  }
  return undefined
}

/** The issue code PayPal gave, e.g. ORDER_NOT_APPROVED, or its error name. */
export function payPalIssue(error: unknown): string | undefined {
  if (!(error instanceof ApiError)) return undefined
  const body = errorBody(error)
  const issue = body?.details?.[0]?.issue ?? body?.name ?? body?.error
  return typeof issue === 'string' ? issue : undefined
}

/**
 * SDK failures → the port's errors. Only PayPal's status and issue code go into the message: the
 * SDK's own errors can carry the request (and so the Authorization header).
 */
export function toProviderError(error: unknown, action: string): Error {
  if (error instanceof ApiError) {
    const detail = `${payPalIssue(error) ?? 'error'} (HTTP ${error.statusCode})`
    if (error.statusCode >= 500 || error.statusCode === 429 || error.statusCode === 408) {
      return new ProviderUnavailableError(`PayPal could not ${action}: ${detail}`)
    }
    return new ProviderRejectedError(`PayPal refused to ${action}: ${detail}`)
  }
  if (error instanceof ProviderRejectedError || error instanceof ProviderUnavailableError) return error
  const code = (error as { code?: unknown } | null)?.code
  return new ProviderUnavailableError(
    `PayPal could not ${action}: ${typeof code === 'string' ? code : error instanceof Error ? error.name : 'unreachable'}`,
  )
}
