import { AsyncLocalStorage } from 'node:async_hooks'

import type { Payload } from 'payload'

type Queryable = { query: (...args: unknown[]) => unknown }

const measured = new AsyncLocalStorage<string[]>()

/**
 * Records the SQL statements `work` sends to PostgreSQL: through `pool.query` and through clients
 * taken from the pool (transactions), by wrapping the query method the pool's clients share. Only
 * statements sent from within `work`'s async context count: the jobs queue's timers and other
 * background work in the same process send theirs meanwhile.
 */
export async function recordQueries<T>(
  payload: Payload,
  work: () => Promise<T>,
): Promise<{ result: T; queries: string[] }> {
  const pool = payload.db.pool
  const client = await pool.connect()
  const prototype = Object.getPrototypeOf(client) as Queryable
  client.release()
  const original = prototype.query
  const queries: string[] = []
  prototype.query = function (this: unknown, ...args: unknown[]) {
    const [first] = args
    measured
      .getStore()
      ?.push(typeof first === 'string' ? first : String((first as { text?: string } | null)?.text ?? first))
    return original.apply(this, args)
  }
  try {
    return { result: await measured.run(queries, work), queries }
  } finally {
    prototype.query = original
  }
}
