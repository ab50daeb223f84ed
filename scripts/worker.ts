/**
 * `npm run worker` (scripts/autoport.ts worker): works Payload's jobs queue in its own process, for
 * deployments that run several web instances with JOBS_RUNNER=worker (those only add jobs). It
 * queues the scheduled jobs (src/jobs/index.ts) and runs what is waiting, as the web process does
 * with JOBS_RUNNER=web. Run one worker; SIGTERM lets the job in progress finish, then exits.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { getEnv } from '../src/config/env'
import { JOBS_QUEUE, JOBS_RUN_LIMIT } from '../src/jobs'

/** A dedicated worker can look often: an idle look is one indexed query. */
const RUN_EVERY_MS = 2_000
/** The web runner's pace for schedules (every 10 s), which only ever queue hourly or daily jobs. */
const SCHEDULE_EVERY_MS = 10_000
/** What SIGTERM waits for a job in progress before leaving it to be retried. */
const STOP_GRACE_MS = 25_000

if (getEnv().JOBS_RUNNER !== 'worker') {
  console.error(
    'JOBS_RUNNER is not "worker": the web processes run the jobs themselves. Set JOBS_RUNNER=worker for them and this worker.',
  )
  process.exit(2)
}

const payload = await getPayload({ config })
let stopping = false
let lastSchedule = 0
let wake: (() => void) | undefined

async function tick(): Promise<void> {
  if (Date.now() - lastSchedule >= SCHEDULE_EVERY_MS) {
    lastSchedule = Date.now()
    await payload.jobs.handleSchedules({ queue: JOBS_QUEUE })
  }
  await payload.jobs.run({ queue: JOBS_QUEUE, limit: JOBS_RUN_LIMIT, silent: { info: true } })
}

async function loop(): Promise<void> {
  while (!stopping) {
    try {
      await tick()
    } catch (error) {
      // A lost database connection must not end the worker: the next tick tries again.
      payload.logger.error({ err: error, msg: 'Jobs worker tick failed' })
    }
    if (stopping) break
    await new Promise<void>((resolve) => {
      wake = resolve
      setTimeout(resolve, RUN_EVERY_MS)
    })
  }
}

payload.logger.info(`Jobs worker running the "${JOBS_QUEUE}" queue every ${RUN_EVERY_MS / 1000} s`)
const running = loop()

async function stop(signal: NodeJS.Signals): Promise<void> {
  if (stopping) return
  stopping = true
  payload.logger.info(`Jobs worker stopping (${signal}) after the job in progress`)
  wake?.()
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), STOP_GRACE_MS).unref())
  if ((await Promise.race([running, timeout])) === 'timeout') {
    payload.logger.warn('Jobs worker: a job outlived the grace period; it will be retried by the next worker')
  }
  await payload.destroy()
  process.exit(0)
}
process.on('SIGTERM', (signal) => void stop(signal))
process.on('SIGINT', (signal) => void stop(signal))
