import type { PayloadRequest, TaskConfig } from 'payload'

import { revalidateTags } from '@/cache/revalidateTags'
import { landedPricesStale, refreshAllLandedPrices } from './refresh'

export const REFRESH_LANDED_PRICES = 'refreshLandedPrices'

/**
 * Re-prices every vehicle in every region. Queued when the import rules or the site settings are
 * saved (`reason` says which) and by the migration; every hour it runs on its own too, and then only
 * re-prices when the Paris day has changed since the last run (a rule row starting today, a new
 * month's exchange rate, a car a day older), so the stored prices never lag the page by a day.
 */
export const refreshLandedPricesTask: TaskConfig<{
  input: { reason?: string | null }
  output: { vehicles: number }
}> = {
  slug: REFRESH_LANDED_PRICES,
  label: 'Re-price every vehicle (landed prices for the search)',
  schedule: [{ cron: '0 2 * * * *', queue: 'default' }],
  inputSchema: [{ name: 'reason', type: 'text' }],
  outputSchema: [{ name: 'vehicles', type: 'number' }],
  retries: 2,
  handler: async ({ input, req }) => {
    if (!input?.reason && !(await landedPricesStale(req.payload))) return { output: { vehicles: 0 } }
    const { vehicles } = await refreshAllLandedPrices(req.payload)
    // Cached searches show the cards' prices.
    await revalidateTags(['vehicles'])
    return { output: { vehicles } }
  },
}

/**
 * Queues one re-pricing unless one is already waiting (a burst of saves re-prices once). It does
 * not wait for it: at 10 000 cars the save of a setting must not.
 */
export async function queueLandedPriceRefresh(req: PayloadRequest, reason: string): Promise<void> {
  const waiting = await req.payload.count({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: REFRESH_LANDED_PRICES } },
        { processing: { equals: false } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
        // The hourly run waits for its hour once scheduled: it does not stand for a save's re-pricing.
        { or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than_equal: new Date().toISOString() } }] },
      ],
    },
    req,
  })
  if (waiting.totalDocs > 0) return
  await req.payload.jobs.queue({ task: REFRESH_LANDED_PRICES, input: { reason }, req })
}
