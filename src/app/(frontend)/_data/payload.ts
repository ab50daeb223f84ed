import 'server-only'

import config from '@payload-config'
import { getPayload } from 'payload'

/** The storefront's Payload instance (Local API: no HTTP hop). */
export const getPayloadClient = () => getPayload({ config })
