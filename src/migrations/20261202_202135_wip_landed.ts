import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/*
 * Generated (the job's task slug), then given by hand the table `vehicle_landed_prices`: a plain
 * table, not a Payload collection, so the generator does not know it (docs/data-model.md says why).
 * One row per vehicle and region; the rows go with their vehicle (ON DELETE CASCADE). The index
 * serves the search's sort and budget for one region; the primary key the join from a vehicle.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'refreshLandedPrices';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'refreshLandedPrices';`)
  // Data (by hand): the table of stored landed prices.
  await db.execute(sql`
  CREATE TABLE "vehicle_landed_prices" (
    "vehicle_id" uuid NOT NULL REFERENCES "vehicles"("id") ON DELETE CASCADE,
    "region" varchar(3) NOT NULL,
    "total_cents" bigint,
    "refusal" text,
    "refusal_fr" text,
    "priced_on" date NOT NULL,
    "computed_at" timestamp(3) with time zone NOT NULL DEFAULT now(),
    PRIMARY KEY ("vehicle_id", "region"),
    CONSTRAINT "vehicle_landed_prices_price_or_refusal" CHECK (("total_cents" IS NULL) <> ("refusal" IS NULL))
  );
  CREATE INDEX "vehicle_landed_prices_region_total_idx" ON "vehicle_landed_prices" USING btree ("region", "total_cents", "vehicle_id");`)
  // Data: the cars already stored are priced by the engine, not in SQL: the hourly run of the job
  // `refreshLandedPrices` finds cars without prices and prices them all (within the hour after
  // deploying; `payload run scripts/refresh-landed-prices.ts` does it at once). The job cannot be
  // queued from here: its task slug is a value this transaction adds to the enum.
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "vehicle_landed_prices";
   ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendEmail', 'sendNotification', 'notifyExpiringQuotes', 'sendSavedSearchDigests', 'reconcilePayments', 'releaseUnpaidOrders', 'eraseCustomer', 'exportCustomerData', 'purgeDataExports', 'flagInactiveCustomers', 'deleteStoredFile');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendEmail', 'sendNotification', 'notifyExpiringQuotes', 'sendSavedSearchDigests', 'reconcilePayments', 'releaseUnpaidOrders', 'eraseCustomer', 'exportCustomerData', 'purgeDataExports', 'flagInactiveCustomers', 'deleteStoredFile');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";`)
}
