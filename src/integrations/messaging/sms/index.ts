import type { Env } from '@/config/env'

import { createLogSender } from './log'
import type { SmsSender } from './port'
import { createTwilioSender } from './twilio'

export { createLogSender } from './log'
export { type SmsSender, SmsRejectedError, SmsUnavailableError } from './port'
export { createTwilioSender, type TwilioConfig } from './twilio'

/** Twilio when its keys are set (env.ts requires the token and sender with the SID), else the log. */
export function smsSenderFrom(env: Env, log: (line: string) => void): SmsSender {
  if (!env.TWILIO_ACCOUNT_SID) return createLogSender(log)
  return createTwilioSender({
    accountSid: env.TWILIO_ACCOUNT_SID,
    authToken: env.TWILIO_AUTH_TOKEN!,
    from: env.TWILIO_FROM!,
    apiBase: env.TWILIO_API_BASE,
  })
}
