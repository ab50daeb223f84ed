import type { Where } from 'payload'

import { customerId, type UserArgs } from './roles'

/** A customer: the records whose `field` points at them. Anyone else: none. */
export function ownCustomer(field = 'customer'): (args: UserArgs) => Where | false {
  return ({ req: { user } }) => {
    const id = customerId(user)
    return id ? { [field]: { equals: id } } : false
  }
}

/** A signed-in user: their own record in their auth collection. */
export const self = ({ req: { user } }: UserArgs): Where | false =>
  user?.id !== undefined ? { id: { equals: user.id } } : false
