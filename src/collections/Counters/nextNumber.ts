import type { Payload } from 'payload'

import { formatNumber, type NumberPrefix } from '@/domain/numbering'

/**
 * Hands out the next Q-YYYY-NNNN / O-YYYY-NNNN. One atomic upsert on the counter row: concurrent
 * requests queue on that row and never get the same number. It runs outside the caller's
 * transaction so a rolled-back save leaves a gap rather than holding the row lock.
 */
export async function nextNumber(payload: Payload, prefix: NumberPrefix, at = new Date()): Promise<string> {
  const year = at.getUTCFullYear()
  const { rows } = await payload.db.pool.query<{ value: number }>(
    `INSERT INTO counters (id, key, value, updated_at, created_at)
     VALUES (gen_random_uuid(), $1, 1, now(), now())
     ON CONFLICT (key) DO UPDATE SET value = counters.value + 1, updated_at = now()
     RETURNING value`,
    [`${prefix}-${year}`],
  )
  return formatNumber(prefix, year, Number(rows[0]!.value))
}
