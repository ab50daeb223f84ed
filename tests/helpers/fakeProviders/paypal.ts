import { randomBytes, randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { isDeepStrictEqual } from 'node:util'

/**
 * A local PayPal speaking just enough of the REST API (OAuth, Orders v2, capture refunds, webhook
 * signature verification) for the real SDK, plus a hosted approval page a browser test can click
 * through. Amounts are kept in cents; only the wire uses PayPal's decimal strings.
 */

export interface FakePayPalCapture {
  id: string
  orderId: string
  amount: number
  currency: string
  status: 'COMPLETED' | 'PARTIALLY_REFUNDED' | 'REFUNDED'
  refunded: number
  customId?: string
  invoiceId?: string
  createTime: string
}

export interface FakePayPalRefund {
  id: string
  captureId: string
  amount: number
  currency: string
  status: 'COMPLETED'
  createTime: string
}

export interface FakePayPalOrder {
  id: string
  status: 'CREATED' | 'PAYER_ACTION_REQUIRED' | 'APPROVED' | 'COMPLETED' | 'VOIDED'
  amount: number
  currency: string
  description?: string
  customId?: string
  invoiceId?: string
  returnUrl?: string
  cancelUrl?: string
  locale?: string
  /** The request body as received, for tests that check what the app sent. */
  request: any
  capture?: FakePayPalCapture
  createTime: string
}

export interface FakePayPalEvent {
  id: string
  type: string
  /** The exact JSON text delivered. */
  body: string
  headers: Record<string, string>
  /** HTTP status the receiver answered, or the delivery error. */
  delivery?: number | string
}

export interface FakePayPal {
  url: string
  close(): Promise<void>
  orders: Map<string, FakePayPalOrder>
  captures: Map<string, FakePayPalCapture>
  refunds: Map<string, FakePayPalRefund>
  /** Every API call received (the hosted page excepted), with its PayPal-Request-Id. */
  requests: { method: string; path: string; requestId?: string }[]
  /** Every delivery, resends included, in order. */
  events: FakePayPalEvent[]
  /** The next `count` API calls answer 500, or never answer. */
  failNext(mode: 500 | 'timeout', count?: number): void
  /** Delivers an event again: same event id and body, a new transmission. */
  resend(eventId: string): Promise<FakePayPalEvent>
  /** What the buyer's "Approve and pay" click does. */
  approve(orderId: string): FakePayPalOrder
  /** Signature headers for an event this fake never sent: verification answers FAILURE. */
  forge(event: unknown): Record<string, string>
  /** Resolves once every webhook delivery started so far has finished. */
  settled(): Promise<void>
}

export interface FakePayPalOptions {
  port: number
  clientId: string
  clientSecret: string
  webhookId: string
  deliver: string | ((request: Request) => Promise<Response>)
}

interface Transmission {
  eventId: string
  time: string
  sig: string
  certUrl: string
  algo: string
  event: unknown
}

interface Stored {
  status: number
  body: unknown
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`fake PayPal ${status}`)
  }
}

function payPalId(): string {
  const alphabet = 'ABCDEFGHJKLMNPRSTUVWXY0123456789'
  return Array.from(randomBytes(17), (byte) => alphabet[byte % alphabet.length]).join('')
}

function value(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`
}

function cents(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text)
  return match ? Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0')) : undefined
}

function payPalError(status: number, issue: string, description: string): HttpError {
  const name =
    status === 422
      ? 'UNPROCESSABLE_ENTITY'
      : status === 404
        ? 'RESOURCE_NOT_FOUND'
        : status === 401
          ? 'AUTHENTICATION_FAILURE'
          : 'INVALID_REQUEST'
  return new HttpError(status, {
    name,
    message: 'The requested action could not be performed, semantically incorrect, or failed business validation.',
    debug_id: randomBytes(6).toString('hex'),
    details: [{ issue, description }],
    links: [
      { href: `https://developer.paypal.com/api/rest/reference/orders/v2/errors/#${issue}`, rel: 'information_link' },
    ],
  })
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

