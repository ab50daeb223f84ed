export const STAFF_ROLES = ['admin', 'sales', 'marketing'] as const
export type StaffRole = (typeof STAFF_ROLES)[number]

/**
 * The signed-in user as every callback sees it (request user, admin `ClientUser`): staff sign in
 * through `users` and carry a role, customers through `customers`, visitors are nobody.
 */
export type Who = { collection?: string | null; id?: number | string; role?: unknown } | null | undefined

/** The part of Payload's access, field-access and hook arguments the predicates below look at. */
export type UserArgs = { req: { user: Who } }

/** A signed-in staff member (`users` collection); customers sign in through another collection. */
export function isStaffUser<U extends Who>(user: U): user is NonNullable<U> & { collection: 'users'; role: StaffRole } {
  return Boolean(user && user.collection === 'users')
}

/** The signed-in customer's id, when the request comes from the storefront's auth collection. */
export function customerId(user: Who): string | undefined {
  return user && user.collection === 'customers' ? String(user.id) : undefined
}

const hasRole =
  (role: StaffRole) =>
  ({ req: { user } }: UserArgs): boolean =>
    isStaffUser(user) && user.role === role

export const isAdmin = hasRole('admin')
export const isSales = hasRole('sales')
export const isMarketing = hasRole('marketing')
export const isStaff = ({ req: { user } }: UserArgs): boolean => isStaffUser(user)
export const isCustomer = ({ req: { user } }: UserArgs): boolean => Boolean(customerId(user))
/** Nobody signed in: a visitor of the storefront. */
export const isVisitor = ({ req: { user } }: UserArgs): boolean => !user
