import type { CollectionBeforeChangeHook } from 'payload'

import { isStaffUser } from '@/access/roles'
import type { Document } from '@/payload-types'

/** Who reviewed a document and when, set whenever its status moves. */
export const stampReview: CollectionBeforeChangeHook<Document> = ({ data, originalDoc, req }) => {
  if (!originalDoc || !data.status || data.status === originalDoc.status) return data
  const reviewed = data.status !== 'pending'
  return {
    ...data,
    reviewedBy: reviewed && isStaffUser(req.user) ? req.user.id : null,
    reviewedAt: reviewed ? new Date().toISOString() : null,
    rejectionReason: data.status === 'rejected' ? data.rejectionReason : null,
  }
}