export async function startFakePayPal(options: FakePayPalOptions): Promise<FakePayPal> {
  const url = `http://127.0.0.1:${options.port}`
  const orders = new Map<string, FakePayPalOrder>()
  const captures = new Map<string, FakePayPalCapture>()
  const refunds = new Map<string, FakePayPalRefund>()
  const events: FakePayPalEvent[] = []
  const transmissions = new Map<string, Transmission>()
  const idempotent = new Map<string, Stored>()
  const tokens = new Set<string>()
  const deliveries = new Set<Promise<void>>()
  const requests: FakePayPal['requests'] = []
  let failures: { mode: 500 | 'timeout'; count: number } = { mode: 500, count: 0 }

  const captureJson = (capture: FakePayPalCapture) => ({
    id: capture.id,
    status: capture.status,
    amount: { currency_code: capture.currency, value: value(capture.amount) },
    final_capture: true,
    custom_id: capture.customId,
    invoice_id: capture.invoiceId,
    seller_protection: { status: 'ELIGIBLE', dispute_categories: ['ITEM_NOT_RECEIVED', 'UNAUTHORIZED_TRANSACTION'] },
    seller_receivable_breakdown: {
      gross_amount: { currency_code: capture.currency, value: value(capture.amount) },
      paypal_fee: { currency_code: capture.currency, value: value(Math.round(capture.amount * 0.029) + 35) },
      net_amount: {
        currency_code: capture.currency,
        value: value(Math.max(0, capture.amount - Math.round(capture.amount * 0.029) - 35)),
      },
    },
    supplementary_data: { related_ids: { order_id: capture.orderId } },
    links: [
      { href: `${url}/v2/payments/captures/${capture.id}`, rel: 'self', method: 'GET' },
      { href: `${url}/v2/payments/captures/${capture.id}/refund`, rel: 'refund', method: 'POST' },
      { href: `${url}/v2/checkout/orders/${capture.orderId}`, rel: 'up', method: 'GET' },
    ],
    create_time: capture.createTime,
    update_time: capture.createTime,
  })

  const refundJson = (refund: FakePayPalRefund) => ({
    id: refund.id,
    status: refund.status,
    amount: { currency_code: refund.currency, value: value(refund.amount) },
    links: [
      { href: `${url}/v2/payments/refunds/${refund.id}`, rel: 'self', method: 'GET' },
      { href: `${url}/v2/payments/captures/${refund.captureId}`, rel: 'up', method: 'GET' },
    ],
    create_time: refund.createTime,
    update_time: refund.createTime,
  })

  const orderJson = (order: FakePayPalOrder) => {
    const unit: Record<string, unknown> = {
      reference_id: 'default',
      amount: { currency_code: order.currency, value: value(order.amount) },
      description: order.description,
      custom_id: order.customId,
      invoice_id: order.invoiceId,
    }
    if (order.capture) unit.payments = { captures: [captureJson(order.capture)] }
    const approved = order.status === 'APPROVED' || order.status === 'COMPLETED'
    return {
      id: order.id,
      intent: 'CAPTURE',
      status: order.status,
      payment_source: { paypal: approved ? { email_address: 'buyer@fake-paypal.test', account_id: 'FAKEPAYER' } : {} },
      ...(approved
        ? {
            payer: {
              name: { given_name: 'Fake', surname: 'Buyer' },
              email_address: 'buyer@fake-paypal.test',
              payer_id: 'FAKEPAYER',
            },
          }
        : {}),
      purchase_units: [unit],
      create_time: order.createTime,
      links: [
        { href: `${url}/v2/checkout/orders/${order.id}`, rel: 'self', method: 'GET' },
        ...(order.status === 'PAYER_ACTION_REQUIRED' || order.status === 'CREATED'
          ? [{ href: `${url}/approve/${order.id}`, rel: 'payer-action', method: 'GET' }]
          : []),
        ...(order.status === 'APPROVED'
          ? [{ href: `${url}/v2/checkout/orders/${order.id}/capture`, rel: 'capture', method: 'POST' }]
          : []),
      ],
    }
  }

  const send = (event: { id: string; event_type: string }, eventBody?: string): Promise<FakePayPalEvent> => {
    const body = eventBody ?? JSON.stringify(event)
    const transmissionId = randomUUID()
    const time = new Date().toISOString()
    const sig = randomBytes(64).toString('base64')
    const certUrl = `${url}/v1/notifications/certs/CERT-fake-${options.port}`
    transmissions.set(transmissionId, {
      eventId: event.id,
      time,
      sig,
      certUrl,
      algo: 'SHA256withRSA',
      event: JSON.parse(body),
    })
    const sent: FakePayPalEvent = {
      id: event.id,
      type: event.event_type,
      body,
      headers: {
        'content-type': 'application/json',
        'paypal-transmission-id': transmissionId,
        'paypal-transmission-time': time,
        'paypal-transmission-sig': sig,
        'paypal-cert-url': certUrl,
        'paypal-auth-algo': 'SHA256withRSA',
      },
    }
    events.push(sent)
    const attempt = (async () => {
      try {
        const target = options.deliver
        const request = new Request(typeof target === 'string' ? target : `${url}/webhook-receiver`, {
          method: 'POST',
          headers: sent.headers,
          body,
        })
        const response = typeof target === 'string' ? await fetch(request) : await target(request)
        sent.delivery = response.status
      } catch (error) {
        // The receiver being down is its problem; PayPal would retry later, the fake keeps serving.
        sent.delivery = error instanceof Error ? error.message : String(error)
      }
    })()
    deliveries.add(attempt)
    void attempt.finally(() => deliveries.delete(attempt))
    return attempt.then(() => sent)
  }

  const webhook = (eventType: string, resourceType: string, resource: unknown, summary: string) => {
    const event = {
      id: `WH-${payPalId()}`,
      event_version: '1.0',
      create_time: new Date().toISOString(),
      resource_type: resourceType,
      resource_version: '2.0',
      event_type: eventType,
      summary,
      resource,
      links: [],
    }
    void send(event)
  }

  const approve = (orderId: string): FakePayPalOrder => {
    const order = orders.get(orderId)
    if (!order) throw new Error(`fake PayPal: no order ${orderId}`)
    if (order.status === 'CREATED' || order.status === 'PAYER_ACTION_REQUIRED') order.status = 'APPROVED'
    return order
  }

  const findOrder = (id: string) => {
    const order = orders.get(id)
    if (!order) throw payPalError(404, 'INVALID_RESOURCE_ID', 'Specified resource ID does not exist.')
    return order
  }

  /** PayPal-Request-Id: a successful answer is replayed as is; failures are not remembered. */
  const once = (key: string | undefined, run: () => Stored): Stored => {
    const stored = key ? idempotent.get(key) : undefined
    if (stored) return stored
    const result = run()
    if (key && result.status < 300) idempotent.set(key, result)
    return result
  }

  const createOrder = (body: any, requestId: string | undefined): Stored =>
    once(requestId && `create:${requestId}`, () => {
      const unit = body?.purchase_units?.[0]
      const amount = cents(unit?.amount?.value)
      if (body?.intent !== 'CAPTURE' || !unit || amount === undefined || amount <= 0) {
        throw payPalError(400, 'INVALID_PARAMETER_VALUE', 'The value of a field is invalid.')
      }
      const context = body?.payment_source?.paypal?.experience_context ?? body?.application_context ?? {}
      const order: FakePayPalOrder = {
        id: payPalId(),
        status: body?.payment_source?.paypal ? 'PAYER_ACTION_REQUIRED' : 'CREATED',
        amount,
        currency: String(unit.amount.currency_code),
        description: unit.description,
        customId: unit.custom_id,
        invoiceId: unit.invoice_id,
        returnUrl: context.return_url,
        cancelUrl: context.cancel_url,
        locale: context.locale,
        request: body,
        createTime: new Date().toISOString(),
      }
      orders.set(order.id, order)
      return { status: 200, body: orderJson(order) }
    })

  const captureOrder = (order: FakePayPalOrder, requestId: string | undefined): Stored =>
    once(requestId && `capture:${order.id}:${requestId}`, () => {
      if (order.status === 'COMPLETED') {
        throw payPalError(422, 'ORDER_ALREADY_CAPTURED', 'Order already captured.')
      }
      if (order.status !== 'APPROVED') {
        throw payPalError(422, 'ORDER_NOT_APPROVED', 'Payer has not yet approved the Order for payment.')
      }
      const capture: FakePayPalCapture = {
        id: payPalId(),
        orderId: order.id,
        amount: order.amount,
        currency: order.currency,
        status: 'COMPLETED',
        refunded: 0,
        customId: order.customId,
        invoiceId: order.invoiceId,
        createTime: new Date().toISOString(),
      }
      order.capture = capture
      order.status = 'COMPLETED'
      captures.set(capture.id, capture)
      webhook(
        'PAYMENT.CAPTURE.COMPLETED',
        'capture',
        captureJson(capture),
        `Payment completed for EUR ${value(capture.amount)} EUR`,
      )
      return { status: 201, body: orderJson(order) }
    })

  const refundCapture = (captureId: string, body: any, requestId: string | undefined): Stored =>
    once(requestId && `refund:${captureId}:${requestId}`, () => {
      const capture = captures.get(captureId)
      if (!capture) throw payPalError(404, 'INVALID_RESOURCE_ID', 'Specified resource ID does not exist.')
      const left = capture.amount - capture.refunded
      if (left === 0) throw payPalError(422, 'CAPTURE_FULLY_REFUNDED', 'The capture has already been fully refunded.')
      const asked = body?.amount === undefined ? left : cents(body.amount.value)
      if (asked === undefined || asked <= 0) {
        throw payPalError(400, 'INVALID_PARAMETER_VALUE', 'The value of a field is invalid.')
      }
      if (body?.amount && body.amount.currency_code !== capture.currency) {
        throw payPalError(422, 'REFUND_CURRENCY_MISMATCH', 'Refund must be in the same currency as the capture.')
      }
      if (asked > left) {
        throw payPalError(
          422,
          'REFUND_AMOUNT_EXCEEDED',
          'The refund amount must be less than or equal to the capture amount that has not yet been refunded.',
        )
      }
      capture.refunded += asked
      capture.status = capture.refunded === capture.amount ? 'REFUNDED' : 'PARTIALLY_REFUNDED'
      const refund: FakePayPalRefund = {
        id: payPalId(),
        captureId,
        amount: asked,
        currency: capture.currency,
        status: 'COMPLETED',
        createTime: new Date().toISOString(),
      }
      refunds.set(refund.id, refund)
      webhook(
        'PAYMENT.CAPTURE.REFUNDED',
        'refund',
        refundJson(refund),
        `A EUR ${value(asked)} EUR capture payment was refunded`,
      )
      return { status: 201, body: refundJson(refund) }
    })

  const verify = (body: any) => {
    const transmission = transmissions.get(String(body?.transmission_id))
    const ok =
      transmission !== undefined &&
      body.webhook_id === options.webhookId &&
      body.transmission_time === transmission.time &&
      body.transmission_sig === transmission.sig &&
      body.cert_url === transmission.certUrl &&
      body.auth_algo === transmission.algo &&
      isDeepStrictEqual(body.webhook_event, transmission.event)
    return { verification_status: ok ? 'SUCCESS' : 'FAILURE' }
  }

  const approvalPage = (order: FakePayPalOrder): string => {
    const amount = `${value(order.amount).replace('.', ',')} €`
    const lang = order.locale?.startsWith('fr') ? 'fr' : 'en'
    return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Fake PayPal</title></head>
<body>
<main>
<h1>Fake PayPal</h1>
<p>${escapeHtml(order.description ?? 'Payment')}</p>
<p>Amount: <strong data-testid="amount">${escapeHtml(amount)}</strong> (${escapeHtml(order.currency)} ${value(order.amount)})</p>
<form method="post" action="/approve/${order.id}"><button type="submit">Approve and pay</button></form>
${order.cancelUrl ? `<p><a href="${escapeHtml(order.cancelUrl)}">Cancel</a></p>` : ''}
</main>
</body>
</html>`
  }

  const api = async (req: IncomingMessage, path: string, raw: string): Promise<Stored> => {
    const method = req.method ?? 'GET'
    if (method === 'POST' && path === '/v1/oauth2/token') {
      const expected = `Basic ${Buffer.from(`${options.clientId}:${options.clientSecret}`).toString('base64')}`
      if (req.headers.authorization !== expected) {
        throw new HttpError(401, { error: 'invalid_client', error_description: 'Client Authentication failed' })
      }
      const token = `A21AA${randomBytes(24).toString('hex')}`
      tokens.add(token)
      return {
        status: 200,
        body: {
          scope: 'https://uri.paypal.com/services/payments/payment',
          access_token: token,
          token_type: 'Bearer',
          app_id: 'APP-FAKE',
          expires_in: 32400,
          nonce: randomUUID(),
        },
      }
    }
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1]
    if (!bearer || !tokens.has(bearer)) {
      throw payPalError(
        401,
        'INVALID_TOKEN',
        'Authentication failed due to invalid authentication credentials or a missing Authorization header.',
      )
    }
    let body: any
    try {
      body = raw ? JSON.parse(raw) : undefined
    } catch {
      throw payPalError(400, 'MALFORMED_REQUEST_JSON', 'The request JSON is not well formed.')
    }
    const requestId =
      typeof req.headers['paypal-request-id'] === 'string' ? req.headers['paypal-request-id'] : undefined
    let match: RegExpExecArray | null
    if (method === 'POST' && path === '/v2/checkout/orders') return createOrder(body, requestId)
    if (method === 'GET' && (match = /^\/v2\/checkout\/orders\/([^/]+)$/.exec(path))) {
      return { status: 200, body: orderJson(findOrder(match[1]!)) }
    }
    if (method === 'POST' && (match = /^\/v2\/checkout\/orders\/([^/]+)\/capture$/.exec(path))) {
      return captureOrder(findOrder(match[1]!), requestId)
    }
    if (method === 'POST' && (match = /^\/v2\/payments\/captures\/([^/]+)\/refund$/.exec(path))) {
      return refundCapture(match[1]!, body, requestId)
    }
    if (method === 'POST' && path === '/v1/notifications/verify-webhook-signature') {
      return { status: 200, body: verify(body) }
    }
    throw payPalError(404, 'NOT_FOUND', `No route ${method} ${path}`)
  }

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    // Requests arrive with a path or, through a forwarding transport, an absolute URL.
    const path = new URL(req.url ?? '/', 'http://x').pathname
    const raw = await readBody(req)
    const approveMatch = /^\/approve\/([^/]+)$/.exec(path)
    if (approveMatch) {
      const order = orders.get(approveMatch[1]!)
      if (!order) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('No such order')
        return
      }
      if (req.method === 'POST') {
        approve(order.id)
        const back = new URL(order.returnUrl ?? `${url}/`)
        back.searchParams.set('token', order.id)
        back.searchParams.set('PayerID', 'FAKEPAYER')
        res.writeHead(303, { location: back.toString() }).end()
        return
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(approvalPage(order))
      return
    }
    const requestId = req.headers['paypal-request-id']
    requests.push({ method: req.method ?? 'GET', path, ...(typeof requestId === 'string' ? { requestId } : {}) })
    if (failures.count > 0) {
      failures.count -= 1
      // A hung request is left open; close() tears it down.
      if (failures.mode === 'timeout') return
      res.writeHead(500, { 'content-type': 'application/json' })
      res.end(
        JSON.stringify({
          name: 'INTERNAL_SERVER_ERROR',
          message: 'An internal server error has occurred.',
          debug_id: randomBytes(6).toString('hex'),
        }),
      )
      return
    }
    try {
      const result = await api(req, path, raw)
      res.writeHead(result.status, {
        'content-type': 'application/json',
        'paypal-debug-id': randomBytes(6).toString('hex'),
      })
      res.end(JSON.stringify(result.body))
    } catch (error) {
      const status = error instanceof HttpError ? error.status : 500
      const body = error instanceof HttpError ? error.body : { name: 'INTERNAL_SERVER_ERROR', message: String(error) }
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      if (!res.headersSent) res.writeHead(500).end(String(error))
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, '127.0.0.1', () => resolve())
  })

  return {
    url,
    orders,
    captures,
    refunds,
    requests,
    events,
    failNext(mode, count = 1) {
      failures = { mode, count }
    },
    async resend(eventId) {
      const original = events.find((event) => event.id === eventId)
      if (!original) throw new Error(`fake PayPal: never sent ${eventId}`)
      return send({ id: original.id, event_type: original.type }, original.body)
    },
    approve,
    forge() {
      return {
        'content-type': 'application/json',
        'paypal-transmission-id': randomUUID(),
        'paypal-transmission-time': new Date().toISOString(),
        'paypal-transmission-sig': randomBytes(64).toString('base64'),
        'paypal-cert-url': `${url}/v1/notifications/certs/CERT-forged`,
        'paypal-auth-algo': 'SHA256withRSA',
      }
    },
    async settled() {
      while (deliveries.size > 0) await Promise.all([...deliveries])
    },
    async close() {
      await Promise.all([...deliveries])
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
