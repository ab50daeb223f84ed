import { randomBytes } from 'node:crypto'

import type { SmsSender } from './port'

const PREVIEW_LENGTH = 60

/** Without Twilio keys the demo still shows what would have been texted, without sending anything. */
export function createLogSender(log: (line: string) => void): SmsSender {
  return {
    id: 'log',
    async send(to, body) {
      const oneLine = body.replace(/\s+/g, ' ').trim()
      const preview = oneLine.length > PREVIEW_LENGTH ? `${oneLine.slice(0, PREVIEW_LENGTH)}…` : oneLine
      log(`[sms] to ${to} : ${preview}`)
      return { id: `log-${randomBytes(8).toString('hex')}` }
    },
  }
}
