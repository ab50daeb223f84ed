import type { Access, Where } from 'payload'

import { hasRole } from './roles'

/** The signed-in customer, when the request comes from the storefront's auth collection. */
export function customerId(user: { collection?: string; id?: number | string } | null | undefined): string | undefined {
  return user && user.collection === 'customers' ? String(user.id) : undefined
}

/** Sales and admins: every record. A customer: the records whose `field` points at them. Others: none. */
export function salesOrOwner(field = 'customer'): Access {
  return ({ req: { user } }) => {
    if (hasRole(user, 'admin', 'sales')) return true
    const id = customerId(user)
    return id ? ({ [field]: { equals: id } } as Where) : false
  }
}
