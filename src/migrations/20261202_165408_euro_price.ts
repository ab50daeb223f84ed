import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/*
 * Generated, then given the backfill (marked "Data:"): every car stored so far is priced in euros, so
 * its euro price is its price; a later save converts one priced in another currency.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "vehicles" ADD COLUMN "price_euro_amount" numeric;
  ALTER TABLE "_vehicles_v" ADD COLUMN "version_price_euro_amount" numeric;
  -- Data: a euro price is its own euro price.
  UPDATE "vehicles" SET "price_euro_amount" = "price_amount" WHERE "price_currency" = 'EUR';
  UPDATE "_vehicles_v" SET "version_price_euro_amount" = "version_price_amount" WHERE "version_price_currency" = 'EUR';
  CREATE INDEX "vehicles_price_price_euro_amount_idx" ON "vehicles" USING btree ("price_euro_amount");
  CREATE INDEX "_vehicles_v_version_price_version_price_euro_amount_idx" ON "_vehicles_v" USING btree ("version_price_euro_amount");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "vehicles_price_price_euro_amount_idx";
  DROP INDEX "_vehicles_v_version_price_version_price_euro_amount_idx";
  ALTER TABLE "vehicles" DROP COLUMN "price_euro_amount";
  ALTER TABLE "_vehicles_v" DROP COLUMN "version_price_euro_amount";`)
}
