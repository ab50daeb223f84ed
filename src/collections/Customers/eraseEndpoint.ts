import type { Endpoint } from 'payload'

import { or } from '@/access/compose'
import { isAdmin, isSales } from '@/access/roles'
import { isRecordId } from '@/domain/relationId'
import type { User } from '@/payload-types'
import { requestErasure } from '@/privacy/erasure'

/**
 * POST /api/customers/:id/erase (admin, sales): queues the GDPR erasure of this customer. Asking
 * twice is harmless (202 both times, one job). Refused with 409 while an order with money paid is
 * still being imported for them.
 */
export const eraseEndpoint: Endpoint = {
  path: '/:id/erase',
  method: 'post',
  handler: async (req) => {
    const headers = { 'cache-control': 'no-store' }
    if (!req.user || req.user.collection !== 'users' || !or(isAdmin, isSales)({ req })) {
      return Response.json({ errors: [{ message: 'Only staff can erase a customer.' }] }, { status: 403, headers })
    }
    const id = String(req.routeParams?.id ?? '')
    const result = isRecordId(id) ? await requestErasure(req.payload, id, { staff: req.user as User }) : null
    if (!result || (!result.ok && result.reason === 'notFound')) {
      return Response.json({ errors: [{ message: 'No such customer.' }] }, { status: 404, headers })
    }
    if (!result.ok) {
      return Response.json(
        {
          errors: [
            {
              message: `Orders in progress with money paid (${result.orders.join(', ')}): deliver or cancel and refund them first.`,
            },
          ],
        },
        { status: 409, headers },
      )
    }
    return Response.json({ erasure: { status: 'requested', queued: result.queued } }, { status: 202, headers })
  },
}
