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

/**
 * Background work runs from Payload's jobs queue (table payload_jobs). The web process works the
 * queue every few seconds; a separate `payload jobs:run` worker can take over when scaled out.
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
    autoRun: [{ cron: '*/10 * * * * *', limit: 20, queue: 'default', silent: { info: true } }],
    // Tests run the queue themselves, at the moment they choose.
    shouldAutoRun: () => env.NODE_ENV !== 'test',
    deleteJobOnComplete: true,
  }
}
