import type { Access } from 'payload'

import { hasRole, isStaffUser } from './roles'

/** Admins see every staff account; other staff only their own. */
export const adminOrSelf: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  if (isStaffUser(user)) return { id: { equals: user.id } }
  return false
}
