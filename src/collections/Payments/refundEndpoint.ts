import type { Endpoint } from 'payload'

import { or } from '@/access/compose'
import { isAdmin, isSales } from '@/access/roles'
import { refundPayment } from './refundPayment'

/** POST /api/payments/:id/refund {"amount": cents, "reason"?: text}: admin and sales only. */
export const refundEndpoint: Endpoint = {
  path: '/:id/refund',
  method: 'post',
  handler: async (req) => {
    const headers = { 'cache-control': 'no-store' }
    if (!req.user || !or(isAdmin, isSales)({ req })) {
      return Response.json({ errors: [{ message: 'Only staff can refund.' }] }, { status: 403, headers })
    }
    let body: { amount?: unknown; reason?: unknown } = {}
    try {
      body = req.json ? ((await req.json()) ?? {}) : {}
    } catch {
      return Response.json({ errors: [{ message: 'The body is not valid JSON.' }] }, { status: 400, headers })
    }
    const outcome = await refundPayment(req.payload, {
      user: req.user,
      paymentId: String(req.routeParams?.id ?? ''),
      amount: body.amount,
      reason: typeof body.reason === 'string' ? body.reason.slice(0, 200) : undefined,
    })
    if (!outcome.ok) {
      const error = outcome.field
        ? { message: outcome.message, data: { errors: [{ path: outcome.field, message: outcome.message }] } }
        : { message: outcome.message }
      return Response.json({ errors: [error] }, { status: outcome.status, headers })
    }
    return Response.json({ refund: outcome.refund }, { status: 201, headers })
  },
}
