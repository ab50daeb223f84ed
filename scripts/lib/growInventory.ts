import path from 'node:path'
import pg from 'pg'

import { startEmbeddedDatabase } from '../../src/config/embeddedDatabase'

/**
 * Grows the seeded inventory to `target` published vehicles by cloning the demo vehicles in SQL
 * (new ids, slugs and VINs, prices and mileages varied), with their translations, pictures and
 * options: the same shapes the app reads, at the scale of a busy importer, in seconds.
 */
/** Whether it added any vehicle (their landed prices are then to compute). */
export async function growInventory(env: NodeJS.ProcessEnv, target: number): Promise<boolean> {
  const database = env.DATABASE_URL
    ? { url: env.DATABASE_URL, stop: async () => {} }
    : await startEmbeddedDatabase(path.join(env.DATA_DIR ?? '.data', 'postgres'))
  const client = new pg.Client({ connectionString: database.url })
  await client.connect()
  try {
    const count = async () => Number((await client.query('SELECT count(*) FROM vehicles')).rows[0].count)
    const existing = await count()
    if (existing >= target) return false
    const columns = async (table: string, skip: string[]) =>
      (
        await client.query<{ column_name: string }>(
          `SELECT column_name FROM information_schema.columns WHERE table_name = $1 AND table_schema = 'public' ORDER BY ordinal_position`,
          [table],
        )
      ).rows
        .map((row) => row.column_name)
        .filter((name) => !skip.includes(name))
    const quoted = (names: string[]) => names.map((name) => `"${name}"`).join(', ')
    const copied = await columns('vehicles', [
      'id',
      'slug',
      'vin',
      'price_amount',
      'price_euro_amount',
      'mileage_km',
      'created_at',
      'updated_at',
      'featured',
    ])
    const localeColumns = await columns('vehicles_locales', ['id', '_parent_id'])
    const relColumns = await columns('vehicles_rels', ['id', 'parent_id'])
    const textColumns = await columns('vehicles_texts', ['id', 'parent_id'])

    await client.query('BEGIN')
    await client.query(
      `
      CREATE TEMP TABLE clone_map ON COMMIT DROP AS
      SELECT src.id AS src, gen_random_uuid() AS dst, row_number() OVER () AS n
      FROM (SELECT id FROM vehicles WHERE _status = 'published') src
      CROSS JOIN generate_series(1, ceil(($1::numeric - $2) / GREATEST((SELECT count(*) FROM vehicles WHERE _status = 'published'), 1))::int)
      LIMIT $1::int - $2`,
      [target, existing],
    )
    await client.query(`
      INSERT INTO vehicles (id, slug, vin, price_amount, price_euro_amount, mileage_km, created_at, updated_at, featured, ${quoted(copied)})
      SELECT m.dst, v.slug || '-' || m.n, left(v.vin, 9) || lpad(m.n::text, 8, '0'),
             round(v.price_amount * (0.85 + (m.n % 31) / 100.0) / 100) * 100,
             round(v.price_euro_amount * (0.85 + (m.n % 31) / 100.0) / 100) * 100,
             round(v.mileage_km * (0.7 + (m.n % 61) / 100.0)),
             now() - (m.n || ' minutes')::interval, now(), false, ${copied.map((name) => `v."${name}"`).join(', ')}
      FROM clone_map m JOIN vehicles v ON v.id = m.src`)
    await client.query(`
      INSERT INTO vehicles_locales (_parent_id, ${quoted(localeColumns)})
      SELECT m.dst, ${localeColumns.map((name) => `l."${name}"`).join(', ')} FROM clone_map m JOIN vehicles_locales l ON l._parent_id = m.src`)
    await client.query(`
      INSERT INTO vehicles_rels (parent_id, ${quoted(relColumns)})
      SELECT m.dst, ${relColumns.map((name) => `r."${name}"`).join(', ')} FROM clone_map m JOIN vehicles_rels r ON r.parent_id = m.src`)
    await client.query(`
      INSERT INTO vehicles_texts (parent_id, ${quoted(textColumns)})
      SELECT m.dst, ${textColumns.map((name) => `t."${name}"`).join(', ')} FROM clone_map m JOIN vehicles_texts t ON t.parent_id = m.src`)
    await client.query('COMMIT')
    await client.query('ANALYZE')
    console.log(`Grew the inventory from ${existing} to ${await count()} vehicles`)
    return true
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    await client.end()
    await database.stop()
  }
}
