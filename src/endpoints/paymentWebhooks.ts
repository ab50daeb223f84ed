import type { Endpoint } from 'payload'

import { settlePaymentEvent } from '@/collections/Payments/settle'
import {
  paymentProvider,
  ProviderUnavailableError,
  WebhookRejectedError,
  type OnlineProviderId,
} from '@/integrations/payments'

const noStore = { 'cache-control': 'no-store' }

/**
 * POST /api/webhooks/stripe and /api/webhooks/paypal: the only way a card or PayPal payment is
 * confirmed. The signature is checked on the exact bytes received; anything unverified gets a 400
 * and writes nothing. A failure while settling answers 500 so the provider delivers again.
 */
function webhookEndpoint(id: OnlineProviderId): Endpoint {
  return {
    path: `/webhooks/${id}`,
    method: 'post',
    handler: async (req) => {
      const provider = paymentProvider(id)
      if (!provider) return Response.json({ error: `${id} is not configured.` }, { status: 404, headers: noStore })
      const raw = req.text ? await req.text() : ''
      let event
      try {
        event = await provider.parseWebhook(raw, req.headers)
      } catch (error) {
        if (error instanceof WebhookRejectedError) {
          req.payload.logger.warn({ msg: `${id} webhook refused: ${error.message}` })
          return Response.json({ error: error.message }, { status: 400, headers: noStore })
        }
        if (error instanceof ProviderUnavailableError) {
          return Response.json({ error: 'Cannot verify the event right now.' }, { status: 503, headers: noStore })
        }
        throw error
      }
      if (!event) return Response.json({ received: true, result: 'ignored' }, { headers: noStore })
      const result = await settlePaymentEvent(req.payload, id, event)
      req.payload.logger.info({ msg: `${id} webhook ${event.eventId} (${event.type}): ${result}` })
      return Response.json({ received: true, result }, { headers: noStore })
    },
  }
}

export const paymentWebhookEndpoints: Endpoint[] = [webhookEndpoint('stripe'), webhookEndpoint('paypal')]
