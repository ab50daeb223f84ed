import type { Access } from 'payload'

import { customerId } from './ownCustomer'
import { hasRole } from './roles'

/** Customer profiles: sales and admins see all of them, a customer only their own, marketing none. */
export const salesOrSelfCustomer: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'sales')) return true
  const id = customerId(user)
  return id ? { id: { equals: id } } : false
}
