import type { PayloadRequest } from 'payload'

/**
 * The drizzle handle of the request's open transaction, or the pool's when there is none. SQL that
 * must commit or roll back with the surrounding save goes through this; a second connection would
 * also deadlock a busy pool while the transaction holds its rows.
 */
export async function requestDb(req: PayloadRequest): Promise<typeof req.payload.db.drizzle> {
  const session = req.transactionID ? req.payload.db.sessions?.[await req.transactionID] : undefined
  return (session?.db as typeof req.payload.db.drizzle | undefined) ?? req.payload.db.drizzle
}
