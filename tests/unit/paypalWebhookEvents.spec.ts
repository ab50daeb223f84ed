import { describe, expect, it } from 'vitest'

import { WebhookRejectedError } from '../../src/integrations/payments/port'
import { parseCustomId } from '../../src/integrations/payments/paypal/references'
import { toPaymentEvent } from '../../src/integrations/payments/paypal/webhook'

const capture = {
  id: 'CAP1',
  status: 'DECLINED',
  amount: { currency_code: 'EUR', value: '150.00' },
  custom_id: '17:deposit',
  status_details: { reason: 'DECLINED_BY_RISK_FRAUD_FILTERS' },
  links: [{ rel: 'up', href: 'https://api-m.paypal.com/v2/checkout/orders/ORDER9' }],
}

describe('PayPal webhook events', () => {
  it('a denied capture is a failed payment of its order, found through the up link', () => {
    expect(toPaymentEvent({ id: 'WH-1', event_type: 'PAYMENT.CAPTURE.DENIED', resource: capture })).toEqual({
      eventId: 'WH-1',
      type: 'payment_failed',
      providerReference: 'ORDER9',
      captureReference: 'CAP1',
      amount: 15_000,
      currency: 'EUR',
      orderId: '17',
      kind: 'deposit',
      failureReason: 'DECLINED_BY_RISK_FRAUD_FILTERS',
    })
  })

  it('a refund made in PayPal names its capture when the up link says so', () => {
    const resource = { id: 'REF1', status: 'COMPLETED', amount: { currency_code: 'EUR', value: '0.5' }, links: [] }
    expect(toPaymentEvent({ id: 'WH-2', event_type: 'PAYMENT.CAPTURE.REFUNDED', resource })).toEqual({
      eventId: 'WH-2',
      type: 'refund_succeeded',
      refundReference: 'REF1',
      amount: 50,
      currency: 'EUR',
    })
  })

  it('ignores the event types Autoport does not act on', () => {
    expect(toPaymentEvent({ id: 'WH-3', event_type: 'CHECKOUT.ORDER.APPROVED', resource: { id: 'O' } })).toBeNull()
    expect(toPaymentEvent({ id: 'WH-4', event_type: 'PAYMENT.CAPTURE.PENDING', resource: capture })).toBeNull()
  })

  it('refuses a capture event that cannot be tied to an order or has no readable amount', () => {
    const orphan = { ...capture, links: [] }
    expect(() => toPaymentEvent({ id: 'WH-5', event_type: 'PAYMENT.CAPTURE.COMPLETED', resource: orphan })).toThrow(
      WebhookRejectedError,
    )
    const garbled = { ...capture, amount: { currency_code: 'EUR', value: '1.234' } }
    expect(() => toPaymentEvent({ id: 'WH-6', event_type: 'PAYMENT.CAPTURE.DENIED', resource: garbled })).toThrow(
      WebhookRejectedError,
    )
  })

  it('reads custom_id back into our order and payment kind', () => {
    expect(parseCustomId('abc:def:balance')).toEqual({ orderId: 'abc:def', kind: 'balance' })
    expect(parseCustomId('17:tip')).toEqual({})
    expect(parseCustomId(':deposit')).toEqual({})
    expect(parseCustomId(undefined)).toEqual({})
  })
})
