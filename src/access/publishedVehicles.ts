import type { Where } from 'payload'

import { PUBLIC_VEHICLE_STATUSES } from '@/domain/vehicleOptions'

/** What visitors and customers may see of the inventory: published, and for sale or reserved. */
export const publishedVehicles: Where = {
  and: [{ _status: { equals: 'published' } }, { status: { in: [...PUBLIC_VEHICLE_STATUSES] } }],
}
