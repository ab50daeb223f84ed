import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { englishModelName, vehicleSearchText } from '../domain/vehicleName'

/*
 * Generated, then given the backfill (marked "Data:"): cars stored so far get the English name of a
 * model named the French way ("Série 3" → "3 Series", "Classe C" → "C-Class") on the car and on its
 * latest version (what the admin edits next), and every car its search text, without which the
 * storefront's free text would no longer find it. Other English names are for staff to add.
 */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "vehicles" ADD COLUMN "search_text" varchar;
  ALTER TABLE "vehicles_locales" ADD COLUMN "model_name" varchar;
  ALTER TABLE "vehicles_locales" ADD COLUMN "trim_name" varchar;
  ALTER TABLE "_vehicles_v" ADD COLUMN "version_search_text" varchar;
  ALTER TABLE "_vehicles_v_locales" ADD COLUMN "version_model_name" varchar;
  ALTER TABLE "_vehicles_v_locales" ADD COLUMN "version_trim_name" varchar;`)

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
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "vehicles" DROP COLUMN "search_text";
  ALTER TABLE "vehicles_locales" DROP COLUMN "model_name";
  ALTER TABLE "vehicles_locales" DROP COLUMN "trim_name";
  ALTER TABLE "_vehicles_v" DROP COLUMN "version_search_text";
  ALTER TABLE "_vehicles_v_locales" DROP COLUMN "version_model_name";
  ALTER TABLE "_vehicles_v_locales" DROP COLUMN "version_trim_name";`)
}
