import type { Endpoint } from 'payload'

import { settlePaymentEvent } from '@/collections/Payments/settle'
import {
  paymentProvider,
  ProviderUnavailableError,
  WebhookRejectedError,
  type OnlineProviderId,
} from '@/integrations/payments'
import { metrics } from '@/server/metrics'

const noStore = { 'cache-control': 'no-store' }

/**
 * POST /api/webhooks/stripe and /api/webhooks/paypal: the only way a card or PayPal payment is
 * confirmed. The signature is checked on the exact bytes received; anything unverified gets a 400
 * and writes nothing. A failure while settling answers 500 so the provider delivers again.
 */
function webhookEndpoint(id: OnlineProviderId): Endpoint {
  // Outcomes: not-configured, rejected (bad signature), unavailable, ignored (an event we do not
  // act on), error (settling threw: the provider retries), or the settlement's result.
  const count = (outcome: string) => metrics().paymentWebhooks.inc({ provider: id, outcome })
  return {
    path: `/webhooks/${id}`,
    method: 'post',
    handler: async (req) => {
      const provider = paymentProvider(id)
      if (!provider) {
        count('not-configured')
        return Response.json({ error: `${id} is not configured.` }, { status: 404, headers: noStore })
      }
      const raw = req.text ? await req.text() : ''
      let event
      try {
        event = await provider.parseWebhook(raw, req.headers)
      } catch (error) {
        if (error instanceof WebhookRejectedError) {
          req.payload.logger.warn({ msg: `${id} webhook refused: ${error.message}` })
          count('rejected')
          return Response.json({ error: error.message }, { status: 400, headers: noStore })
        }
        if (error instanceof ProviderUnavailableError) {
          count('unavailable')
          return Response.json({ error: 'Cannot verify the event right now.' }, { status: 503, headers: noStore })
        }
        count('error')
        throw error
      }
      if (!event) {
        count('ignored')
        return Response.json({ received: true, result: 'ignored' }, { headers: noStore })
      }
      let result
      try {
        result = await settlePaymentEvent(req.payload, id, event)
      } catch (error) {
        count('error')
        throw error
      }
      count(result)
      req.payload.logger.info({ msg: `${id} webhook ${event.eventId} (${event.type}): ${result}` })
      return Response.json({ received: true, result }, { headers: noStore })
    },
  }
}

export const paymentWebhookEndpoints: Endpoint[] = [webhookEndpoint('stripe'), webhookEndpoint('paypal')]
