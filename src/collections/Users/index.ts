import type { CollectionConfig } from 'payload'

import { adminOrSelf } from '@/access/adminOrSelf'
import { isAdmin, isAdminField } from '@/access/isAdmin'
import { isStaff } from '@/access/isStaff'
import { hasRole, STAFF_ROLES } from '@/access/roles'
import { getEnv } from '@/config/env'
import { refuseProtectedChanges } from '@/hooks/refuseProtectedChanges'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { keepOneAdmin, keepOneAdminOnDelete } from './hooks/keepOneAdmin'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'Staff member', plural: 'Staff' },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'role', 'updatedAt'],
    group: 'Settings',
    // Only admins manage staff; others still resolve staff names on quotes and orders.
    hidden: ({ user }) => user?.collection !== 'users' || user.role !== 'admin',
  },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: {
      secure: getEnv().NODE_ENV === 'production' && getEnv().SERVER_URL.startsWith('https://'),
      sameSite: 'Lax',
    },
  },
  access: {
    admin: ({ req: { user } }) => user?.collection === 'users',
    read: isStaff,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: {
    beforeChange: [firstUserIsAdmin, keepOneAdmin],
    beforeDelete: [keepOneAdminOnDelete],
  },
  fields: [
    { name: 'name', type: 'text', maxLength: 120 },
    {
      name: 'role',
      type: 'select',
      interfaceName: 'StaffRole',
      required: true,
      defaultValue: 'sales',
      saveToJWT: true,
      options: STAFF_ROLES.map((role) => ({ label: role[0]!.toUpperCase() + role.slice(1), value: role })),
      access: { create: isAdminField, update: isAdminField },
      hooks: {
        beforeValidate: [refuseProtectedChanges((user) => hasRole(user, 'admin'), 'Only an admin can change a role.')],
      },
      admin: { description: 'Admin: everything. Sales: inventory, quotes, orders. Marketing: pages and media.' },
    },
  ],
}
