import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "orders" ADD COLUMN "shipping_vessel_imo" varchar;
  ALTER TABLE "orders" ADD COLUMN "shipping_bill_of_lading" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "orders" DROP COLUMN "shipping_vessel_imo";
  ALTER TABLE "orders" DROP COLUMN "shipping_bill_of_lading";`)
}
