import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "orders_timeline" ADD COLUMN "customer_note" varchar;
  ALTER TABLE "orders_timeline" ADD COLUMN "internal_note" varchar;`)
  // Data: a milestone's single note was meant for the timeline but never reached the customer's
  // (only the e-mail); nobody checked it was fit for them, so every existing note becomes internal.
  await db.execute(sql`
   UPDATE "orders_timeline" SET "internal_note" = "note" WHERE "note" IS NOT NULL AND "note" <> '';`)
  await db.execute(sql`
   ALTER TABLE "orders_timeline" DROP COLUMN "note";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "orders_timeline" ADD COLUMN "note" varchar;`)
  // Data: back to one note; the internal one wins, the customer's where there was no internal one.
  await db.execute(sql`
   UPDATE "orders_timeline" SET "note" = COALESCE(NULLIF("internal_note", ''), "customer_note");`)
  await db.execute(sql`
   ALTER TABLE "orders_timeline" DROP COLUMN "customer_note";
  ALTER TABLE "orders_timeline" DROP COLUMN "internal_note";`)
}
