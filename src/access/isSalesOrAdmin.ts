import type { Access, FieldAccess } from 'payload'

import { hasRole } from './roles'

export const isSalesOrAdmin: Access = ({ req: { user } }) => hasRole(user, 'admin', 'sales')

export const isSalesOrAdminField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin', 'sales')
