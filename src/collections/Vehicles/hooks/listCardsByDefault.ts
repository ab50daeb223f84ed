import type { CollectionBeforeOperationHook } from 'payload'

import { isStaffUser } from '@/access/roles'
import { VEHICLE_CARD } from '../card'

/**
 * A visitor's REST list of vehicles returns cards unless it names the fields it wants (`select`).
 * Every field of a full record costs on every row: its columns and localized joins in SQL, its
 * transformation and read hooks in Node, and its bytes on the wire; a list of 24 full records was
 * 150 kB and most of the request's time (docs/architecture.md, Performance budgets). One vehicle
 * by id stays whole, and so do staff reads, GraphQL (which selects what the query asks for) and
 * the Local API.
 */
export const listCardsByDefault: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || req.payloadAPI !== 'REST' || isStaffUser(req.user)) return args
  // `find` only: findByID and the version reads carry an id.
  if ('id' in args && args.id !== undefined) return args
  if (!req.pathname?.replace(/\/+$/, '').endsWith(`/${args.collection.config.slug}`)) return args
  const select = args.select as Record<string, unknown> | undefined
  if (select && Object.keys(select).length > 0) return args
  return { ...args, select: VEHICLE_CARD }
}
