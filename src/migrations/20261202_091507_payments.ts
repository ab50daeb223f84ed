import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "orders" ADD COLUMN "invoice_number" varchar;
  ALTER TABLE "orders" ADD COLUMN "invoiced_at" timestamp(3) with time zone;
  ALTER TABLE "payments" ADD COLUMN "capture_reference" varchar;
  ALTER TABLE "payments" ADD COLUMN "refund_of_id" uuid;
  ALTER TABLE "payments" ADD COLUMN "receipt_number" varchar;
  ALTER TABLE "payments" ADD COLUMN "failure_reason" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "deposit_window_days" numeric DEFAULT 7;
  ALTER TABLE "site_settings" ADD COLUMN "seller_legal_name" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "seller_legal_form" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "seller_address" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "seller_siret" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "seller_rcs" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "seller_vat_number" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "seller_invoice_note" varchar;
  ALTER TABLE "payments" ADD CONSTRAINT "payments_refund_of_id_payments_id_fk" FOREIGN KEY ("refund_of_id") REFERENCES "public"."payments"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "orders_invoice_number_idx" ON "orders" USING btree ("invoice_number");
  CREATE INDEX "payments_capture_reference_idx" ON "payments" USING btree ("capture_reference");
  CREATE INDEX "payments_refund_of_idx" ON "payments" USING btree ("refund_of_id");
  CREATE UNIQUE INDEX "payments_receipt_number_idx" ON "payments" USING btree ("receipt_number");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payments" DROP CONSTRAINT "payments_refund_of_id_payments_id_fk";
  
  DROP INDEX "orders_invoice_number_idx";
  DROP INDEX "payments_capture_reference_idx";
  DROP INDEX "payments_refund_of_idx";
  DROP INDEX "payments_receipt_number_idx";
  ALTER TABLE "orders" DROP COLUMN "invoice_number";
  ALTER TABLE "orders" DROP COLUMN "invoiced_at";
  ALTER TABLE "payments" DROP COLUMN "capture_reference";
  ALTER TABLE "payments" DROP COLUMN "refund_of_id";
  ALTER TABLE "payments" DROP COLUMN "receipt_number";
  ALTER TABLE "payments" DROP COLUMN "failure_reason";
  ALTER TABLE "site_settings" DROP COLUMN "deposit_window_days";
  ALTER TABLE "site_settings" DROP COLUMN "seller_legal_name";
  ALTER TABLE "site_settings" DROP COLUMN "seller_legal_form";
  ALTER TABLE "site_settings" DROP COLUMN "seller_address";
  ALTER TABLE "site_settings" DROP COLUMN "seller_siret";
  ALTER TABLE "site_settings" DROP COLUMN "seller_rcs";
  ALTER TABLE "site_settings" DROP COLUMN "seller_vat_number";
  ALTER TABLE "site_settings" DROP COLUMN "seller_invoice_note";`)
}
