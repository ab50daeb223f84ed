import type { Payload } from 'payload'

/** Empties every table but the migration history, so each int file starts from a known state. */
export async function resetDatabase(payload: Payload): Promise<void> {
  const { rows } = await payload.db.pool.query<{ tablename: string }>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'payload_migrations'`,
  )
  if (rows.length === 0) return
  const tables = rows.map(({ tablename }) => `"${tablename}"`).join(', ')
  await payload.db.pool.query(`TRUNCATE ${tables} RESTART IDENTITY CASCADE`)
}
