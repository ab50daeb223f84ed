/**
 * `tsx scripts/autoport.ts payload run scripts/refresh-landed-prices.ts`: prices every vehicle in
 * every region now, in the foreground (the bench, after growing the inventory in SQL; an operator
 * who does not want to wait for the jobs queue).
 */
import config from '../payload.config'
import { getPayload } from 'payload'

import { refreshAllLandedPrices } from '../src/landedPrices/refresh'

const payload = await getPayload({ config })
let failed = false
try {
  const started = Date.now()
  const { vehicles } = await refreshAllLandedPrices(payload)
  payload.logger.info(`Priced ${vehicles} vehicles in every region in ${((Date.now() - started) / 1000).toFixed(1)} s`)
} catch (error) {
  failed = true
  payload.logger.error({ err: error, msg: 'Landed prices failed' })
} finally {
  await payload.destroy()
}
process.exit(failed ? 1 : 0)
