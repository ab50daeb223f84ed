import { AuthenticationError, type CollectionAfterLoginHook, type CollectionBeforeLoginHook } from 'payload'

/**
 * An account whose erasure was asked for signs in no more, even before the job has scrubbed its
 * password: a session opened meanwhile could add data behind the job's back. The answer is the one
 * a wrong password gets, so it does not tell that the address had an account.
 */
export const refuseErasedLogin: CollectionBeforeLoginHook = ({ user, req }) => {
  const status = (user as { erasure?: { status?: string | null } }).erasure?.status
  if (status && status !== 'none') throw new AuthenticationError(req.t)
  return user
}

/** The last sign-in, for the inactive-account review (written straight to the row: no hooks, no version). */
export const recordLastLogin: CollectionAfterLoginHook = async ({ user, req }) => {
  await req.payload.db.updateOne({
    collection: 'customers',
    id: user.id,
    data: { lastLoginAt: new Date().toISOString() },
    req,
    returning: false,
  })
  return user
}
