/* Payload's template file, changed on purpose (no command of ours regenerates it): the handler goes
   through src/api/guardedRoutes.ts so a body GraphQL cannot read gets a 4xx, not a 500. */
import config from '@payload-config'
import { REST_OPTIONS } from '@payloadcms/next/routes'

import { guardedGraphql } from '@/api/guardedRoutes'

export const POST = guardedGraphql(config)

export const OPTIONS = REST_OPTIONS(config)
