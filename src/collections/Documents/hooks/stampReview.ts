import type { CollectionBeforeChangeHook } from 'payload'

/** Who reviewed a document and when, set whenever its status moves. */
export const stampReview: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (!originalDoc || !data.status || data.status === originalDoc.status) return data
  const reviewed = data.status !== 'pending'
  return {
    ...data,
    reviewedBy: reviewed && req.user?.collection === 'users' ? req.user.id : null,
    reviewedAt: reviewed ? new Date().toISOString() : null,
    rejectionReason: data.status === 'rejected' ? data.rejectionReason : null,
  }
}
