import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { englishModelName, vehicleName, vehicleSearchText } from '../domain/vehicleName'

/*
 * Generated, then given the backfill (marked "Data:"): cars stored so far get the English name of a
 * model named the French way ("Série 3" → "3 Series", "Classe C" → "C-Class") on the car and on its
 * latest version (what the admin edits next), and every car its search text, without which the
 * storefront's free text would no longer find it; quotes and orders of a car still stored get their
 * English snapshot of it (the others keep showing the French one). Other English names are for staff.
 */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "vehicles" ADD COLUMN "search_text" varchar;
  ALTER TABLE "vehicles_locales" ADD COLUMN "model_name" varchar;
  ALTER TABLE "vehicles_locales" ADD COLUMN "trim_name" varchar;
  ALTER TABLE "_vehicles_v" ADD COLUMN "version_search_text" varchar;
  ALTER TABLE "_vehicles_v_locales" ADD COLUMN "version_model_name" varchar;
  ALTER TABLE "_vehicles_v_locales" ADD COLUMN "version_trim_name" varchar;
  ALTER TABLE "quotes" ADD COLUMN "vehicle_label_en" varchar;
  ALTER TABLE "orders" ADD COLUMN "vehicle_label_en" varchar;`)

  // Data: English model names, then the search text of every car.
  const { rows } = await db.execute<{ id: string; make: string; model: string; trim: string | null }>(
    sql`SELECT id, make, model, trim FROM vehicles`,
  )
  const named = rows.flatMap((row) => {
    const english = englishModelName(row.model)
    return english ? [{ id: row.id, name: english }] : []
  })
  if (named.length) {
    const names = JSON.stringify(named)
    await db.execute(sql`
      INSERT INTO vehicles_locales (model_name, _locale, _parent_id)
        SELECT n.name, 'en'::"_locales", n.id FROM jsonb_to_recordset(${names}::jsonb) AS n(id uuid, name text)
      ON CONFLICT (_locale, _parent_id) DO UPDATE SET model_name = excluded.model_name
        WHERE vehicles_locales.model_name IS NULL`)
    await db.execute(sql`
      INSERT INTO _vehicles_v_locales (version_model_name, _locale, _parent_id)
        SELECT n.name, 'en'::"_locales", v.id FROM jsonb_to_recordset(${names}::jsonb) AS n(id uuid, name text)
        JOIN _vehicles_v v ON v.parent_id = n.id AND v.latest
      ON CONFLICT (_locale, _parent_id) DO UPDATE SET version_model_name = excluded.version_model_name
        WHERE _vehicles_v_locales.version_model_name IS NULL`)
  }
  const english = new Map(named.map(({ id, name }) => [id, name]))
  const texts = rows.map((row) => ({ id: row.id, text: vehicleSearchText(row, [{ modelName: english.get(row.id) }]) }))
  if (texts.length) {
    await db.execute(sql`
      UPDATE vehicles SET search_text = t.text
      FROM jsonb_to_recordset(${JSON.stringify(texts)}::jsonb) AS t(id uuid, text text) WHERE vehicles.id = t.id`)
  }

  // Data: the English snapshot of the car on quotes and orders, from the car as it now stands.
  for (const table of ['quotes', 'orders'] as const) {
    const { rows: records } = await db.execute<{ id: string; year: number; make: string; model: string; trim: string | null; model_name: string | null }>(sql`
      SELECT r.id, v.year, v.make, v.model, v.trim, l.model_name FROM ${sql.identifier(table)} r
      JOIN vehicles v ON v.id = r.vehicle_id
      LEFT JOIN vehicles_locales l ON l._parent_id = v.id AND l._locale = 'en'
      WHERE r.vehicle_label IS NOT NULL`)
    const labels = records.map((row) => ({
      id: row.id,
      label: [vehicleName({ make: row.make, model: row.model, trim: row.trim, modelName: row.model_name }, 'en'), row.year].join(' · '),
    }))
    if (labels.length) {
      await db.execute(sql`
        UPDATE ${sql.identifier(table)} r SET vehicle_label_en = l.label
        FROM jsonb_to_recordset(${JSON.stringify(labels)}::jsonb) AS l(id uuid, label text) WHERE r.id = l.id`)
    }
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "vehicles" DROP COLUMN "search_text";
  ALTER TABLE "vehicles_locales" DROP COLUMN "model_name";
  ALTER TABLE "vehicles_locales" DROP COLUMN "trim_name";
  ALTER TABLE "_vehicles_v" DROP COLUMN "version_search_text";
  ALTER TABLE "_vehicles_v_locales" DROP COLUMN "version_model_name";
  ALTER TABLE "_vehicles_v_locales" DROP COLUMN "version_trim_name";
  ALTER TABLE "quotes" DROP COLUMN "vehicle_label_en";
  ALTER TABLE "orders" DROP COLUMN "vehicle_label_en";`)
}
