/**
 * Applies pending migrations (src/migrations). Payload's own `payload migrate` command sometimes
 * exits 0 without running (payloadcms/payload#17757), which would let a server start on an old
 * schema; the same work done through the Local API either finishes or fails loudly.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

const payload = await getPayload({ config, disableOnInit: true })
try {
  await payload.db.migrate()
} finally {
  await payload.destroy()
}
process.exit(0)
