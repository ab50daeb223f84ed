import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import Stripe from 'stripe'

/**
 * A local stand-in for the parts of Stripe Autoport uses: Checkout Sessions, refunds, the hosted
 * checkout page and signed webhooks. The real SDK talks to it through STRIPE_API_BASE.
 */

export type FakeStripeDeliver = string | ((request: Request) => Promise<Response>)

export interface FakeStripeOptions {
  port: number
  secretKey: string
  webhookSecret: string
  /** Where webhooks go: the app's endpoint URL, or a function handed a ready `Request`. */
  deliver: FakeStripeDeliver
}

/** The Stripe-shaped Checkout Session the API answers with. */
export interface FakeCheckoutSession {
  id: string
  object: 'checkout.session'
  mode: 'payment'
  status: 'open' | 'complete' | 'expired'
  payment_status: 'unpaid' | 'paid'
  amount_subtotal: number
  amount_total: number
  currency: string
  payment_intent: string | null
  client_reference_id: string | null
  customer_email: string | null
  locale: string | null
  metadata: Record<string, string>
  success_url: string
  cancel_url: string | null
  url: string | null
  created: number
  expires_at: number
  livemode: false
}

export interface FakeRefund {
  id: string
  object: 'refund'
  amount: number
  currency: string
  payment_intent: string
  status: 'succeeded'
  metadata: Record<string, string>
  created: number
}

export interface FakeDelivery {
  /** The HTTP status the endpoint answered, or the error when it could not be reached. */
  status?: number
  error?: string
}

export interface FakeStripeEvent {
  id: string
  type: string
  /** The exact JSON body sent. */
  body: string
  /** The Stripe-Signature header of the last delivery. */
  header: string
  deliveries: FakeDelivery[]
}

export interface FakeStripe {
  url: string
  close(): Promise<void>
  sessions: Map<string, FakeCheckoutSession>
  refunds: Map<string, FakeRefund>
  events: FakeStripeEvent[]
  /**
   * The next `count` API requests answer 500 (with Stripe-Should-Retry: false, so the SDK gives up
   * at once) or never answer. The SDK retries a timed-out request once: `failNext('timeout', 2)`
   * makes a call fail, `failNext('timeout')` shows the retry succeeding.
   */
  failNext(mode: 500 | 'timeout', count?: number): void
  /** Delivers a sent event again: same body, freshly signed (as Stripe does on retries). */
  resend(eventId: string): Promise<FakeDelivery>
  sign(body: string, opts?: { timestamp?: number; secret?: string }): string
  /** What the Pay button does; `amount` overrides what was charged (a tampered amount). */
  pay(sessionId: string, opts?: { amount?: number }): Promise<FakeStripeEvent>
  /** Expires an open session and sends checkout.session.expired. */
  expire(sessionId: string): Promise<FakeStripeEvent>
  /** Waits for webhooks still being delivered (refund events go out after the API answers). */
  idle(): Promise<void>
}

interface PaymentIntentRecord {
  amount: number
  refunded: number
  currency: string
}

type Params = { [key: string]: string | Params | Params[] | string[] }

const id = (prefix: string) => `${prefix}_${randomBytes(12).toString('hex')}`
const now = () => Math.floor(Date.now() / 1000)

/** `a[b][0][c]=1` → `{ a: { b: [{ c: '1' }] } }`: the SDK's form encoding of nested parameters. */
export function expandFormBody(body: string): Params {
  const root: Record<string, unknown> = {}
  for (const [key, value] of new URLSearchParams(body)) {
    const path = key.match(/[^[\]]+|\[\]/g) ?? [key]
    let node: Record<string, unknown> = root
    path.forEach((segment, index) => {
      const name = segment === '[]' ? String(Object.keys(node).length) : segment
      if (index === path.length - 1) node[name] = value
      else node = (node[name] ??= {}) as Record<string, unknown>
    })
  }
  const arrays = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value
    const entries = Object.entries(value).map(([key, inner]) => [key, arrays(inner)] as const)
    const numeric = entries.length > 0 && entries.every(([key]) => /^\d+$/.test(key))
    return numeric
      ? entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, inner]) => inner)
      : Object.fromEntries(entries)
  }
  return arrays(root) as Params
}

