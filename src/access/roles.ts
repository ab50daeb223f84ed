import type { PayloadRequest } from 'payload'

export const STAFF_ROLES = ['admin', 'sales', 'marketing'] as const
export type StaffRole = (typeof STAFF_ROLES)[number]

type AuthUser = PayloadRequest['user']

/** A signed-in staff member (`users` collection); customers sign in through another collection. */
export function isStaffUser(user: AuthUser): user is NonNullable<AuthUser> & { collection: 'users'; role: StaffRole } {
  return Boolean(user && user.collection === 'users')
}

export function hasRole(user: AuthUser, ...roles: StaffRole[]): boolean {
  return isStaffUser(user) && roles.includes(user.role)
}
