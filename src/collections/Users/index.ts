import type { CollectionConfig } from 'payload'

import { and, hiddenUnless, or } from '@/access/compose'
import { self } from '@/access/ownCustomer'
import { isAdmin, isStaff, STAFF_ROLES } from '@/access/roles'
import { getEnv } from '@/config/env'
import { refuseProtectedChanges } from '@/hooks/refuseProtectedChanges'
import { forgotPasswordBudget, loginSucceeded, loginThrottle } from '@/security/requestBudgets'
import { bearerMe, providerBearerStrategy } from '@/oidc/bearer'
import { identitiesField } from '@/oidc/identitiesField'
import { staffPasswordLogin } from '@/oidc/staffPasswordLogin'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { keepOneAdmin, keepOneAdminOnDelete } from './hooks/keepOneAdmin'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'Staff member', plural: 'Staff' },
  admin: {
    // Staff are named by name on quotes, orders and reviews (the e-mail stays a column).
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'updatedAt'],
    group: 'Settings',
    // Only admins manage staff; others still resolve staff names on quotes and orders.
    hidden: hiddenUnless(isAdmin),
  },
  auth: {
    // Never locked: a stranger could keep the owner out. Failed sign-ins are slowed down instead
    // (src/security/requestBudgets.ts, loginThrottle).
    maxLoginAttempts: 0,
    // API clients: `Authorization: Bearer` with an access token of one of our providers (src/oidc/bearer.ts).
    strategies: [providerBearerStrategy('staff')],
    tokenExpiration: 8 * 60 * 60,
    cookies: {
      secure: getEnv().NODE_ENV === 'production' && getEnv().SERVER_URL.startsWith('https://'),
      sameSite: 'Lax',
    },
  },
  access: {
    admin: isStaff,
    read: isStaff,
    create: isAdmin,
    // Admins manage every staff account; other staff only their own.
    update: or(isAdmin, and(isStaff, self)),
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: {
    beforeOperation: [staffPasswordLogin, loginThrottle, forgotPasswordBudget],
    afterLogin: [loginSucceeded],
    me: [bearerMe],
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
      access: { create: isAdmin, update: isAdmin },
      hooks: {
        beforeValidate: [refuseProtectedChanges(isAdmin, 'Only an admin can change a role.')],
      },
      admin: { description: 'Admin: everything. Sales: inventory, quotes, orders. Marketing: pages and media.' },
    },
    identitiesField,
  ],
}
