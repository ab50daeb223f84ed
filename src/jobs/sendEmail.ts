import type { TaskConfig } from 'payload'

import { sendFromQueue } from '@/integrations/messaging/email'

export type EmailMessage = { to: string; subject: string; html: string; text?: string | null }

/**
 * Sends one e-mail. Queued in the same transaction as the save that caused it, so the mail goes
 * out only if the save stands, and a failing SMTP server is retried with backoff, never lost.
 */
export const sendEmailTask: TaskConfig<{ input: EmailMessage; output: { messageId?: string } }> = {
  slug: 'sendEmail',
  label: 'Send an e-mail',
  retries: { attempts: 6, backoff: { type: 'exponential', delay: 30_000 } },
  inputSchema: [
    { name: 'to', type: 'email', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'html', type: 'textarea', required: true },
    { name: 'text', type: 'textarea' },
  ],
  outputSchema: [{ name: 'messageId', type: 'text' }],
  handler: async ({ input, req }) => {
    const info = (await sendFromQueue(req.payload, {
      to: input.to,
      subject: input.subject,
      html: input.html,
      text: input.text ?? undefined,
    })) as { messageId?: string } | undefined
    return { output: { messageId: info?.messageId } }
  },
}
