/* Payload's template file, changed on purpose (no command of ours regenerates it): the handlers go
   through src/api/guardedRoutes.ts so malformed requests get a 4xx with a reason, not a 500. */
import config from '@payload-config'
import '@payloadcms/next/css'

import { guardedRest } from '@/api/guardedRoutes'

const routes = guardedRest(config)

export const GET = routes.GET
export const POST = routes.POST
export const DELETE = routes.DELETE
export const PATCH = routes.PATCH

export const PUT = routes.PUT
export const OPTIONS = routes.OPTIONS
