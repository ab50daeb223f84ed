import config from '@payload-config'
import { getPayload } from 'payload'

import { seed } from './seed'

/** `npm run seed`: demo data for the embedded database, safe to run again. */
const payload = await getPayload({ config })
let failed = false
try {
  await seed(payload)
} catch (error) {
  failed = true
  payload.logger.error({ err: error, msg: 'Seed failed' })
} finally {
  await payload.destroy()
}
process.exit(failed ? 1 : 0)
