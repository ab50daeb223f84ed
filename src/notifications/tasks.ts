import type { TaskConfig } from 'payload'

import { notifyExpiringQuotes } from './expiringQuotes'

/** Every hour: remind customers of quotes that expire within 48 hours (once per quote and date). */
export const notifyExpiringQuotesTask: TaskConfig<{ input: Record<string, never>; output: { queued: number } }> = {
  slug: 'notifyExpiringQuotes',
  label: 'Remind customers of quotes about to expire',
  schedule: [{ cron: '0 5 * * * *', queue: 'default' }],
  retries: 0,
  handler: async ({ req }) => ({ output: { queued: await notifyExpiringQuotes(req.payload) } }),
}
