import type { TaskConfig } from 'payload'

import { sendSavedSearchDigests } from '@/collections/SavedSearches/digest'
import { notifyExpiringQuotes } from './expiringQuotes'

/** Every hour: remind customers of quotes that expire within 48 hours (once per quote and date). */
export const notifyExpiringQuotesTask: TaskConfig<{ input: Record<string, never>; output: { queued: number } }> = {
  slug: 'notifyExpiringQuotes',
  label: 'Remind customers of quotes about to expire',
  schedule: [{ cron: '0 5 * * * *', queue: 'default' }],
  retries: 0,
  handler: async ({ req }) => ({ output: { queued: await notifyExpiringQuotes(req.payload) } }),
}

/** Every hour: saved-search digests that are due (at most one per search per day). */
export const sendSavedSearchDigestsTask: TaskConfig<{ input: Record<string, never>; output: { queued: number } }> = {
  slug: 'sendSavedSearchDigests',
  label: 'Send saved-search alerts',
  schedule: [{ cron: '0 35 * * * *', queue: 'default' }],
  retries: 0,
  handler: async ({ req }) => ({ output: { queued: (await sendSavedSearchDigests(req.payload)).queued } }),
}