function stripeError(status: number, error: { type: string; message: string; code?: string; param?: string }) {
  return { status, body: { error } }
}

const euros = (cents: number, currency: string) =>
  new Intl.NumberFormat('en-GB', { style: 'currency', currency: currency.toUpperCase() }).format(cents / 100)

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

function checkoutPage(session: FakeCheckoutSession, productName: string): string {
  const open = session.status === 'open'
  const action = open
    ? `<form method="post" action="/checkout/${encodeURIComponent(session.id)}/pay"><button type="submit">Pay</button></form>`
    : `<p role="status">This checkout is ${session.status === 'complete' ? 'already paid' : 'expired'}.</p>`
  const cancel = session.cancel_url ? `<a href="${escapeHtml(session.cancel_url)}">Cancel</a>` : ''
  return `<!doctype html>
<html lang="${escapeHtml(session.locale ?? 'en')}">
<head><meta charset="utf-8"><title>Fake Stripe Checkout</title></head>
<body>
<main>
<h1>Fake Stripe Checkout</h1>
<p id="product">${escapeHtml(productName)}</p>
<p id="amount" data-amount="${session.amount_total}">${escapeHtml(euros(session.amount_total, session.currency))}</p>
${action}
${cancel}
</main>
</body>
</html>`
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

export async function startFakeStripe(options: FakeStripeOptions): Promise<FakeStripe> {
  const url = `http://127.0.0.1:${options.port}`
  const sessions = new Map<string, FakeCheckoutSession>()
  const productNames = new Map<string, string>()
  const paymentIntents = new Map<string, PaymentIntentRecord>()
  const refunds = new Map<string, FakeRefund>()
  const events: FakeStripeEvent[] = []
  const idempotent = new Map<string, { request: string; status: number; body: unknown }>()
  const failures: (500 | 'timeout')[] = []
  const pending = new Set<Promise<unknown>>()
  const hanging = new Set<ServerResponse>()

  const sign = (body: string, opts: { timestamp?: number; secret?: string } = {}) =>
    Stripe.webhooks.generateTestHeaderString({
      payload: body,
      secret: opts.secret ?? options.webhookSecret,
      timestamp: opts.timestamp ?? now(),
    })

  async function deliver(event: FakeStripeEvent): Promise<FakeDelivery> {
    event.header = sign(event.body)
    const headers = { 'content-type': 'application/json', 'stripe-signature': event.header }
    let delivery: FakeDelivery
    try {
      const response =
        typeof options.deliver === 'string'
          ? await fetch(options.deliver, { method: 'POST', headers, body: event.body })
          : await options.deliver(
              new Request('http://127.0.0.1/fake-stripe-webhook', { method: 'POST', headers, body: event.body }),
            )
      delivery = { status: response.status }
    } catch (error) {
      delivery = { error: error instanceof Error ? error.message : String(error) }
    }
    event.deliveries.push(delivery)
    return delivery
  }

  function createEvent(type: string, object: unknown): FakeStripeEvent {
    const eventId = id('evt')
    const body = JSON.stringify({
      id: eventId,
      object: 'event',
      api_version: Stripe.API_VERSION,
      created: now(),
      data: { object },
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
    })
    const event: FakeStripeEvent = { id: eventId, type, body, header: '', deliveries: [] }
    events.push(event)
    return event
  }

  async function send(type: string, object: unknown): Promise<FakeStripeEvent> {
    const event = createEvent(type, object)
    await deliver(event)
    return event
  }

  /** Stripe answers the API call first and sends the webhook on its own time. */
  function sendLater(type: string, object: unknown): void {
    const delivery = send(type, object).finally(() => pending.delete(delivery))
    pending.add(delivery)
  }

  function openSession(sessionId: string): FakeCheckoutSession {
    const session = sessions.get(sessionId)
    if (!session) throw new Error(`fake Stripe: no session ${sessionId}`)
    if (session.status !== 'open') throw new Error(`fake Stripe: session ${sessionId} is ${session.status}`)
    return session
  }

  async function pay(sessionId: string, opts: { amount?: number } = {}): Promise<FakeStripeEvent> {
    const session = openSession(sessionId)
    const paymentIntent = id('pi')
    const amount = opts.amount ?? session.amount_total
    paymentIntents.set(paymentIntent, { amount, refunded: 0, currency: session.currency })
    Object.assign(session, {
      status: 'complete',
      payment_status: 'paid',
      payment_intent: paymentIntent,
      amount_subtotal: amount,
      amount_total: amount,
      url: null,
    })
    return send('checkout.session.completed', session)
  }

  async function expire(sessionId: string): Promise<FakeStripeEvent> {
    const session = openSession(sessionId)
    Object.assign(session, { status: 'expired', url: null })
    return send('checkout.session.expired', session)
  }

  function createSession(params: Params): { status: number; body: unknown } {
    const item = (params.line_items as Params[] | undefined)?.[0]
    const price = item?.price_data as Params | undefined
    const amount = Number(price?.unit_amount)
    const quantity = Number(item?.quantity ?? 1)
    if (!price || !Number.isInteger(amount) || amount < 1 || typeof params.success_url !== 'string') {
      return stripeError(400, {
        type: 'invalid_fingerprinterror',
        message: 'line_items[0][price_data] and success_url are required',
        param: 'line_items',
      })
    }
    const sessionId = id('cs_test')
    const session: FakeCheckoutSession = {
      id: sessionId,
      object: 'checkout.session',
      mode: 'payment',
      status: 'open',
      payment_status: 'unpaid',
      amount_subtotal: amount * quantity,
      amount_total: amount * quantity,
      currency: String(price.currency ?? 'eur'),
      payment_intent: null,
      client_reference_id: (params.client_reference_id as string | undefined) ?? null,
      customer_email: (params.customer_email as string | undefined) ?? null,
      locale: (params.locale as string | undefined) ?? null,
      metadata: (params.metadata as Record<string, string> | undefined) ?? {},
      success_url: params.success_url,
      cancel_url: (params.cancel_url as string | undefined) ?? null,
      url: `${url}/checkout/${sessionId}`,
      created: now(),
      expires_at: now() + 24 * 3600,
      livemode: false,
    }
    sessions.set(sessionId, session)
    productNames.set(sessionId, String((price.product_data as Params | undefined)?.name ?? ''))
    return { status: 200, body: session }
  }

  function createRefund(params: Params): { status: number; body: unknown } {
    const paymentIntentId = String(params.payment_intent ?? '')
    const paymentIntent = paymentIntents.get(paymentIntentId)
    if (!paymentIntent) {
      return stripeError(400, {
        type: 'invalid_fingerprinterror',
        code: 'resource_missing',
        message: `No such payment_intent: '${paymentIntentId}'`,
        param: 'payment_intent',
      })
    }
    const left = paymentIntent.amount - paymentIntent.refunded
    const amount = params.amount === undefined ? left : Number(params.amount)
    if (left === 0) {
      return stripeError(400, {
        type: 'invalid_fingerprinterror',
        code: 'charge_already_refunded',
        message: `Charge for ${paymentIntentId} has already been refunded.`,
      })
    }
    if (!Number.isInteger(amount) || amount < 1 || amount > left) {
      return stripeError(400, {
        type: 'invalid_fingerprinterror',
        code: 'amount_too_large',
        message: `Refund amount (${euros(amount, paymentIntent.currency)}) is greater than unrefunded amount on charge (${euros(left, paymentIntent.currency)})`,
        param: 'amount',
      })
    }
    paymentIntent.refunded += amount
    const refund: FakeRefund = {
      id: id('re'),
      object: 'refund',
      amount,
      currency: paymentIntent.currency,
      payment_intent: paymentIntentId,
      status: 'succeeded',
      metadata: (params.metadata as Record<string, string> | undefined) ?? {},
      created: now(),
    }
    refunds.set(refund.id, refund)
    sendLater('refund.created', refund)
    return { status: 200, body: refund }
  }

  function missing(kind: string, key: string) {
    return stripeError(404, {
      type: 'invalid_fingerprinterror',
      code: 'resource_missing',
      message: `No such ${kind}: '${key}'`,
      param: 'id',
    })
  }

  function route(method: string, path: string, body: string): { status: number; body: unknown } {
    const [, resource, key] = path.match(/^\/v1\/(checkout\/sessions|refunds)(?:\/([^/]+))?$/) ?? []
    if (method === 'POST' && resource === 'checkout/sessions' && !key) return createSession(expandFormBody(body))
    if (method === 'POST' && resource === 'refunds' && !key) return createRefund(expandFormBody(body))
    if (method === 'GET' && resource === 'checkout/sessions' && key) {
      const session = sessions.get(key)
      return session ? { status: 200, body: session } : missing('checkout.session', key)
    }
    if (method === 'GET' && resource === 'refunds' && key) {
      const refund = refunds.get(key)
      return refund ? { status: 200, body: refund } : missing('refund', key)
    }
    return stripeError(404, {
      type: 'invalid_fingerprinterror',
      message: `Unrecognized request URL (${method}: ${path})`,
    })
  }

  function answerJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
    response.writeHead(status, { 'content-type': 'application/json', 'request-id': id('req'), ...headers })
    response.end(JSON.stringify(body))
  }

  async function api(request: IncomingMessage, response: ServerResponse, path: string): Promise<void> {
    const body = await readBody(request)
    if (request.headers.authorization !== `Bearer ${options.secretKey}`) {
      const error = stripeError(401, {
        type: 'invalid_fingerprinterror',
        message: 'Invalid API Key provided.',
      })
      return answerJson(response, error.status, error.body)
    }
    const failure = failures.shift()
    if (failure === 'timeout') {
      hanging.add(response)
      response.on('close', () => hanging.delete(response))
      return
    }
    if (failure === 500) {
      return answerJson(
        response,
        500,
        { error: { type: 'api_error', message: 'An unknown error occurred (fake Stripe).' } },
        { 'stripe-should-retry': 'false' },
      )
    }
    const key = request.method === 'POST' ? request.headers['idempotency-key'] : undefined
    const fingerprint = `${path}\n${body}`
    if (typeof key === 'string') {
      const stored = idempotent.get(key)
      if (stored && stored.request !== fingerprint) {
        const error = stripeError(400, {
          type: 'idempotency_error',
          message: `Keys for idempotent requests can only be used with the same parameters they were first used with.`,
        })
        return answerJson(response, error.status, error.body)
      }
      if (stored) return answerJson(response, stored.status, stored.body, { 'idempotent-replayed': 'true' })
    }
    const result = route(request.method ?? 'GET', path, body)
    if (typeof key === 'string') idempotent.set(key, { request: fingerprint, ...result })
    answerJson(response, result.status, result.body)
  }

  async function hosted(request: IncomingMessage, response: ServerResponse, path: string): Promise<void> {
    const [, sessionId, paying] = path.match(/^\/checkout\/([^/]+)(\/pay)?$/) ?? []
    const session = sessionId ? sessions.get(sessionId) : undefined
    if (!sessionId || !session) {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' })
      response.end('<!doctype html><html lang="en"><title>Not found</title><p>No such checkout.</p></html>')
      return
    }
    if (request.method === 'POST' && paying) {
      await readBody(request)
      if (session.status === 'open') await pay(sessionId)
      response.writeHead(303, { location: session.success_url.replaceAll('{CHECKOUT_SESSION_ID}', sessionId) })
      response.end()
      return
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    response.end(checkoutPage(session, productNames.get(sessionId) ?? ''))
  }

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', url).pathname
    const handler = path.startsWith('/v1/') ? api : path.startsWith('/checkout/') ? hosted : undefined
    if (!handler) {
      response.writeHead(404).end()
      return
    }
    handler(request, response, path).catch((error: unknown) => {
      if (!response.headersSent) answerJson(response, 500, { error: { type: 'api_error', message: String(error) } })
      else response.end()
    })
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, '127.0.0.1', () => resolve())
  })

  return {
    url,
    sessions,
    refunds,
    events,
    sign,
    pay,
    expire,
    failNext(mode, count = 1) {
      for (let index = 0; index < count; index++) failures.push(mode)
    },
    async resend(eventId) {
      const event = events.find((candidate) => candidate.id === eventId)
      if (!event) throw new Error(`fake Stripe: no event ${eventId}`)
      return deliver(event)
    },
    async idle() {
      while (pending.size > 0) await Promise.allSettled([...pending])
    },
    async close() {
      for (const response of hanging) response.destroy()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
