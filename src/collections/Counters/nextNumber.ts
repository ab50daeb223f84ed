import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { requestDb } from '@/db/requestDb'
import { formatNumber, type NumberPrefix } from '@/domain/numbering'

/**
 * Hands out the next Q-YYYY-NNNN / O-YYYY-NNNN with one atomic upsert on the counter row, inside
 * the request's own transaction: concurrent saves queue on that row, never share a number, and a
 * rolled-back save gives its number back.
 */
export async function nextNumber(req: PayloadRequest, prefix: NumberPrefix, at = new Date()): Promise<string> {
  const year = at.getUTCFullYear()
  const result = await (
    await requestDb(req)
  ).execute<{ value: string }>(sql`
    INSERT INTO counters (key, value, updated_at, created_at)
    VALUES (${`${prefix}-${year}`}, 1, now(), now())
    ON CONFLICT (key) DO UPDATE SET value = counters.value + 1, updated_at = now()
    RETURNING value`)
  return formatNumber(prefix, year, Number(result.rows[0]!.value))
}
