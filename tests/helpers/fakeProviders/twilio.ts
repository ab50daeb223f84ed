import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'

/**
 * A local Twilio answering the one call the app makes, Messages.json, with Twilio's JSON shapes
 * (message resource, `{ code, message, more_info, status }` errors) so the real SDK parses them.
 */

export interface FakeTwilioMessage {
  sid: string
  to: string
  from: string
  body: string
}

export interface FakeTwilio {
  url: string
  close(): Promise<void>
  /** Every accepted message, in order. */
  messages: FakeTwilioMessage[]
  /** The next `count` authenticated calls answer 500, or never answer. */
  failNext(mode: 500 | 'timeout', count?: number): void
}

export interface FakeTwilioOptions {
  port: number
  accountSid: string
  authToken: string
}

function twilioError(status: number, code: number, message: string) {
  return { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status }
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

export async function startFakeTwilio(options: FakeTwilioOptions): Promise<FakeTwilio> {
  const url = `http://127.0.0.1:${options.port}`
  const messages: FakeTwilioMessage[] = []
  const failures: (500 | 'timeout')[] = []
  const hanging = new Set<ServerResponse>()
  const expectedAuth = `Basic ${Buffer.from(`${options.accountSid}:${options.authToken}`).toString('base64')}`

  function answer(response: ServerResponse, status: number, body: unknown) {
    response.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'twilio-request-id': `RQ${randomBytes(16).toString('hex')}`,
    })
    response.end(JSON.stringify(body))
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', url).pathname
    const form = new URLSearchParams(await readBody(request))
    const [, accountSid] = path.match(/^\/2010-04-01\/Accounts\/([^/]+)\/Messages\.json$/) ?? []
    if (request.headers.authorization !== expectedAuth) {
      return answer(response, 401, twilioError(401, 20003, 'Authenticate'))
    }
    if (request.method !== 'POST' || accountSid !== options.accountSid) {
      return answer(response, 404, twilioError(404, 20404, `The requested resource ${path} was not found`))
    }
    const failure = failures.shift()
    if (failure === 'timeout') {
      hanging.add(response)
      response.on('close', () => hanging.delete(response))
      return
    }
    if (failure === 500) return answer(response, 500, twilioError(500, 20500, 'Internal Server Error'))

    const to = form.get('To') ?? ''
    const from = form.get('From') ?? ''
    const body = form.get('Body') ?? ''
    if (!/^\+[1-9]\d{6,14}$/.test(to)) {
      return answer(response, 400, twilioError(400, 21211, `Invalid 'To' Phone Number: ${to}`))
    }
    if (!from) return answer(response, 400, twilioError(400, 21603, "A 'From' phone number is required."))
    if (!body) return answer(response, 400, twilioError(400, 21602, 'Message body is required.'))

    const sid = `SM${randomBytes(16).toString('hex')}`
    messages.push({ sid, to, from, body })
    const now = new Date().toUTCString()
    const uri = `/2010-04-01/Accounts/${accountSid}/Messages/${sid}.json`
    answer(response, 201, {
      account_sid: accountSid,
      api_version: '2010-04-01',
      body,
      date_created: now,
      date_sent: null,
      date_updated: now,
      direction: 'outbound-api',
      error_code: null,
      error_message: null,
      from,
      messaging_service_sid: null,
      num_media: '0',
      num_segments: String(Math.max(1, Math.ceil(body.length / 160))),
      price: null,
      price_unit: 'USD',
      sid,
      status: 'queued',
      subresource_uris: { media: uri.replace(/\.json$/, '/Media.json') },
      to,
      uri,
    })
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) answer(response, 500, twilioError(500, 20500, String(error)))
      else response.end()
    })
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, '127.0.0.1', () => resolve())
  })

  return {
    url,
    messages,
    failNext(mode, count = 1) {
      for (let index = 0; index < count; index++) failures.push(mode)
    },
    async close() {
      for (const response of hanging) response.destroy()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
