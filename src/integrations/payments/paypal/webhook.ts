import { type PaymentEvent, ProviderUnavailableError, WebhookRejectedError } from '../port'
import { payPalValueToCents } from './amount'
import { idFromLink, parseCustomId } from './references'

export interface WebhookVerifierConfig {
  /** e.g. https://api-m.paypal.com, without a trailing slash. */
  base: string
  clientId: string
  clientSecret: string
  webhookId: string
  timeoutMs: number
}

const SIGNATURE_HEADERS = {
  transmission_id: 'paypal-transmission-id',
  transmission_time: 'paypal-transmission-time',
  transmission_sig: 'paypal-transmission-sig',
  cert_url: 'paypal-cert-url',
  auth_algo: 'paypal-auth-algo',
} as const

interface WebhookEvent {
  id: string
  event_type: string
  resource?: Record<string, unknown>
}

/**
 * The SDK has no webhook verification, so PayPal's verify-webhook-signature endpoint is called
 * directly with its own client-credentials token, kept until shortly before it expires.
 */
export function createWebhookVerifier(config: WebhookVerifierConfig) {
  let token: { value: string; expiresAt: number } | undefined

  async function call(path: string, init: RequestInit): Promise<Response> {
    let response: Response
    try {
      response = await fetch(`${config.base}${path}`, { ...init, signal: AbortSignal.timeout(config.timeoutMs) })
    } catch (error) {
      const reason = error instanceof Error ? error.name : 'unreachable'
      throw new ProviderUnavailableError(`PayPal webhook verification unreachable: ${reason}`)
    }
    if (response.status >= 500 || response.status === 429) {
      throw new ProviderUnavailableError(`PayPal webhook verification failed: HTTP ${response.status}`)
    }
    return response
  }

  async function accessToken(): Promise<string> {
    if (token && token.expiresAt > Date.now()) return token.value
    const basic = Buffer.from(`${config.clientId}:${config.clientSecret}`).toString('base64')
    const response = await call('/v1/oauth2/token', {
      method: 'POST',
      headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials',
    })
    const body = (await response.json().catch(() => undefined)) as
      { access_token?: unknown; expires_in?: unknown } | undefined
    if (!response.ok || typeof body?.access_token !== 'string') {
      throw new ProviderUnavailableError(`PayPal refused the webhook verification credentials: HTTP ${response.status}`)
    }
    const lifetime = typeof body.expires_in === 'number' ? body.expires_in : 300
    token = { value: body.access_token, expiresAt: Date.now() + Math.max(0, lifetime - 60) * 1000 }
    return token.value
  }

  return async function verifiedEvent(rawBody: string, headers: Headers): Promise<WebhookEvent> {
    const signature: Record<string, string> = {}
    for (const [field, header] of Object.entries(SIGNATURE_HEADERS)) {
      const value = headers.get(header)
      if (!value) throw new WebhookRejectedError(`PayPal webhook without ${header}`)
      signature[field] = value
    }
    let event: unknown
    try {
      event = JSON.parse(rawBody)
    } catch {
      throw new WebhookRejectedError('PayPal webhook body is not JSON')
    }
    const candidate = event as Partial<WebhookEvent> | null
    if (!candidate || typeof candidate.id !== 'string' || typeof candidate.event_type !== 'string') {
      throw new WebhookRejectedError('PayPal webhook is not an event')
    }
    const response = await call('/v1/notifications/verify-webhook-signature', {
      method: 'POST',
      headers: { authorization: `Bearer ${await accessToken()}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ...signature, webhook_id: config.webhookId, webhook_event: event }),
    })
    const result = (await response.json().catch(() => undefined)) as { verification_status?: unknown } | undefined
    if (result?.verification_status !== 'SUCCESS') {
      throw new WebhookRejectedError('PayPal webhook signature not verified')
    }
    return candidate as WebhookEvent
  }
}

function money(resource: Record<string, unknown>): { amount: number; currency: string } {
  const amount = resource.amount as { value?: unknown; currency_code?: unknown } | undefined
  if (typeof amount?.value !== 'string' || typeof amount.currency_code !== 'string') {
    throw new WebhookRejectedError('PayPal webhook without an amount')
  }
  try {
    return { amount: payPalValueToCents(amount.value), currency: amount.currency_code }
  } catch {
    throw new WebhookRejectedError('PayPal webhook with an unreadable amount')
  }
}

function resourceId(resource: Record<string, unknown>): string {
  if (typeof resource.id !== 'string') throw new WebhookRejectedError('PayPal webhook resource without an id')
  return resource.id
}

/** A verified event → what settles our records; null for the event types Autoport does not act on. */
export function toPaymentEvent(event: WebhookEvent): PaymentEvent | null {
  const resource = event.resource
  if (!resource || typeof resource !== 'object') return null
  switch (event.event_type) {
    case 'PAYMENT.CAPTURE.COMPLETED':
    case 'PAYMENT.CAPTURE.DENIED':
    case 'PAYMENT.CAPTURE.DECLINED': {
      const related = (resource.supplementary_data as { related_ids?: { order_id?: unknown } } | undefined)?.related_ids
        ?.order_id
      const providerReference = typeof related === 'string' ? related : idFromLink(resource.links, 'up', 'orders')
      if (!providerReference) throw new WebhookRejectedError('PayPal capture webhook without its order')
      const succeeded = event.event_type === 'PAYMENT.CAPTURE.COMPLETED'
      const reason = (resource.status_details as { reason?: unknown } | undefined)?.reason
      return {
        eventId: event.id,
        type: succeeded ? 'payment_succeeded' : 'payment_failed',
        providerReference,
        captureReference: resourceId(resource),
        ...money(resource),
        ...parseCustomId(resource.custom_id),
        ...(succeeded ? {} : { failureReason: typeof reason === 'string' ? reason : event.event_type }),
      }
    }
    case 'PAYMENT.CAPTURE.REFUNDED': {
      const capture = idFromLink(resource.links, 'up', 'captures')
      return {
        eventId: event.id,
        type: 'refund_succeeded',
        refundReference: resourceId(resource),
        ...(capture ? { captureReference: capture } : {}),
        ...money(resource),
      }
    }
    default:
      return null
  }
}
