import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "quotes" ADD COLUMN "vehicle_label" varchar;
  ALTER TABLE "orders" ADD COLUMN "vehicle_label" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "quotes" DROP COLUMN "vehicle_label";
  ALTER TABLE "orders" DROP COLUMN "vehicle_label";`)
}
