import { APIError, ValidationError } from 'payload'
import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'

import type { User } from '@/payload-types'

async function otherAdmins(req: PayloadRequest, id: number | string): Promise<number> {
  const { totalDocs } = await req.payload.count({
    collection: 'users',
    where: { and: [{ role: { equals: 'admin' } }, { id: { not_equals: id } }] },
    req,
  })
  return totalDocs
}

/** Nobody can lock the team out of user management by demoting the last admin. */
export const keepOneAdmin: CollectionBeforeChangeHook<User> = async ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || originalDoc?.role !== 'admin' || !data.role || data.role === 'admin') {
    return data
  }
  if ((await otherAdmins(req, originalDoc.id)) === 0) {
    throw new ValidationError({
      collection: 'users',
      errors: [{ path: 'role', message: 'This is the last admin: promote someone else first.' }],
    })
  }
  return data
}

export const keepOneAdminOnDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const user = await req.payload.findByID({ collection: 'users', id, depth: 0, req })
  if (user.role === 'admin' && (await otherAdmins(req, id)) === 0) {
    throw new APIError('The last admin cannot be deleted: promote someone else first.', 400, undefined, true)
  }
}
