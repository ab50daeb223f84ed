import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Endpoint } from 'payload'

import { or } from '@/access/compose'
import { isAdmin, isSales } from '@/access/roles'
import { isRecordId } from '@/domain/relationId'

/**
 * POST /api/notifications/:id/resend (admin, sales): the same message again, as a new record with its
 * own delivery, e.g. after a customer fixed a mistyped address or a provider refused it for good.
 */
export const resendEndpoint: Endpoint = {
  path: '/:id/resend',
  method: 'post',
  handler: async (req) => {
    const headers = { 'cache-control': 'no-store' }
    if (!req.user || !or(isAdmin, isSales)({ req })) {
      return Response.json({ errors: [{ message: 'Only staff can resend messages.' }] }, { status: 403, headers })
    }
    const id = String(req.routeParams?.id ?? '')
    const original = isRecordId(id)
      ? await req.payload.findByID({ collection: 'notifications', id, depth: 0, disableErrors: true })
      : null
    if (!original) return Response.json({ errors: [{ message: 'No such message.' }] }, { status: 404, headers })
    const local = await createLocalReq({ user: req.user }, req.payload)
    await initTransaction(local)
    try {
      const copy = await req.payload.create({
        collection: 'notifications',
        data: {
          channel: original.channel,
          template: original.template,
          locale: original.locale,
          to: original.to,
          customer: original.customer,
          order: original.order,
          quote: original.quote,
          variables: original.variables,
          status: 'queued',
          attempts: 0,
          dedupeKey: `${original.dedupeKey ?? original.id}:resent:${Date.now()}`,
        },
        depth: 0,
        req: local,
      })
      await req.payload.jobs.queue({ task: 'sendNotification', input: { notificationId: copy.id }, req: local })
      await commitTransaction(local)
      return Response.json({ notification: { id: copy.id, status: copy.status } }, { status: 201, headers })
    } catch (error) {
      await killTransaction(local)
      throw error
    }
  },
}
