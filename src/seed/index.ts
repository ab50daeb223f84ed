import config from '@payload-config'
import { getPayload } from 'payload'

import { seedStaff } from './staff'

/** `npm run seed`: demo data for the embedded database, safe to run again. */
const payload = await getPayload({ config })
try {
  const context = { disableRevalidate: true }
  await seedStaff(payload, context)
  payload.logger.info('Seed complete.')
} finally {
  await payload.destroy()
}
process.exit(0)
