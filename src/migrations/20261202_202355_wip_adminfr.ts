import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Generated, then given the backfill (marked "Data:"): customers are named in the admin by
 * `full_name`, which the keepFullName hook writes on every save; rows saved before it get the same
 * value here (src/domain/customerName.ts: first and last name, else the e-mail). Erased accounts
 * keep none, as the erasure leaves them.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "customers" ADD COLUMN "full_name" varchar;
  -- Data: the name the admin gives each existing customer.
  UPDATE "customers" SET "full_name" = COALESCE(
    NULLIF(concat_ws(' ',
      NULLIF(btrim(regexp_replace("first_name", '[[:space:]]+', ' ', 'g')), ''),
      NULLIF(btrim(regexp_replace("last_name", '[[:space:]]+', ' ', 'g')), '')), ''),
    NULLIF(btrim("email"), ''))
  WHERE "erasure_status" IS DISTINCT FROM 'erased';
  CREATE INDEX "customers_full_name_idx" ON "customers" USING btree ("full_name");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "customers_full_name_idx";
  ALTER TABLE "customers" DROP COLUMN "full_name";`)
}
