import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "vehicles_list_filter_idx" ON "vehicles" USING btree ("fuel","body","_status","status","price_amount");
  CREATE INDEX "vehicles_locales_parent_idx" ON "vehicles_locales" USING btree ("_parent_id");
  CREATE INDEX "vehicles_texts_parent_order_idx" ON "vehicles_texts" USING btree ("parent_id","order");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "vehicles_list_filter_idx";
  DROP INDEX "vehicles_locales_parent_idx";
  DROP INDEX "vehicles_texts_parent_order_idx";`)
}
