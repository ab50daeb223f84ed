/** Sends one text message; the id is the provider's (Twilio's SM… SID) or the log sender's own. */
export interface SmsSender {
  readonly id: 'twilio' | 'log'
  send(to: string, body: string): Promise<{ id: string }>
}

/** The provider could not be reached or asked us to slow down (network, timeout, 5xx, 429): retry later. */
export class SmsUnavailableError extends Error {
  override name = 'SmsUnavailableError'
}

/** The provider refused this message (invalid number, bad credentials, …): sending it again will not help. */
export class SmsRejectedError extends Error {
  override name = 'SmsRejectedError'
}
