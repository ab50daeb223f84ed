import type { JobsConfig } from 'payload'

import { isAdmin } from '@/access/roles'
import type { Env } from '@/config/env'
import { deleteStoredFileTask } from './deleteStoredFile'
import { refreshLandedPricesTask } from '@/landedPrices/task'
import { reconcilePaymentsTask, releaseUnpaidOrdersTask } from './paymentTasks'
import { sendEmailTask } from './sendEmail'
import { exportCustomerDataTask, purgeDataExportsTask } from '@/privacy/dataExport'
import { eraseCustomerTask } from '@/privacy/erasure'
import { flagInactiveCustomersTask } from '@/privacy/inactiveCustomers'
import { sendNotificationTask } from '@/notifications/sendNotification'
import { notifyExpiringQuotesTask, sendSavedSearchDigestsTask } from '@/notifications/tasks'

/** How often the queue is worked (and schedules queued) by whichever process runs the jobs. */
export const JOBS_QUEUE = 'default'
export const JOBS_RUN_LIMIT = 20

/**
 * Background work runs from Payload's jobs queue (table payload_jobs). With JOBS_RUNNER=web (the
 * default) the web process queues the scheduled jobs and works the queue every 10 s. With
 * JOBS_RUNNER=worker web instances only add jobs; `npm run worker` (scripts/worker.ts) schedules and
 * runs them, so several web instances neither race for the schedules nor slow pages with jobs.
 */
export function jobs(env: Env): JobsConfig {
  return {
    tasks: [
      sendEmailTask,
      sendNotificationTask,
      notifyExpiringQuotesTask,
      sendSavedSearchDigestsTask,
      reconcilePaymentsTask,
      releaseUnpaidOrdersTask,
      eraseCustomerTask,
      exportCustomerDataTask,
      purgeDataExportsTask,
      flagInactiveCustomersTask,
      deleteStoredFileTask,
      refreshLandedPricesTask,
    ],
    access: { run: isAdmin, queue: isAdmin },
    autoRun:
      env.JOBS_RUNNER === 'web'
        ? [{ cron: '*/10 * * * * *', limit: JOBS_RUN_LIMIT, queue: JOBS_QUEUE, silent: { info: true } }]
        : [],
    // Tests run the queue themselves, at the moment they choose.
    shouldAutoRun: () => env.NODE_ENV !== 'test',
    deleteJobOnComplete: true,
  }
}
