import type { PayloadRequest } from 'payload'

import type { EmailMessage } from './sendEmail'

/** Puts an e-mail on the jobs queue, inside the caller's transaction when there is one. */
export async function queueEmail(req: PayloadRequest, message: EmailMessage): Promise<void> {
  await req.payload.jobs.queue({ task: 'sendEmail', input: message, req })
}
