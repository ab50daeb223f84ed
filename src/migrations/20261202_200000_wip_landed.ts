import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/*
 * Written by hand: `vehicle_landed_prices` is a plain table, not a Payload collection, so the
 * generator does not know it (docs/data-model.md says why). One row per vehicle and region; the row
 * goes with its vehicle (ON DELETE CASCADE). The index serves the search's sort and budget filter
 * for one region; the primary key serves the join from a vehicle.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
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
  // Data: the prices of the cars already stored are computed by the engine, in the background: the
  // migration queues the job that prices every vehicle (the web process works the queue).
  await payload.jobs.queue({ task: 'refreshLandedPrices', input: { reason: 'migration' }, req })
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE "vehicle_landed_prices";`)
}
