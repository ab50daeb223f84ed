import twilio from 'twilio'
import type RequestClient from 'twilio/lib/base/RequestClient'

import { type SmsSender, SmsRejectedError, SmsUnavailableError } from './port'

export interface TwilioConfig {
  accountSid: string
  authToken: string
  /** The sending number (E.164) or alphanumeric sender id. */
  from: string
  /** Another origin for the API (the tests' fake Twilio), e.g. http://127.0.0.1:4010. */
  apiBase?: string
  timeoutMs?: number
}

const DEFAULT_TIMEOUT_MS = 10_000

/**
 * The SDK builds absolute https://api.twilio.com URLs and its `edge`/`region` options only rename
 * the host (api.<edge>.<region>.twilio.com): no way to reach http://127.0.0.1:<port>. It does take a
 * custom `httpClient`, so this one lets the SDK build the request (path, form body, Basic auth
 * from SID:token, headers) and only swaps scheme, host and port before the stock RequestClient
 * sends it. Only used when apiBase is set; production keeps the SDK's own client.
 */
class RedirectingRequestClient extends twilio.RequestClient {
  constructor(
    private readonly base: URL,
    timeoutMs: number,
  ) {
    super({ timeout: timeoutMs })
  }

  override request<TData>(options: RequestClient.RequestOptions<TData>) {
    const target = new URL(options.uri)
    const prefix = this.base.pathname.replace(/\/$/, '')
    const uri = `${this.base.origin}${prefix}${target.pathname}${target.search}`
    return super.request<TData>({ ...options, uri })
  }
}

/**
 * Failures → the port's two errors. Messages hold Twilio's status, code and text only: the SDK's
 * network errors carry the request config, Authorization header included, so none of it is copied.
 */
function toSmsError(error: unknown, authToken: string): Error {
  const hide = (text: string) => text.replaceAll(authToken, '***')
  // Twilio's answers become RestException or TwilioServiceException, both with a numeric status;
  // axios errors (no answer at all) may have one too, so they are told apart by their flag.
  const status = (error as { status?: unknown } | null)?.status
  const fromAxios = (error as { isAxiosError?: unknown } | null)?.isAxiosError === true
  if (typeof status === 'number' && !fromAxios) {
    const code = (error as { code?: unknown }).code
    const detail = (error as { message?: unknown }).message
    const text = hide(`${typeof code === 'number' ? `${code} ` : ''}${typeof detail === 'string' ? detail : ''}`.trim())
    const summary = `${text || 'error'} (HTTP ${status})`
    if (status >= 500 || status === 429 || status === 408) {
      return new SmsUnavailableError(`Twilio could not send the SMS: ${summary}`)
    }
    return new SmsRejectedError(`Twilio refused the SMS: ${summary}`)
  }
  const code = (error as { code?: unknown } | null)?.code
  const reason =
    code === 'ECONNABORTED' || code === 'ETIMEDOUT'
      ? 'timed out'
      : typeof code === 'string'
        ? code
        : error instanceof Error
          ? error.name
          : 'unreachable'
  return new SmsUnavailableError(`Twilio could not send the SMS: ${reason}`)
}

export function createTwilioSender(config: TwilioConfig): SmsSender {
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const client = twilio(config.accountSid, config.authToken, {
    timeout: timeoutMs,
    ...(config.apiBase ? { httpClient: new RedirectingRequestClient(new URL(config.apiBase), timeoutMs) } : {}),
  })
  return {
    id: 'twilio',
    async send(to, body) {
      try {
        const message = await client.messages.create({ to, from: config.from, body })
        return { id: message.sid }
      } catch (error) {
        throw toSmsError(error, config.authToken)
      }
    },
  }
}
